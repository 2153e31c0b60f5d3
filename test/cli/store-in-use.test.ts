// The embedded store is one process's (a data.lock beside data/ holding the owner's pid). When another live
// process holds it, serve and every command that opens the store stop with PHIGATE_STORE_IN_USE, a message
// that says what to do, and exit code 3, without touching the store.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runPhigate } from './run-phigate.js';

const home = mkdtempSync(join(tmpdir(), 'phigate-store-in-use-'));
const data = join(home, 'data');
let holder: ChildProcess;

before(() => {
  // A live process that owns the lock, as a running `phigate serve` would.
  holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
  mkdirSync(data);
  writeFileSync(join(data, 'PG_VERSION'), '17\n'); // a store that exists (never opened here)
  writeFileSync(`${data}.lock`, `${holder.pid}\n`);
});
after(() => {
  holder.kill('SIGKILL');
  rmSync(home, { recursive: true, force: true });
});

test('serve stops with PHIGATE_STORE_IN_USE, what to do, and exit 3; so do the commands that open the store', async () => {
  const config = join(home, 'phigate.yaml');
  const served = await runPhigate(['serve', '--home', home, '--config', config, '--port', '0', '--insecure-http', '--no-first-key']);
  assert.equal(served.code, 3, served.stderr);
  assert.match(served.stderr, new RegExp(`^(phigate: wrote an example config .*\\n)?phigate: Data directory ${data} is in use by process ${holder.pid}; the embedded store allows one process: stop that one and run this again \\(use PostgreSQL for several\\) \\(PHIGATE_STORE_IN_USE\\)\\n$`));
  // serve made the keyring it needs; the others now get as far as the lock.
  const commands = [['apikeys', 'list'], ['careteam', 'members', '--patient', 'pt-1'], ['keys', 'status'], ['audit', 'search']];
  const results = await Promise.all(commands.map((c) => runPhigate([...c, '--home', home], { cwd: home })));
  results.forEach((r, i) => {
    const name = commands[i]?.join(' ');
    assert.equal(r.code, 3, `${name}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^phigate: Data directory ${data} is in use by process ${holder.pid}.*stop that one and run this again.*\\(PHIGATE_STORE_IN_USE\\)\\n$`), name);
  });
  // The admin commands add the way to do it while serve runs.
  assert.match(results[0]?.stderr ?? '', /If it is phigate serve, stop it first, or use the admin API while it runs/);
  assert.equal(readFileSync(`${data}.lock`, 'utf8'), `${holder.pid}\n`, 'the lock is left to its owner');
  assert.deepEqual(readdirSync(data), ['PG_VERSION'], 'the store is not touched');
});

test('the exit codes are listed in phigate --help', async () => {
  const r = await runPhigate(['--help']);
  assert.match(r.stdout, /Exit codes: 0 ok, 1 some inputs failed \(the rest were processed\), 2 usage or configuration error, 3 the embedded store is in use by another process\./);
});
