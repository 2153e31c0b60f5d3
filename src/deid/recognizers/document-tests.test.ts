// DocumentTests: shared document tests answer as a plain search would, once per document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createDocumentView } from '../analyze.js';
import { DocumentTests, type DocumentTest } from './document-tests.js';

const literals = (lower: boolean, ...strings: string[]): DocumentTest => ({ kind: 'literals', gate: { lower, literals: strings } });

test('a literal test is an includes() of any of its strings, in the text or its lower case', () => {
  const tests = new DocumentTests();
  const cases: [DocumentTest, (text: string) => boolean][] = [
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
  const r = tests.add({ kind: 'regex', regex: /\d{3}-\d{4}/ });
  assert.equal(tests.add({ kind: 'regex', regex: /\d{3}-\d{4}/ }), r);
  const texts = ['ninety', 'nothing', 'call 555-0142', 'HUNDRED'];
  assert.deepEqual(texts.map((t) => { const doc = createDocumentView(t); return [tests.passes(doc, a), tests.passes(doc, r)]; }), [[true, false], [false, false], [false, true], [true, false]]);
});
