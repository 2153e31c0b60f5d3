// The literal gate skips a pattern's regexes when the text holds none of the strings every match must
// contain. A wrong gate would silently drop identifiers, so it is proven sound here: whenever a regex
// matches a text, the gate lets the text through, for every built-in pattern on the project's fixture
// texts and on generated texts, and for generated regexes (alternations, quantifiers, case folding
// under the i and u flags, with the characters that fold onto ASCII letters: ſ and the Kelvin sign).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createDocumentView } from '../analyze.js';
import { loadFixtures } from '../../../test/deid/fixtures/load.js';
import { ADDRESS_PATTERNS } from './address-patterns.js';
import { DATE_AND_AGE_PATTERNS } from './dates.js';
import { GEOCODE_PATTERNS } from './geocodes.js';
import { IDENTIFIER_PATTERNS } from './identifiers.js';
import { literalGate, patternRecognizer, type LiteralGate, type PatternSpec } from './pattern.js';
import { parseRegex, requiredLiterals } from './regex-ast.js';

function passes(gate: LiteralGate, text: string): boolean {
  const hay = gate.lower ? createDocumentView(text).lower : text;
  return gate.literals.some((l) => hay.includes(l));
}

function matches(regex: RegExp, text: string): boolean {
  return new RegExp(regex.source, regex.flags.replace('g', '').replace('y', '')).test(text);
}

describe('requiredLiterals', () => {
  const lits = (re: RegExp) => requiredLiterals(parseRegex(re.source, re.flags), re.ignoreCase, /[uv]/.test(re.flags));
  test('alternatives, runs and repetitions', () => {
    assert.deepEqual(lits(/ninety|hundred/i), ['ninety', 'hundred']);
    assert.deepEqual(lits(/\bLot[ \t]#?\d{1,5}/), ['Lot']);
    assert.deepEqual(lits(/(?:ab){2,3}x/), ['ab']);
    assert.equal(lits(/(?:ab)?x/), undefined, 'an optional part is not required, and one character is too short');
    assert.equal(lits(/a|bc/), undefined, 'every alternative needs two characters or more');
    assert.equal(lits(/(?:foo|)bar/)?.includes('foo'), false);
  });
  test('no s or k under i with u: ſ and the Kelvin sign fold onto them', () => {
    const got = lits(/desk/iu);
    assert.ok(got === undefined || got.every((l) => !l.includes('s') && !l.includes('k')), JSON.stringify(got));
  });
});

const SPECS: readonly PatternSpec[] = [...ADDRESS_PATTERNS, ...IDENTIFIER_PATTERNS, ...DATE_AND_AGE_PATTERNS, ...GEOCODE_PATTERNS];
const REGEXES = SPECS.flatMap((s) => [new RegExp(s.regex.source, s.regex.flags), ...(s.trigger instanceof RegExp ? [s.trigger] : [])]);
const GATED = REGEXES.map((r) => ({ regex: r, gate: literalGate(r) })).filter((g): g is { regex: RegExp; gate: LiteralGate } => g.gate !== undefined);

describe('the literal gates of the built-in patterns never block a match', () => {
  test('some patterns are gated', () => assert.ok(GATED.length >= 10, `only ${GATED.length}`));
  const texts = loadFixtures().map((c) => c.text);
  test('on every fixture text', () => {
    for (const { regex, gate } of GATED) for (const t of texts) if (matches(regex, t)) assert.ok(passes(gate, t), `${regex} on ${JSON.stringify(t.slice(0, 80))}`);
  });
  const literals = [...new Set(GATED.flatMap((g) => g.gate.literals))];
  const piece = fc.oneof(
    fc.constantFrom(...literals, ...literals.map((l) => l.toUpperCase()), ...literals.map((l) => l[0]!.toUpperCase() + l.slice(1))),
    fc.constantFrom(...texts.slice(0, 300).flatMap((t) => t.split(/(?<=[ ,.;])/))),
    fc.constantFrom(...'0123456789 ()#-/.,:\n\tſKİıaAsSkK'.split('')),
  );
  test('on generated texts', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (t) => {
        for (const { regex, gate } of GATED) if (matches(regex, t)) assert.ok(passes(gate, t), `${regex} on ${JSON.stringify(t)}`);
      }),
      { numRuns: 400 },
    );
  });
});

