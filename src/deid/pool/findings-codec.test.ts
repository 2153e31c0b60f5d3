import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createAnalyzer } from '../analyze.js';
import type { Finding } from '../types.js';
import { FindingsPacker, FindingsUnpacker } from './findings-codec.js';

const TEXTS = [
  'Pt Ezekiel Canaryfield seen 03/14/1952 at St. Mary\'s; MRN 48213957, call 617-555-0142 or ezekiel.canary@example.org.',
  'DISCHARGE SUMMARY\nName: JOSÉ NÚÑEZ\nDOB: 4 Mar 1950\nAddress: 12 Orchard Lane, Springfield, IL 62704\nAge: 92 y/o',
  'No acute distress. Lungs clear.',
  'Lab ID AB-99812 reviewed by Dr. O\'Brien; wife Hope at bedside; follow up at Cleveland Clinic in May.',
];

test('packed and unpacked, an analyzer\'s findings come back equal, frozen, with one Evidence object per distinct evidence', () => {
  const analyzer = createAnalyzer();
  const packer = new FindingsPacker();
  const unpacker = new FindingsUnpacker();
  const evidenceSeen = new Map<string, object>();
  for (const text of [...TEXTS, ...TEXTS]) {
    const found = analyzer.analyze(text);
    const back = unpacker.unpack(structuredClone(packer.pack(found)));
    assert.deepEqual(back, found);
    assert.equal(JSON.stringify(back), JSON.stringify(found), 'same keys in the same order');
    for (const f of back) {
      assert.ok(Object.isFrozen(f) && Object.isFrozen(f.evidence));
      for (const e of f.evidence) {
        const key = `${e.kind}/${e.detail}`;
        assert.equal(evidenceSeen.get(key) ?? e, e, 'shared, not made again');
        evidenceSeen.set(key, e);
      }
    }
  }
  assert.ok(evidenceSeen.size > 3);
});

test('findings with the same evidence share one frozen evidence list (kept findings stay small)', () => {
  const found = createAnalyzer().analyze(TEXTS[0] as string);
  const packer = new FindingsPacker();
  const unpacker = new FindingsUnpacker();
  const a = unpacker.unpack(packer.pack(found));
  const b = unpacker.unpack(packer.pack(found));
  assert.deepEqual(b, found);
  a.forEach((f, i) => assert.equal(f.evidence, b[i]?.evidence, 'the same list object'));
  const two = { start: 0, end: 3, type: 'NAME' as const, score: 0.5, recognizer: 'r', evidence: [{ kind: 'pattern' as const, detail: 'x' }, { kind: 'context' as const, detail: 'y' }] };
  const [c, d] = unpacker.unpack(packer.pack([two, { ...two, start: 4, end: 7 }]));
  assert.deepEqual(c, two);
  assert.equal(c?.evidence, d?.evidence);
  assert.ok(Object.isFrozen(c?.evidence));
});

test('strings cross once: a second text with the same vocabulary sends none', () => {
  const found = createAnalyzer().analyze(TEXTS[0] as string);
  const packer = new FindingsPacker();
  assert.ok(packer.pack(found).strings.length > 0);
  const again = packer.pack(found);
  assert.deepEqual(again.strings, []);
  assert.equal(again.numbers.length, found.length * 6 + found.reduce((n, f) => n + f.evidence.length, 0));
});

const finding = fc.record({
  start: fc.nat(1_000_000),
  end: fc.nat(1_000_000),
  type: fc.constantFrom('NAME', 'DATE', 'ID', 'LOCATION'),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  recognizer: fc.string({ maxLength: 12 }),
  evidence: fc.array(fc.record({ kind: fc.constantFrom('pattern', 'context', 'dictionary'), detail: fc.string({ maxLength: 12 }) }), { maxLength: 3 }),
}) as fc.Arbitrary<Finding>;

test('any findings, over any number of texts and past the table bound, come back equal', () => {
  fc.assert(
    fc.property(fc.array(fc.array(finding, { maxLength: 8 }), { maxLength: 12 }), fc.integer({ min: 10, max: 60 }), (texts, bound) => {
      const packer = new FindingsPacker(bound);
      const unpacker = new FindingsUnpacker();
      // (compared as JSON: the generator makes some objects without a prototype)
      for (const found of texts) assert.equal(JSON.stringify(unpacker.unpack(structuredClone(packer.pack(found)))), JSON.stringify(found));
    }),
  );
});

test('a receiver that missed a message says so instead of naming the wrong recognizer', () => {
  const analyzer = createAnalyzer();
  const packer = new FindingsPacker();
  const unpacker = new FindingsUnpacker();
  packer.pack(analyzer.analyze(TEXTS[0] as string));
  assert.throws(() => unpacker.unpack(packer.pack(analyzer.analyze(TEXTS[1] as string))), /out of step/);
});
