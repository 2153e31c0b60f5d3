// checkConfigText / checkConfigFile: every problem with its line, column and field, including the files the
// config names; a summary for a valid config; the caller's extra check (serve's Cedar) placed too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../errors.js';
import { checkConfigFile, checkConfigText } from './check.js';
import type { ConfigIo } from './secrets.js';

const VALID = `vendors:
  local:
    region: onprem
    dataClasses: [deidentified]
    baseUrl: http://127.0.0.1:8000/v1
    allowInsecureLoopback: true
models:
  - { id: local-chat, vendor: local, upstream: llama3.1 }
access:
  roles:
    clinician: { models: ['*'], purposes: [TREAT], patients: care-team }
`;

function memoryIo(files: Record<string, string | Uint8Array>): ConfigIo {
  return {
    env: {},
    readFile(path) {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
}

describe('checkConfigText', () => {
  test('a valid config: ok with vendors, models, roles and tenant', () => {
    const r = checkConfigText(VALID, 'phigate.yaml');
    assert.ok(r.ok);
    assert.deepEqual(r.summary, {
      tenant: 'default',
      vendors: [{ id: 'local', provider: 'openai-compatible', dataClasses: ['deidentified'] }],
      models: [{ id: 'local-chat', vendor: 'local', service: 'chat' }],
      roles: ['clinician'],
    });
  });

  test('every problem, in file order, with line, column and field path; no values', () => {
    const r = checkConfigText(`${VALID.replace('allowInsecureLoopback: true', 'allowInsecureLoopback: true\n    secret: S3cr3t-value')}  defaultPurpose: NOPE\nserver:\n  port: 99999\n`, 'x.yaml');
    assert.ok(!r.ok);
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.col, p.path]),
      [
        [7, 5, 'vendors.local.secret'],
        [13, 19, 'access.defaultPurpose'],
        [15, 9, 'server.port'],
      ],
    );
    assert.ok(!JSON.stringify(r.problems).includes('S3cr3t'));
  });

  test('YAML that does not parse: the place, no field', () => {
    const r = checkConfigText('server:\n  port: 1\n port: 2\n', 'x.yaml');
    assert.ok(!r.ok);
    assert.equal(r.problems[0]?.path, '');
    assert.ok((r.problems[0]?.line ?? 0) >= 2);
  });

  test('a secret on a line that does not parse, or written as a value, is never quoted: the place and the reason only', () => {
    const secret = 'sk-live-CANARY-check-7731';
    const broken = [
      VALID.replace('region: onprem', `apiKey: ${secret}: oops\n    region: onprem`),
      VALID.replace('region: onprem', `apiKey: "${secret}\n    region: onprem`),
      VALID.replace('region: onprem', `apiKey: [${secret}\n    region: onprem`),
      VALID.replace('region: onprem', `apiKey: ${secret}\n    region: onprem`),
      VALID.replace('region: onprem', `apiKey: { key: ${secret} }\n    region: onprem`),
    ];
    for (const text of broken) {
      const r = checkConfigText(text, 'x.yaml');
      assert.ok(!r.ok, text);
      assert.ok(r.problems.length > 0);
      for (const p of r.problems) assert.ok(!JSON.stringify(p).includes('CANARY'), `quoted: ${JSON.stringify(p)}`);
    }
  });
});

describe('checkConfigFile', () => {
  test('a deny-list file that is missing is a problem placed where the config names it', () => {
    const text = `deid:\n  deny:\n    FACILITY: [Mercy River]\n    NAME: file:staff.txt\n`;
    const r = checkConfigFile('/c/phigate.yaml', { io: memoryIo({ '/c/phigate.yaml': text }) });
    assert.ok(!r.ok);
    assert.deepEqual(r.problems, [{ line: 4, col: 11, path: 'deid.deny.NAME', message: 'cannot read deny-list file /c/staff.txt (ENOENT)' }]);
    const found = checkConfigFile('/c/phigate.yaml', { io: memoryIo({ '/c/phigate.yaml': text, '/c/staff.txt': 'Ann Lee\n' }) });
    assert.ok(found.ok);
    assert.deepEqual(found.config.deid.deny.find((d) => d.type === 'NAME')?.values, ['Ann Lee']);
  });

  test('a config that is not UTF-8 is a problem of the file; a missing config file throws (a usage error)', () => {
    const r = checkConfigFile('/c/p.yaml', { io: memoryIo({ '/c/p.yaml': new Uint8Array([0x76, 0xff, 0x0a]) }) });
    assert.ok(!r.ok);
    assert.deepEqual(r.problems, [{ line: 1, col: 1, path: '', message: 'the file is not valid UTF-8' }]);
    assert.throws(() => checkConfigFile('/c/none.yaml', { io: memoryIo({}) }), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_CONFIG' && /none\.yaml \(ENOENT\)/.test(e.message));
  });

  test("the caller's check: its file:line:col lines keep their file; field lines are placed in the config", () => {
    const io = memoryIo({ '/c/p.yaml': VALID });
    const r = checkConfigFile('/c/p.yaml', {
      io,
      verify: () => {
        throw new PhigateError('PHIGATE_BAD_CONFIG', '/c/x.cedar:3:7: unexpected token\naccess.roles.clinician: does not compile');
      },
    });
    assert.ok(!r.ok);
    assert.deepEqual(r.problems, [
      { file: '/c/x.cedar', line: 3, col: 7, path: 'access.policies', message: 'unexpected token' },
      { line: 11, col: 16, path: 'access.roles.clinician', message: 'does not compile' },
    ]);
    // Anything else it throws is not a config problem and goes up as it is.
    assert.throws(() => checkConfigFile('/c/p.yaml', { io, verify: () => { throw new Error('boom'); } }), /boom/);
  });
});
