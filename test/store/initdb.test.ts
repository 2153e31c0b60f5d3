// A new embedded data directory is made by initdb in a child process, so the serving process does not
// keep initdb's memory, and a start killed half-way leaves no half-made database behind.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openPglite } from '../../src/store/pglite-engine.js';
import { PGLITE_SETTINGS } from '../../src/store/pglite-settings.js';

const TSX = import.meta.resolve('tsx');
const CHILD = new URL('./initdb-child.ts', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'phigate-initdb-'));
after(() => rmSync(root, { recursive: true, force: true }));

function openInChild(dataDir: string): { done: Promise<{ code: number | null; out: string }>; pid: number } {
  // Its own process group, so a kill reaches the initdb grandchild too.
  const child = spawn(process.execPath, ['--import', TSX, CHILD, dataDir], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  return { pid: child.pid as number, done: new Promise((resolve) => child.once('exit', (code) => resolve({ code, out }))) };
}

test('a new data directory is made in a child process: the opener does not keep initdb\'s memory', async () => {
  const dataDir = join(root, 'fresh');
  const { code, out } = await openInChild(dataDir).done;
  assert.equal(code, 0);
  const peak = Number(out.trim());
  // initdb inside the opener left it at a peak of about 770 MiB (643 MiB resident for good); a reopen
  // of a finished directory needs about 160 MiB.
  assert.ok(peak > 0 && peak < 400 * 2 ** 20, `peak RSS of the opening process: ${Math.round(peak / 2 ** 20)} MiB`);
  assert.ok(existsSync(join(dataDir, 'PG_VERSION')), 'a complete database');
  assert.equal(statSync(dataDir).mode & 0o777, 0o700, 'owner-only');
  assert.deepEqual(readdirSync(root).sort(), ['fresh'], 'no build directory or lock left beside it');
});

test('a start killed during initdb leaves the data directory empty, and the next start makes it whole', async () => {
  const dataDir = join(root, 'killed');
  const run = openInChild(dataDir);
  // initdb takes about two seconds; the child needs a few hundred milliseconds to get there (more on a busy
  // machine). It is killed as soon as its build directory appears.
  for (let i = 0; i < 1500 && !readdirSync(root).some((n) => n.startsWith('killed.initdb-')); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(readdirSync(root).some((n) => n.startsWith('killed.initdb-')), 'initdb started in its build directory');
  process.kill(-run.pid, 'SIGKILL');
  await run.done;
  assert.deepEqual(readdirSync(dataDir), [], 'nothing half-made in the data directory');

  const sql = await openPglite({ dataDir });
  try {
    assert.deepEqual((await sql.query<{ one: number }>('SELECT 1 AS one')).rows, [{ one: 1 }]);
  } finally {
    await sql.close();
  }
  assert.ok(!readdirSync(root).some((n) => n.includes('.initdb-')), 'the dead start\'s build directory was removed');
});

test('the embedded store\'s settings reach PostgreSQL, on a data directory and in memory', async () => {
  const expected = PGLITE_SETTINGS.map((line) => line.split(/\s*=\s*/) as [string, string]);
  assert.ok(expected.some(([name]) => name === 'shared_buffers') && expected.some(([name]) => name === 'max_connections'));
  for (const opts of [{ dataDir: join(root, 'settings') }, {}]) {
    const sql = await openPglite(opts);
    try {
      for (const [name, value] of expected) {
        const { rows } = await sql.query<Record<string, string>>(`SHOW ${name}`);
        assert.equal(rows[0]?.[name], value, `${name} ${opts.dataDir ? 'on a data directory' : 'in memory'}`);
      }
    } finally {
      await sql.close();
    }
  }
});