test('the gate of a generated regex never blocks a match', () => {
  // Words first, so that the texts can be made of them (changed in case, s and k swapped for the
  // characters that fold onto them): most texts then come close to matching.
  const word = fc.stringMatching(/^[a-dksA-DKS]{1,4}$/);
  const atom = (w: string) => fc.constantFrom(w, `(?:${w})?`, `(?:${w}){1,2}`, `${w}\\d`, `[ \\t]${w}`);
  const regexAndWords = fc.array(word, { minLength: 1, maxLength: 6 }).chain((words) =>
    fc.tuple(
      fc.array(fc.array(fc.constantFrom(...words).chain(atom), { minLength: 1, maxLength: 3 }).map((a) => a.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|')),
      fc.constant(words),
    ),
  );
  const variant = (w: string) =>
    fc.constantFrom(w, w.toUpperCase(), w.toLowerCase(), w.replace(/s/gi, 'ſ'), w.replace(/k/gi, '\u212a'), w.slice(1));
  let exercised = 0;
  fc.assert(
    fc.property(regexAndWords, fc.constantFrom('g', 'gi', 'gu', 'giu'), ([src, words], flags) => {
      const regex = new RegExp(src, flags);
      const gate = literalGate(regex);
      if (!gate) return;
      const texts = fc.sample(fc.array(fc.oneof(fc.constantFrom(...words).chain(variant), fc.constantFrom(' ', '1', '\t', 'x')), { maxLength: 8 }).map((p) => p.join('')), 12);
      for (const t of texts) {
        if (!matches(regex, t)) continue;
        exercised++;
        assert.ok(passes(gate, t), `/${src}/${flags} on ${JSON.stringify(t)} (gate ${gate.literals.join('|')})`);
      }
    }),
    { numRuns: 500 },
  );
  assert.ok(exercised >= 200, `only ${exercised} matching texts under a gate`);
});

test('recognizers that share a gate read each document for itself: the answer kept is the view\'s own', () => {
  // Two recognizers with the same gate ("ninety" or "hundred", in either order), asked about documents in
  // turn: a kept answer from the previous document must never stand for the next one.
  const first = patternRecognizer({ id: 'gate-a', type: 'AGE', regex: /\b(?:ninety|hundred)[ \t]one\b/gi, score: 0.9 });
  const second = patternRecognizer({ id: 'gate-b', type: 'AGE', regex: /\b(?:hundred|ninety)[ \t]two\b/gi, score: 0.9 });
  const texts = ['no such age here', 'aged ninety one', 'nothing to see', 'she is hundred two', 'ninety two and hundred one'];
  const found = texts.map((t) => {
    const doc = createDocumentView(t);
    return [...first.find(doc), ...second.find(doc)].map((c) => t.slice(c.start, c.end));
  });
  assert.deepEqual(found, [[], ['ninety one'], [], ['hundred two'], ['hundred one', 'ninety two']]);
  // A text read twice is two views: each has its own serial.
  assert.notEqual(createDocumentView(texts[0] as string).serial, createDocumentView(texts[0] as string).serial);
});

test('a regex without the i flag that spells its words in several cases is gated on their lower case', () => {
  assert.deepEqual(literalGate(/(?:\b[Cc][Bb]|[Cc]all[ \t]?[Bb]ack)[ \t]{1,2}\d{4}/), { lower: true, literals: ['cb', 'call'] });
  assert.deepEqual(literalGate(/Mile|MILE|MM|MP|[Mm]ilepost/), { lower: true, literals: ['mile', 'mm', 'mp', 'milepost'] });
  // A literal the case-sensitive derivation finds stays case-sensitive; a set of two letters that are no case pair folds nothing.
  assert.deepEqual(literalGate(/\bLot[ \t]#?\d{1,5}/), { lower: false, literals: ['Lot'] });
  assert.equal(literalGate(/[Ab]x|[Cd]y/), undefined);
  assert.deepEqual(requiredLiterals(parseRegex('ab|cd|ab\\d|ef|cd', 'i'), true, false), ['ab', 'cd', 'ef'], 'shared strings count once against the bound of four');
  // Generated: words given as case pairs ("[Aa]b"), in capitals or as written, in alternations; texts in any case.
  const word = fc.stringMatching(/^[a-dA-D]{1,4}$/);
  const spelled = (w: string) => fc.constantFrom(w, w.toUpperCase(), w.replace(/[a-d]/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`), `${w}\\d`, `[ \\t]${w}`);
  const variant = (w: string) => fc.constantFrom(w, w.toUpperCase(), w.toLowerCase(), w[0]!.toUpperCase() + w.slice(1).toLowerCase(), w.slice(1));
  let exercised = 0;
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom('g', 'gu'), fc.nat(), (words, flags, seed) => {
      const alts = fc.sample(fc.constantFrom(...words).chain(spelled), { numRuns: 1 + (seed % 5), seed });
      const regex = new RegExp(alts.join('|'), flags);
      const gate = literalGate(regex);
      if (!gate?.lower) return;
      const texts = fc.sample(fc.array(fc.oneof(fc.constantFrom(...words).chain(variant), fc.constantFrom(' ', '1', '\t', 'x', 'İ', '\u212a')), { maxLength: 8 }).map((p) => p.join('')), { numRuns: 12, seed });
      for (const t of texts) {
        if (!matches(regex, t)) continue;
        exercised++;
        assert.ok(passes(gate, t), `/${regex.source}/${flags} on ${JSON.stringify(t)} (gate ${gate.literals.join('|')})`);
      }
    }),
    { numRuns: 400 },
  );
  assert.ok(exercised >= 100, `only ${exercised} matching texts under a folded gate`);
});
