// `phigate audit` driven as a real process over an export: verify (clean and tampered), proof, search,
// disclosures, SIEM lines and keygen; exit codes and no patient id in any output.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLines, runPhigate } from '../cli/run-phigate.js';
import { AuditLog, MemoryAuditStorage, createPatientHasher, exportLog, generateNoteKey, parseSignerKey, verifyInclusion, rfc9162, hashFromHex } from '../../src/audit/index.js';
import { sampleEvent } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'phigate-audit-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const origin = 'audit.cli.example/phigate';
const keys = generateNoteKey(origin);
const patientKey = Buffer.alloc(32, 9);
const keyFile = join(dir, 'patient.key');
writeFileSync(keyFile, patientKey.toString('hex'));
const MRN = 'MRN 55501234';
const ref = createPatientHasher(patientKey)(MRN);

const exportDir = join(dir, 'export');
const storage = new MemoryAuditStorage();
const log = new AuditLog({ storage, origin, signers: [parseSignerKey(keys.signerKey)], checkpointIntervalMs: 0 });
for (let i = 0; i < 40; i++) await log.append(sampleEvent(i, i % 10 === 0 ? { patient: ref, vendor: 'anthropic', purpose: 'TREAT', identifiers: { NAME: 1, MRN: 1 } } : {}));
await log.publishCheckpoint();
for (let i = 40; i < 60; i++) await log.append(sampleEvent(i));
await exportLog(log, exportDir, { verifierKeys: [keys.verifierKey] });
await log.close();

