// DocumentTests: shared literal gates answer as a plain search would, once per document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createDocumentView } from '../analyze.js';
import type { LiteralGate } from './types.js';
import { DocumentTests } from './document-tests.js';

const literals = (lower: boolean, ...strings: string[]): LiteralGate => ({ lower, literals: strings });

test('a literal test is an includes() of any of its strings, in the text or its lower case', () => {
  const tests = new DocumentTests();
  const cases: [LiteralGate, (text: string) => boolean][] = [
    [literals(false, 'ab', 'c@'), (t) => t.includes('ab') || t.includes('c@')],
    [literals(true, 'nin', 'hundred'), (t) => t.toLowerCase().includes('nin') || t.toLowerCase().includes('hundred')],
    [literals(false, 'é', 'Ü1'), (t) => t.includes('é') || t.includes('Ü1')],
    [literals(true, 'k'), (t) => createDocumentView(t).lower.includes('k')],
  ];
  const ids = cases.map(([t]) => tests.add(t));
  // Letters the strings hold, apart and together, in both cases, and the Kelvin sign (lower case "k").
  const text = fc.array(fc.constantFrom('a', 'b', 'ab', 'C', 'c', '@', 'N', 'i', 'n', 'HUNDRED', 'é', 'Ü', '1', ' ', '\u212a', 'K'), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, (t) => {
      const doc = createDocumentView(t);
      cases.forEach(([, expected], k) => assert.equal(tests.passes(doc, ids[k] as number), expected(t), `${k} on ${JSON.stringify(t)}`));
    }),
    { numRuns: 400 },
  );
});

test('equal tests share an id, and a new document is asked afresh', () => {
  const tests = new DocumentTests();
  const a = tests.add(literals(true, 'ninety', 'hundred'));
  assert.equal(tests.add(literals(true, 'hundred', 'ninety')), a);
  assert.notEqual(tests.add(literals(false, 'hundred', 'ninety')), a);
  const texts = ['ninety', 'nothing', 'HUNDRED'];
  assert.deepEqual(texts.map((t) => tests.passes(createDocumentView(t), a)), [true, false, true]);
});
