// Signed notes and checkpoints, anchored to the published golang.org/x/mod/sumdb/note test vector
// (Ed25519 is deterministic, so signing with that key must reproduce the published note byte for byte).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint.js';
import { formatVerifierKey, generateNoteKey, verifierKeyFromSignerKey, openNote, parseNote, parseSignerKey, parseVerifierKey, signNote, isValidKeyName } from './note.js';

const GO_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_NOTE = `${GO_TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

describe('signed notes', () => {
  test('signing with the Go test key reproduces the published note', async () => {
    const signer = parseSignerKey(GO_SKEY);
    assert.equal(signer.keyId, 0xc74f20a3);
    assert.equal(await signNote(GO_TEXT, [signer]), GO_NOTE);
  });

  test('the verifier key is derived from the Go signer key', () => {
    assert.equal(verifierKeyFromSignerKey(GO_SKEY), GO_VKEY);
    const k = generateNoteKey('log.example/x');
    assert.equal(verifierKeyFromSignerKey(k.signerKey), k.verifierKey);
  });

  test('the Go verifier key opens the published note and its key id is recomputed', () => {
    const v = parseVerifierKey(GO_VKEY);
    assert.equal(v.name, 'PeterNeumann');
    const opened = openNote(GO_NOTE, [v]);
    assert.equal(opened.text, GO_TEXT);
    assert.equal(opened.verified.length, 1);
    const raw = Buffer.from(GO_VKEY.split('+').slice(2).join('+'), 'base64').subarray(1);
    assert.equal(formatVerifierKey('PeterNeumann', raw), GO_VKEY);
  });

  test('an edited text, a corrupted signature or an untrusted key fails', () => {
    const v = parseVerifierKey(GO_VKEY);
    assert.throws(() => openNote(GO_NOTE.replace('cryptography', 'cryptographY'), [v]), { code: 'PHIGATE_AUDIT_BAD_SIGNATURE' });
    assert.throws(() => openNote(GO_NOTE.replace('x08go/', 'x08go+'), [v]), { code: 'PHIGATE_AUDIT_BAD_SIGNATURE' });
    const other = parseVerifierKey(generateNoteKey('PeterNeumann').verifierKey);
    assert.throws(() => openNote(GO_NOTE, [other]), /no signature by a trusted key \(signed by: PeterNeumann\+c74f20a3\)/);
  });

  test('mangled verifier keys are rejected (every truncation and every single-byte change)', () => {
    for (let i = 0; i <= GO_VKEY.length; i++) {
      for (const j of [i + 1, GO_VKEY.length]) {
        if (i === 0 && j === GO_VKEY.length) continue;
        if (j > GO_VKEY.length) continue;
        assert.throws(() => parseVerifierKey(GO_VKEY.slice(i, j)), Error, `slice ${i}..${j}`);
      }
    }
    for (let i = 0; i < GO_VKEY.length; i++) {
      const bad = GO_VKEY.slice(0, i) + String.fromCharCode(GO_VKEY.charCodeAt(i) + 1) + GO_VKEY.slice(i + 1);
      assert.throws(() => parseVerifierKey(bad), Error, `change at ${i}`);
    }
  });

  test('unknown signatures are ignored; a second trusted signer is verified too', async () => {
    const a = generateNoteKey('log.example/a');
    const b = generateNoteKey('witness.example/b');
    const note = await signNote('hello\n', [parseSignerKey(a.signerKey), parseSignerKey(b.signerKey)]);
    assert.equal(openNote(note, [parseVerifierKey(a.verifierKey)]).verified.length, 1);
    assert.equal(openNote(note, [parseVerifierKey(a.verifierKey), parseVerifierKey(b.verifierKey)]).verified.length, 2);
  });

  test('syntax errors are rejected', async () => {
    assert.throws(() => parseNote('no blank line\n\u2014 x AAAAAAA=\n'), /no blank line/);
    assert.throws(() => parseNote('text\n\n- PeterNeumann x08go/ZJ\n'), /em dash/);
    assert.throws(() => parseNote('text\n\n\u2014 Peter Neumann x08go/ZJkuBS9UG/Sffc=\n'), /not "— <name> <base64>"/);
    assert.throws(() => parseNote('text\u0007\n\n\u2014 a AAAAAAA=\n'), /control characters/);
    await assert.rejects(signNote('no newline', []), /end in a newline/);
    assert.equal(isValidKeyName('a+b'), false);
    assert.equal(isValidKeyName('a\u00a0b'), false);
    assert.equal(isValidKeyName('audit.example.org/phigate'), true);
  });
});

describe('checkpoints', () => {
  const root = Buffer.alloc(32, 0xab);

  test('format follows C2SP: origin, size, base64 root, extensions', () => {
    assert.equal(formatCheckpoint({ origin: 'example.com/log', size: 12, root }), `example.com/log\n12\n${root.toString('base64')}\n`);
    const cp = parseCheckpoint(`example.com/log\n12\n${root.toString('base64')}\nextra\n`);
    assert.equal(cp.size, 12);
    assert.deepEqual(cp.extensions, ['extra']);
    assert.throws(() => parseCheckpoint(`example.com/log\n012\n${root.toString('base64')}\n`), /leading zeros/);
    assert.throws(() => parseCheckpoint(`example.com/log\n12\n${root.toString('hex')}\n`), /base64/);
  });

  test('round trip through signing, and the origin is pinned', async () => {
    const k = generateNoteKey('audit.example.org/phigate');
    const note = await signCheckpoint({ origin: 'audit.example.org/phigate', size: 3, root }, [parseSignerKey(k.signerKey)]);
    const opened = openCheckpoint(note, [parseVerifierKey(k.verifierKey)], 'audit.example.org/phigate');
    assert.equal(opened.checkpoint.size, 3);
    assert.deepEqual(Buffer.from(opened.checkpoint.root), root);
    assert.throws(() => openCheckpoint(note, [parseVerifierKey(k.verifierKey)], 'other.example/log'), /another log/);
  });

  test('any parse of a formatted checkpoint gives it back (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9./-]{1,40}$/), fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (origin, size, r) => {
        const cp = parseCheckpoint(formatCheckpoint({ origin, size, root: r }));
        assert.equal(cp.origin, origin);
        assert.equal(cp.size, size);
        assert.deepEqual(Buffer.from(cp.root), Buffer.from(r));
      }),
    );
  });
});
