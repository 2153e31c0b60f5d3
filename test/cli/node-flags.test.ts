// The Node flags `phigate` starts with (its shebang) are given the same way by `npm run phigate`, are
// accepted by this Node, and reach the process when the file is run as a command (`env -S` splits them).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './run-phigate.js';

const shebang = readFileSync(join(REPO_ROOT, 'src/cli/main.ts'), 'utf8').split('\n')[0] as string;
const flags = /^#!\/usr\/bin\/env -S node((?: --[a-z0-9-]+=\d+)+)$/.exec(shebang)?.[1]?.trim().split(' ') ?? [];

test('the bin names its Node flags in its shebang, and npm run phigate gives the same', () => {
  assert.deepEqual(flags, ['--max-semi-space-size=4', '--v8-pool-size=1', '--max-old-space-size=1024']);
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
  assert.equal(pkg.scripts['phigate'], `node ${flags.join(' ')} ${pkg.bin['phigate']}`);
});

test('run as a command, the shebang starts Node with those flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-shebang-'));
  try {
    const script = join(dir, 'probe.mjs');
    writeFileSync(script, `${shebang}\nprocess.stdout.write(JSON.stringify(process.execArgv));\n`);
    chmodSync(script, 0o755);
    assert.deepEqual(JSON.parse(execFileSync(script, { encoding: 'utf8' })), flags);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
