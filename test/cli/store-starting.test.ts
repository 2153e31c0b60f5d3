// While serve makes the embedded store on its first start, its data directory exists and is empty (initdb
// fills a sibling that then replaces it). The admin commands must not open it then: that would run initdb
// in the CLI and take the directory from serve. They stop with a usage error that says why.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runPhigate } from './run-phigate.js';

const home = mkdtempSync(join(tmpdir(), 'phigate-store-starting-'));
after(() => rmSync(home, { recursive: true, force: true }));

test('apikeys, careteam, keys and audit leave an empty data directory alone, exit 2', async () => {
  const data = join(home, 'data');
  mkdirSync(data);
  const commands = [['apikeys', 'list'], ['careteam', 'members', '--patient', 'pt-1'], ['keys', 'status'], ['audit', 'search']];
  const results = await Promise.all(commands.map((c) => runPhigate([...c, '--home', home], { cwd: home })));
  results.forEach((r, i) => {
    assert.equal(r.code, 2, `${commands[i]?.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^phigate: No embedded store in ${data} \\(it is empty: phigate serve may be creating it; wait until it listens\\): .*\\(PHIGATE_USAGE\\)\\n$`));
  });
  assert.deepEqual(readdirSync(data), [], 'no initdb ran');
  assert.deepEqual(readdirSync(home).sort(), ['data'], 'no lock or keyring left beside it');
});
