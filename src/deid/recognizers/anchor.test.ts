// Anchored recognizers try their regex only at digit runs, characters or words (and skip the tries whose
// first character, or character after the digits, the regex cannot accept). That is only correct if every
// match of the regex starts there; this test runs each such recognizer both ways and demands the same
// findings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createDocumentView } from '../analyze.js';
import { DATE_AND_AGE_PATTERNS } from './dates.js';
import { GEOCODE_PATTERNS } from './geocodes.js';
import { IDENTIFIER_PATTERNS } from './identifiers.js';
import { ADDRESS_PATTERNS } from './locations.js';
import { patternRecognizer, type PatternSpec } from './pattern.js';
import { BUILT_IN_RECOGNIZERS } from './registry.js';
import { RecognizerGates } from './types.js';

const anchored = [...IDENTIFIER_PATTERNS, ...DATE_AND_AGE_PATTERNS, ...ADDRESS_PATTERNS, ...GEOCODE_PATTERNS].filter((s) => s.anchor !== undefined);

const SAMPLES = [
  'RR 2 BOX 118, R.R. 3, Box 7; Rural Route 9 Box 12; HC 61 Box 4; Star Route 2, Box 9; rr 1 box 2',
  '{"city":"Bar Harbor","postalCode":"04609","line":["12 Birch Ln"]} zip=02115 postal_code=LS6 2QT user=jpatel Neighborhood: Pilsen "city": "x"',
  'Kettering, OH 45429; New Port Richey, FL 34652; x Big, TX 12345 and A, B 99999, Salt Lake City,  UT 84101',
  'DOB 03/04/1950, seen on10/14/82 and 2020-03-04T10:00:00Z; (555) 123-4567 x22, +44 20 7946 0958, #12345',
  'MRN 00123456; SSN 123-45-6789; card 4111 1111 1111 1111; 92 y/o; 97F; age 95; Carmen (93) at 4417 N. Oak Ave Apt 3B',
  'Boston, MA 02115-1234; 5th Ave; 17 Rue des Lilas; 12.3.2019; 3/4-3/9; 08/15/2021-08/19/2021; 2019-05; 03/2020',
  '1/1/1/1/1/1 ((((1)))) ++++1 ####1 1-2-3-4-5-6-7-8-9 0000000000000 192.168.0.1 10.0.0.256 (01)00884521136028',
  'Call 0490 75 40 81 or 07700 900461; Phone: 72 128 827; 9876543210; 1234-5678-9012',
  'mid-October 2022, early-May 5, non-March 4, Jan 5, Feb. 2020, March 4th 2021, may 5 mg, last December, next May, this past June, 1HGCM82633A004352 JH4KA7650MC012345 ABCDEFGHJKLMNPRST9',
  'see portal.example.org/login or www.x.com, a.b.c.health, 2001:db8::1 ::ffff:1.2.3.4 fe80::1%eth0 10:30:45 ab:cd:ef 1:2:3:4:5:6:7:8',
  '# 1234 #12345 ## 12345 x# 99999 (#123456)',
  'GPS 41.49932, -81.69436; 39.7392° N, 104.9903° W; N 41° 29.96\' W 081° 41.66\'; 41°29\'58"N 81°41\'40"W; 87G8Q2JM+8X; plus code Q2JM+8X; ///filled.count.soap; ////a.b.c 12.34567,-3.45678 lat=41.49932&lng=-81.69436 {"longitude":-81.69436} LONG = 12.345 mm census tract 4012.02 block group 3 Precinct #12 FIPS 39035 geoid 39035101200 state FIPS 39 GI tract 2 1950-W10-3 2026-W48 2000W40 1999-W01-8 A1-W10-3',
  // The run tests (city-state-zip, vin): blanks around the state code, and VINs at a text's edges.
  'Kettering,  OH  45429; Kettering, OH   45429; Kettering,\tOH\t45429; Kettering , OH 45429; Salem,OH 45429, Dayton, ZZ 45429',
  '1HGCM82633A004352, JH4KA7650MC01235, X1HGCM82633A004352X; JH4KA7650MC012345',
  'MRN SG-920311, #SP-112233, 12345-JS, HPX345678, ABCDEFGHIJ1234, A-1234, ##1234, COVID-19, X1234567A.',
  // A chat export's display names before their stamps (display-name-before-stamp), a tracking number's groups.
  'Gideon Marsh  7:05 AM\nok\n  Renée José 12:30 pm\nMorning Huddle 7:00 AM\nAna Lou-Pérez O\'Neil 9:15AM\nFedEx 6621 4470 9183 2024 1200 1350',
  // The character after a run's digits against each regex's possible first non-digit (see digitLead): optional leads
  // before the house number or the day, a run at the text's end, runs too short for a match of digits only.
  '12/4417 N. Oak Ave; 3/12 Elm St, 3rd-4th May, 12 of June, 12May, 12:May, 5th-6 may; 555.123.4567x12, 5551234567, 12,345 Main St, 7',
  'mail:zoë.brandt@example.com, a.b@c.org @@ x@y .@example.com john..doe@mail.example.co.uk @example.com name@',
  // Numbered roads after a cue (street-route-cue, anchored on each first word a road's name can have).
  'lives off Rt 9, on Route 28 and along CR 310; from Hwy 209 near U.S. Route 1, off i-90, on County Road K, via State Hwy 9, under highway 12A, on BIA 3, on FM 2920, off Rte. 6 months',
];

