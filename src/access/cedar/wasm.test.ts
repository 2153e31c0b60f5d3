// Cedar's WebAssembly module is compiled between wasm-before.ts and wasm-after.ts: proof, in a fresh
// process on this Node's V8, that the tier-up budget set there holds for an instance made inside the
// scope (it stays on the baseline compiler however hot it runs) and not for one made after it (it is
// recompiled with TurboFan as usual, as PGlite's PostgreSQL must be); and that no other module imports
// the Cedar package around the door.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const srcRoot = join(here, '..', '..');

// (func (export "f") (param i32) (result i32) local.get 0 i32.const K i32.add), K varying so that V8's
// module cache cannot share one compiled module between the two instances.
const TINY = (k: number): number[] => [0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 9, 1, 7, 0, 32, 0, 65, k, 106, 11];

const SCRIPT = `
  const isLiftoff = new Function('f', 'return %IsLiftoffFunction(f)');
  const instance = (k) => new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(${JSON.stringify(TINY(0))}.map((b, i, a) => (i === a.length - 3 ? k : b)))));
  await import(${JSON.stringify(join(here, 'wasm-before.ts'))});
  const inside = instance(1);
  await import(${JSON.stringify(join(here, 'wasm-after.ts'))});
  const after = instance(2);
  // The first call compiles a function (lazily, with Liftoff); only then can it be asked about.
  const started = [inside.exports.f(0), after.exports.f(0)] && isLiftoff(inside.exports.f) && isLiftoff(after.exports.f);
  for (let round = 0; round < 100 && isLiftoff(after.exports.f); round++) {
    for (let i = 0; i < 1e5; i++) { inside.exports.f(i); after.exports.f(i); }
    await new Promise((r) => setTimeout(r, 20));
  }
  process.stdout.write(JSON.stringify({ started, inside: isLiftoff(inside.exports.f), after: isLiftoff(after.exports.f) }));
`;

test('an instance made inside the Cedar scope stays on the baseline compiler; one made after it tiers up', () => {
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), { started: true, inside: true, after: false });
});

test('a tier-up budget in the Node options is the operator\'s: the scope leaves it alone', () => {
  const script = `const m = await import(${JSON.stringify(join(here, 'wasm-before.ts'))}); process.stdout.write(String(m.OPERATOR_SET_BUDGET));`;
  const run = (execArgv: string[]): string => execFileSync(process.execPath, [...execArgv, '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run([]), 'false');
  assert.equal(run(['--wasm-tiering-budget=5000']), 'true');
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

test('every Cedar import in src goes through src/access/cedar/wasm.ts', () => {
  const door = join(here, 'wasm.ts');
  const around = sources(srcRoot).filter((f) => f !== door && /from '@cedar-policy\/cedar-wasm/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(around, []);
});