describe('phigate audit', { concurrency: 2 }, () => {
  test('verify: a clean export verifies with the pinned key (exit 0)', async () => {
    const r = await runPhigate(['audit', 'verify', exportDir, '--verifier-key', keys.verifierKey, '--origin', origin]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^OK: 60 entries \(0 erased\)/);
    assert.match(r.stdout, /2 signed by a trusted key, 2 matching/);
  });

  test('verify: a tampered export names the first bad index (exit 1, JSON)', async () => {
    const bad = join(dir, 'bad');
    const lines = readFileSync(join(exportDir, 'entries.jsonl'), 'utf8').split('\n');
    lines.splice(17, 1);
    await import('node:fs/promises').then((fs) => fs.cp(exportDir, bad, { recursive: true }));
    writeFileSync(join(bad, 'entries.jsonl'), lines.join('\n'));
    const r = await runPhigate(['audit', 'verify', bad, '--verifier-key', keys.verifierKey, '--json']);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as { ok: boolean; firstBadIndex: number };
    assert.equal(report.ok, false);
    assert.equal(report.firstBadIndex, 17);
  });

  test('verify: the wrong key fails; no key falls back to the export keys with a warning', async () => {
    const other = generateNoteKey(origin);
    const r = await runPhigate(['audit', 'verify', exportDir, '--verifier-key', other.verifierKey]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /no-checkpoint/);
    const fallback = await runPhigate(['audit', 'verify', exportDir]);
    assert.equal(fallback.code, 0);
    assert.match(fallback.stderr, /^phigate: warning: .*pin the log key with --verifier-key/);
    // With --json, the warning is a JSON line, like the errors.
    const asJson = await runPhigate(['audit', 'verify', exportDir, '--json']);
    assert.equal(asJson.code, 0, asJson.stderr);
    assert.deepEqual(jsonLines(asJson.stderr).map((l) => Object.keys(l)), [['warning']]);
    assert.match(String(jsonLines(asJson.stderr)[0]?.warning?.message), /pin the log key with --verifier-key/);
  });

  test('proof: an inclusion proof that verifies against the printed root', async () => {
    const r = await runPhigate(['audit', 'proof', '--export', exportDir, '--inclusion', '13', '--verifier-key', keys.verifierKey, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const p = JSON.parse(r.stdout) as { index: number; size: number; leafHash: string; root: string; hashes: string[] };
    assert.equal(p.size, 60);
    verifyInclusion(rfc9162, p.index, p.size, hashFromHex(p.leafHash) as Buffer, p.hashes.map((h) => hashFromHex(h) as Buffer), hashFromHex(p.root) as Buffer);
  });

  test('search by patient (id from stdin) and vendor', async () => {
    const r = await runPhigate(['audit', 'search', '--export', exportDir, '--patient', '-', '--patient-key-file', keyFile, '--json'], { input: `${MRN}\n` });
    assert.equal(r.code, 0, r.stderr);
    const seqs = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq);
    assert.deepEqual(seqs, [0, 10, 20, 30]);
    for (const text of [r.stdout, r.stderr]) assert.ok(!text.includes('55501234'));
    const v = await runPhigate(['audit', 'search', '--export', exportDir, '--vendor', 'anthropic', '--actor', 'user:u1']);
    assert.equal(v.code, 0);
    assert.ok(v.stdout.split('\n').filter(Boolean).every((l) => l.includes('anthropic') && l.includes('user:u1')));
  });

  test('disclosures as CSV for one patient', async () => {
    const r = await runPhigate(['audit', 'disclosures', '--export', exportDir, '--patient', MRN, '--patient-key-file', keyFile, '--since', '2025-01-01', '--format', 'csv']);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trim().split('\r\n');
    assert.equal(rows[0], 'date,recipient,model,purpose,purpose_code,description,request_id,seq');
    assert.equal(rows.length, 1 + 3, 'seqs 10, 20, 30: seq 0 was denied (i % 11 === 0), so not a disclosure');
    assert.ok(rows.slice(1).every((row) => row.includes(',anthropic,') && row.includes('"Identifiers by type: MRN x1, NAME x1"')));
    assert.ok(!r.stdout.includes('55501234'));
  });

  test('siem lines and keygen', async () => {
    const s = await runPhigate(['audit', 'siem', '--export', exportDir]);
    assert.equal(s.code, 0);
    const lines = s.stdout.trim().split('\n');
    assert.equal(lines.length, 60);
    assert.equal((JSON.parse(lines[5] as string) as { phigate: { seq: number } }).phigate.seq, 5);
    const out = join(dir, 'keys');
    const k = await runPhigate(['audit', 'keygen', '--origin', 'audit.example.org/x', '--out', out]);
    assert.equal(k.code, 0, k.stderr);
    assert.match(k.stdout, /^audit\.example\.org\/x\+[0-9a-f]{8}\+/);
    assert.equal(statSync(join(out, 'audit-signer.key')).mode & 0o777, 0o600);
    const again = await runPhigate(['audit', 'keygen', '--origin', 'audit.example.org/x', '--out', out]);
    assert.notEqual(again.code, 0, 'never overwrites a signing key');
  });

  test('--verifier-key-file names the file of trusted keys; the old --key-file and --key still work, with a warning', async () => {
    const vkeys = join(dir, 'trusted.vkeys');
    writeFileSync(vkeys, `# the log's key\n${keys.verifierKey}\n`);
    const other = join(dir, 'untrusted.vkeys');
    writeFileSync(other, `${generateNoteKey(origin).verifierKey}\n`);
    const fresh = await runPhigate(['audit', 'verify', exportDir, '--verifier-key-file', vkeys]);
    assert.deepEqual([fresh.code, fresh.stderr], [0, '']);
    assert.equal((await runPhigate(['audit', 'verify', exportDir, '--verifier-key-file', other])).code, 1, 'the file is read: another key fails');
    const oldFile = await runPhigate(['audit', 'verify', exportDir, '--key-file', vkeys]);
    assert.equal(oldFile.code, 0, oldFile.stderr);
    assert.equal(oldFile.stderr, 'phigate: warning: --key-file is deprecated for audit verify; use --verifier-key-file FILE (the file of trusted verifier keys)\n');
    assert.equal((await runPhigate(['audit', 'verify', exportDir, '--key-file', other])).code, 1, 'read as before');
    const differ = await runPhigate(['audit', 'verify', exportDir, '--key-file', other, '--verifier-key-file', vkeys]);
    assert.match(differ.stderr, /Give --verifier-key-file only \(--key-file is its old name here, and the two differ\)/);
    assert.equal(differ.code, 2);
    const oldKey = await runPhigate(['audit', 'verify', exportDir, '--key', keys.verifierKey, '--json']);
    assert.equal(oldKey.code, 0, oldKey.stderr);
    assert.deepEqual(jsonLines(oldKey.stderr).map((l) => l.warning?.message), ['--key is deprecated for audit verify and proof; use --verifier-key VKEY, as audit export names it']);
    // proof: with --export, --key-file can only be the old trusted-keys file (no store is opened).
    const proof = (...more: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> => runPhigate(['audit', 'proof', '--export', exportDir, '--inclusion', '3', ...more]);
    const p = await proof('--verifier-key-file', vkeys);
    assert.deepEqual([p.code, p.stderr], [0, '']);
    const oldP = await proof('--key-file', vkeys);
    assert.equal(oldP.code, 0, oldP.stderr);
    assert.equal(oldP.stdout, p.stdout);
    assert.equal(oldP.stderr, "phigate: warning: --key-file as the file of trusted verifier keys is deprecated; use --verifier-key-file FILE (from the next release --key-file is only the store's key file, as in the other audit commands)\n");
    assert.notEqual((await proof('--key-file', other)).code, 0, 'and read: an untrusted key does not verify the export');
  });

  test('usage errors exit 2', async () => {
    const r = await runPhigate(['audit', 'proof', '--export', exportDir, '--verifier-key', keys.verifierKey]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /exactly one of --inclusion/);
  });
});


describe('phigate audit on the live store (embedded)', () => {
  test('checkpoint, export, verify, disclosures (a patient search) and proof against a data directory', async () => {
    const { LocalKeyring } = await import('../../src/crypto/index.js');
    const { openStore } = await import('../../src/store/index.js');
    const { auditStorageOf } = await import('../../src/audit/index.js');
    const dataDir = join(dir, 'store');
    const keyring = join(dir, 'keyring.json');
    const store = await openStore({ dataDir, keyring: LocalKeyring.open({ path: keyring }) });
    const live = new AuditLog({ storage: auditStorageOf(store.audit), origin, signers: [parseSignerKey(keys.signerKey)], checkpointIntervalMs: 0 });
    for (let i = 0; i < 25; i++) await live.append(sampleEvent(i, i === 12 ? { patient: ref } : {}));
    await live.close();
    await store.close();
    const signerFile = join(dir, 'signer.key');
    writeFileSync(signerFile, keys.signerKey, { mode: 0o600 });
    const storeArgs = ['--data-dir', dataDir, '--key-file', keyring];

    const cp = await runPhigate(['audit', 'checkpoint', ...storeArgs, '--signer-key-file', signerFile]);
    assert.equal(cp.code, 0, cp.stderr);
    assert.match(cp.stdout, new RegExp(`^${origin.replace(/[./]/g, '\\$&')}\n25\n`));

    const out = join(dir, 'live-export');
    const cpJson = await runPhigate(['audit', 'checkpoint', ...storeArgs, '--signer-key-file', signerFile, '--json']);
    assert.equal(cpJson.code, 0, cpJson.stderr);
    const published = JSON.parse(cpJson.stdout) as { size: number; root: string; note: string };
    assert.equal(published.size, 25);
    assert.match(published.root, /^[0-9a-f]{64}$/);
    assert.ok(published.note.startsWith(`${origin}\n25\n`));
    const ex = await runPhigate(['audit', 'export', ...storeArgs, '--out', out, '--signer-key-file', signerFile, '--json']);
    assert.equal(ex.code, 0, ex.stderr);
    const exported = JSON.parse(ex.stdout) as { out: string; entries: number; checkpoints: number; root: string };
    assert.deepEqual([exported.out, exported.entries, exported.root], [out, 25, published.root]);
    assert.ok(exported.checkpoints >= 1, 'the one published above at least');
    const v = await runPhigate(['audit', 'verify', out, '--verifier-key', keys.verifierKey]);
    assert.equal(v.code, 0, v.stdout);

    const d = await runPhigate(['audit', 'disclosures', ...storeArgs, '--patient', MRN, '--patient-key-file', keyFile, '--since', '2020-01-01', '--format', 'json']);
    assert.equal(d.code, 0, d.stderr);
    assert.deepEqual((JSON.parse(d.stdout) as { disclosures: { seq: number }[] }).disclosures.map((x) => x.seq), [12]);
    const p = await runPhigate(['audit', 'proof', ...storeArgs, '--consistency', '10', '--json']);
    assert.equal(p.code, 0, p.stderr);
    const proof = JSON.parse(p.stdout) as { size2: number; hashes: string[] };
    assert.equal(proof.size2, 25);

    // --keyring-file and --keyring FILE, the old names of --key-file, still open the store and say they are
    // deprecated; a keyring kind (keys' --keyring) is refused rather than read as a file, and so are two different files.
    const warning = (name: string, kind = ''): string => `${name} FILE is deprecated for audit commands; use --key-file FILE, the store's key file as every command names it${kind}`;
    const oldName = await runPhigate(['audit', 'proof', '--data-dir', dataDir, '--keyring-file', keyring, '--consistency', '10', '--json']);
    assert.equal(oldName.code, 0, oldName.stderr);
    assert.equal((JSON.parse(oldName.stdout) as { size2: number }).size2, 25);
    assert.equal(oldName.stderr, `${JSON.stringify({ warning: { message: warning('--keyring-file') } })}\n`, 'given --json: a JSON line');
    const older = await runPhigate(['audit', 'proof', '--data-dir', dataDir, '--keyring', keyring, '--consistency', '10', '--json']);
    assert.equal(older.code, 0, older.stderr);
    assert.equal(older.stderr, `${JSON.stringify({ warning: { message: warning('--keyring', ' (keys --keyring names the keyring kind)') } })}\n`);
    const oldText = await runPhigate(['audit', 'search', '--data-dir', dataDir, '--keyring-file', keyring, '--limit', '1']);
    assert.equal(oldText.code, 0, oldText.stderr);
    assert.ok(oldText.stderr.startsWith(`phigate: warning: ${warning('--keyring-file')}\n`), oldText.stderr);
    const newName = await runPhigate(['audit', 'search', ...storeArgs, '--limit', '1']);
    assert.equal(newName.code, 0, newName.stderr);
    assert.ok(!newName.stderr.includes('warning'), 'the new name warns of nothing');
    const kind = await runPhigate(['audit', 'search', '--data-dir', dataDir, '--keyring', 'local']);
    assert.equal(kind.code, 2);
    assert.equal(kind.stderr, "phigate: audit reads the local key file only: give --key-file FILE (--keyring local is keys' option) (PHIGATE_USAGE)\n");
    const both = await runPhigate(['audit', 'search', ...storeArgs, '--keyring-file', join(dir, 'other.json'), '--json']);
    assert.equal(both.code, 2);
    assert.deepEqual(JSON.parse(both.stderr), { error: { code: 'PHIGATE_USAGE', message: 'Give --key-file only (--keyring-file is its old name, and they differ)' } });
    const same = await runPhigate(['audit', 'search', ...storeArgs, '--keyring-file', keyring, '--limit', '1']);
    assert.equal(same.code, 0, 'the same file under both names: read, with the warning');

    // proof's --key-file named the file of trusted verifier keys: an old command line (with --keyring-file) keeps that meaning, warned.
    const vkeys = join(dir, 'trusted.vkeys');
    writeFileSync(vkeys, `${keys.verifierKey}\n`);
    const oldProof = await runPhigate(['audit', 'proof', '--data-dir', dataDir, '--keyring-file', keyring, '--key-file', vkeys, '--consistency', '10']);
    assert.equal(oldProof.code, 0, oldProof.stderr);
    assert.match(oldProof.stderr, /--key-file as the file of trusted verifier keys is deprecated; use --verifier-key-file FILE/);
  });
});
