// `phigate audit` takes the keys `phigate serve` made in its home (audit-signer.key, audit-patient.key) when
// no option names one, as it takes the home's store and key file. Run without a store, so each command
// gets past the key and stops at the store: proof that the key was found, without starting PostgreSQL.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runPhigate } from './run-phigate.js';

const dir = mkdtempSync(join(tmpdir(), 'phigate-audit-home-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const servedHome = join(dir, 'served');
const emptyHome = join(dir, 'empty');
mkdirSync(emptyHome);

describe('audit: the keys of --home', { concurrency: 2 }, () => {
  test('checkpoint and disclosures use serve\'s audit-signer.key and audit-patient.key; without them they say what to give', async () => {
    const made = await runPhigate(['audit', 'keygen', '--origin', 'phigate-gateway', '--out', servedHome]);
    assert.equal(made.code, 0, made.stderr);
    writeFileSync(join(servedHome, 'audit-patient.key'), `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    const noStore = /^phigate: Give --export DIR, or the store with .* holds no embedded store\) \(PHIGATE_USAGE\)\n$/;
    const checkpoint = await runPhigate(['audit', 'checkpoint', '--home', servedHome]);
    assert.equal(checkpoint.code, 2);
    assert.match(checkpoint.stderr, noStore, 'past the signing key, at the store');
    const disclosures = await runPhigate(['audit', 'disclosures', '--patient', 'pt-1', '--home', servedHome]);
    assert.match(disclosures.stderr, noStore, 'past the patient key, at the store');

    const noSigner = await runPhigate(['audit', 'checkpoint', '--home', emptyHome]);
    assert.equal(noSigner.code, 2);
    assert.match(noSigner.stderr, /^phigate: Give the checkpoint signing key with --signer-key-file \(.*empty holds no audit-signer\.key from phigate serve\) \(PHIGATE_USAGE\)\n$/);
    const noPatientKey = await runPhigate(['audit', 'search', '--patient', 'pt-1', '--home', emptyHome]);
    assert.equal(noPatientKey.code, 2);
    assert.match(noPatientKey.stderr, /--patient-key-file or PHIGATE_AUDIT_PATIENT_KEY_FILE \(.*empty holds no audit-patient\.key\) \(PHIGATE_KEY_MISSING\)/);
    assert.ok(!noPatientKey.stderr.includes('pt-1'), 'the patient id is never printed');
  });
});