// One set of index words for every view, as the analyzer has: a view made with another set marks the whole
// word table again (milliseconds a view, which made this file take minutes).
const INDEX_WORDS = new Set(anchored.flatMap((s) => patternRecognizer(s).indexWords ?? []));

function findings(spec: PatternSpec, text: string): string[] {
  const recognizer = patternRecognizer(spec);
  const doc = createDocumentView(text, INDEX_WORDS);
  return recognizer
    .find(doc)
    .map((c) => `${c.start}:${c.end}:${c.type}:${c.score}`);
}

describe('digit-anchored recognizers find what a full scan finds', () => {
  test('there are anchored recognizers to check', () => {
    assert.ok(anchored.length >= 20, `only ${anchored.length} anchored recognizers`);
  });
  for (const spec of anchored) {
    const unanchored: PatternSpec = { ...spec, anchor: undefined };
    test(spec.id, () => {
      for (const text of SAMPLES) assert.deepEqual(findings(spec, text), findings(unanchored, text), text);
      // Random strings over the characters these patterns care about.
      const alphabet = fc.constantFrom(...'0123456789 ()+-#/.,:xTZ-aAmMFyoe@cJSHPMayJn\n'.split(''));
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
          assert.deepEqual(findings(spec, text), findings(unanchored, text));
        }),
        { numRuns: 150 },
      );
    });
  }
});

// The analyzer skips a recognizer whose needs (digit runs of some length, a character, a cue word) the
// document lacks; that is only correct if the recognizer would have found nothing there.
describe('a recognizer skipped for its needs finds nothing', () => {
  const gated = BUILT_IN_RECOGNIZERS.filter((r) => r.needs !== undefined);
  test('digit-, char- and word-anchored recognizers are gated', () => {
    assert.ok(gated.length >= 40, `only ${gated.length} gated recognizers`);
  });
  const indexWords = new Set(BUILT_IN_RECOGNIZERS.flatMap((r) => r.indexWords ?? []));
  // Texts that miss a need by a little: cue words without codes, codes without cues, digit runs of other lengths.
  const words = [...indexWords].slice(0, 400);
  const piece = fc.oneof(
    fc.constantFrom(...words, ...SAMPLES.flatMap((s) => s.split(/(?<=[ ,;])/))),
    fc.constantFrom(...'0123456789 ()+-#/.,:@"=xTZaAmMFyoeScJSHPMayJnRU\n-\''.split('')),
    // Cue words after a hyphen, where anchors also match.
    fc.constantFrom(...words.slice(0, 60).map((w) => `mid-${w}`), ...words.slice(0, 60).map((w) => `${w}-x`)),
  );
  const gates = new RecognizerGates(BUILT_IN_RECOGNIZERS);
  for (const recognizer of gated) {
    const k = BUILT_IN_RECOGNIZERS.indexOf(recognizer);
    const check = (text: string): void => {
      const doc = createDocumentView(text, indexWords);
      // The same gates as the analyzer, the words after hyphens included ("mid-October").
      if (!gates.allows(doc, k, gates.wordsIn(doc), gates.hyphenWordsIn(doc))) assert.deepEqual(recognizer.find(doc), [], text);
    };
    test(recognizer.id, () => {
      for (const text of SAMPLES) for (const part of text.split(/(?<=[;,])/)) check(part);
      fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((ps) => ps.join('')), check), { numRuns: 150 });
    });
  }
  // The analyzer asks allowedIn, which finds the same answers from the needs' side.
  test('allowedIn answers as allows does for every recognizer', () => {
    const out = new Uint8Array(BUILT_IN_RECOGNIZERS.length);
    const same = (text: string): void => {
      const doc = createDocumentView(text, indexWords);
      gates.allowedIn(doc, out);
      const words = gates.wordsIn(doc);
      const hyphenWords = gates.hyphenWordsIn(doc);
      BUILT_IN_RECOGNIZERS.forEach((r, k) => assert.equal(out[k] === 1, gates.allows(doc, k, words, hyphenWords), `${r.id}: ${text}`));
    };
    for (const text of SAMPLES) same(text);
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((ps) => ps.join('')), same), { numRuns: 400 });
  });
});
