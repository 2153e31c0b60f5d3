// A pattern spec's regex given as its source and flags (unparsedRegex) finds what the same RegExp finds, and the
// built-in specs give every pattern with a \p{...} class that way, so that loading the engine parses none of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocumentView } from '../analyze.js';
import { DATE_AND_AGE_PATTERNS } from './dates.js';
import { GEOCODE_PATTERNS } from './geocodes.js';
import { IDENTIFIER_PATTERNS } from './identifiers.js';
import { ADDRESS_PATTERNS } from './locations.js';
import { patternRecognizer, unparsedRegex, type PatternSpec } from './pattern.js';

const TEXT = 'Seen by Ana Ruiz at 12 Birch Ln, Bar Harbor, ME 04609 on 03/14/2023; Zoë Brandt (MRN 4829133) and Renée José.';

function findings(spec: PatternSpec, text: string): string[] {
  return patternRecognizer(spec)
    .find(createDocumentView(text))
    .map((c) => `${c.start}:${c.end}:${c.type}:${c.score}`);
}

test('an unparsed regex finds what the RegExp finds (plain scan, anchored on words, with a group)', () => {
  const source = String.raw`\p{Lu}[\p{Ll}\p{M}'’]{1,20}[ \t]\p{Lu}[\p{Ll}\p{M}'’]{1,20}`;
  const plain: PatternSpec = { id: 't-plain', type: 'NAME', regex: new RegExp(source, 'gu'), score: 0.5 };
  const lazy: PatternSpec = { ...plain, regex: unparsedRegex(source, 'gu') };
  assert.deepEqual(findings(lazy, TEXT), findings(plain, TEXT));
  assert.ok(findings(lazy, TEXT).length >= 3);
  const grouped: PatternSpec = { id: 't-group', type: 'LOCATION', regex: /\d{1,6}[ \t](\p{Lu}\p{Ll}{1,20}[ \t]Ln)\b/gu, group: 1, score: 0.5 };
  const groupedLazy: PatternSpec = { ...grouped, regex: unparsedRegex(grouped.regex.source, grouped.regex.flags) };
  assert.deepEqual(findings(groupedLazy, TEXT), findings(grouped, TEXT));
  assert.equal(findings(groupedLazy, TEXT).length, 1);
  const anchoredSpec: PatternSpec = { id: 't-anchor', type: 'ID', anchor: 'digit', regex: unparsedRegex(String.raw`\d{7}(?![\p{L}\d])`, 'gu'), score: 0.5 };
  assert.deepEqual(findings(anchoredSpec, TEXT), findings({ ...anchoredSpec, regex: /\d{7}(?![\p{L}\d])/gu }, TEXT));
});

test('an unparsed regex without the g flag is refused, as a RegExp is', () => {
  assert.throws(() => patternRecognizer({ id: 't-nog', type: 'ID', regex: unparsedRegex('\\d+', 'u'), score: 0.5 }), /needs the g flag/);
});

test('an unparsed regex is not parsed until its recognizer runs', () => {
  // A syntax error surfaces on the first scan, not when the spec or the recognizer is made.
  const recognizer = patternRecognizer({ id: 't-bad', type: 'ID', regex: unparsedRegex('(\\d', 'g'), score: 0.5 });
  assert.throws(() => recognizer.find(createDocumentView('call 12')), SyntaxError);
});

test('no built-in pattern spec makes a RegExp with a \\p{...} class at load (each costs its parse)', () => {
  const specs = [...ADDRESS_PATTERNS, ...IDENTIFIER_PATTERNS, ...DATE_AND_AGE_PATTERNS, ...GEOCODE_PATTERNS];
  const parsed = specs.filter((s) => s.regex instanceof RegExp && /\\[pP]\{/.test(s.regex.source)).map((s) => s.id);
  assert.deepEqual(parsed, []);
  // Every built-in pattern is still valid RegExp syntax.
  for (const s of specs) assert.doesNotThrow(() => new RegExp(s.regex.source, s.regex.flags), s.id);
});
