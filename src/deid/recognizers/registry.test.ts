// The registry as the analyzer builds it: custom recognizers go through the one regex safety check, and
// `disable` switches built-in recognizers off completely.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { createAnalyzer } from '../analyze.js';
import type { CustomRecognizerSpec } from '../types.js';
import { BUILT_IN_RECOGNIZERS, buildRegistry } from './registry.js';
import { createDocumentView } from '../analyze.js';
import { RecognizerGates, type Recognizer } from './types.js';

const spec = (pattern: string, flags?: string): CustomRecognizerSpec => ({
  id: 'ward-code',
  type: 'ID',
  pattern,
  ...(flags !== undefined ? { flags } : {}),
});

/** The PHIGATE_BAD_RECOGNIZER message createAnalyzer throws for a custom pattern. */
function refusal(pattern: string, flags?: string): string {
  try {
    createAnalyzer({ recognizers: [spec(pattern, flags)] });
  } catch (err) {
    assert.ok(err instanceof PhigateError);
    assert.equal(err.code, 'PHIGATE_BAD_RECOGNIZER');
    return err.message;
  }
  assert.fail(`expected ${pattern} to be refused`);
}

describe('custom recognizers use the same regex check as the config loader', () => {
  // All of these passed the analyzer's former, simpler check while the config loader refused them.
  const formerlyAccepted: [string, RegExp][] = [
    ['WX-\\d+', /unbounded repetition "\+" at offset 5; give it an upper bound, e.g. \{1,64\}/],
    ['(\\d{1,3}){1,9}', /nested quantifier "\{1,3\}"/],
    ['(?:a{1,5}a{1,5}x){1,10}', /followed by one that can match the same characters/],
    ['(?:\\s{0,3}\\w{1,20}){1,8}', /nested quantifier "\{1,20\}"/],
    ['a{1,5000}', /more than 1000 repeats/],
  ];
  for (const [pattern, why] of formerlyAccepted) {
    test(`refuses ${pattern}`, () => {
      const message = refusal(pattern);
      assert.match(message, /^Recognizer "ward-code", pattern: /);
      assert.match(message, why);
    });
  }

  test('refuses the classic shapes, back-references and empty matches', () => {
    assert.match(refusal('(a+)+'), /nested quantifier/);
    assert.match(refusal('x(a|a)*'), /alternation/);
    assert.match(refusal('(a)\\1'), /back-reference/);
    assert.match(refusal('x{0,3}'), /empty string/);
  });

  test('a pattern that does not compile is refused without echoing it', () => {
    const message = refusal('ZQ7([a-');
    assert.match(message, /does not compile/);
    assert.ok(!message.includes('ZQ7'));
  });

  test('flags are checked too: y was silently dropped before, now it is refused like in the config', () => {
    assert.match(refusal('WX-\\d{5}', 'y'), /^Recognizer "ward-code", flags: flag "y" is not allowed/);
    assert.match(refusal('WX-\\d{5}', 'ii'), /flag "i" is repeated/);
  });

  test('an accepted pattern finds every match, with its flags', () => {
    const analyzer = createAnalyzer({ disable: [...createAnalyzer().recognizerIds], recognizers: [{ ...spec('wx-\\d{5}', 'i'), score: 0.9 }] });
    const text = 'Bed WX-12345 moved to wx-67890.';
    const found = analyzer.analyze(text).map((f) => [text.slice(f.start, f.end), f.type, f.recognizer]);
    assert.deepEqual(found, [['WX-12345', 'ID', 'custom:ward-code'], ['wx-67890', 'ID', 'custom:ward-code']]);
  });
});

// Invented identifiers of every kind the built-ins find, ages over 89 in each form the age patterns read.
const NOTE = [
  'Pt John Smith (MRN 00123-45), 92 y/o F, DOB 03/04/1931, seen 2020-05-17 and on March 3rd, 2021.',
  'Age: 93, aged 95, 97F, Carmen Herrera (93), Lupe Fa\'asavalu, 91, lives alone; alive at 94; her 100th birthday;',
  'a ninety-two year old in her late nineties, a centenarian.',
  'Call (617) 555-1234 or +44 20 7946 0958, SSN 123-45-6789, email john.smith@example.com, https://example.org/p/77.',
  'Lives at 12 Main St, Apt 4B, Boston, MA 02138; PO Box 771. Seen at Massachusetts General Hospital.',
  'NPI 1234567893, DEA AB1234563, VIN 1HGCM82633A004352, IP 192.168.10.20, card 4111 1111 1111 1111.',
].join('\n');

describe('disable', () => {
  const allIds = createAnalyzer().recognizerIds;

  test('the note has findings from many recognizers, among them every age pattern it exercises', () => {
    const used = new Set(createAnalyzer().analyze(NOTE).map((f) => f.recognizer));
    assert.ok(used.size >= 15, `only ${used.size} recognizers fired: ${[...used].join(', ')}`);
    for (const id of ['age-over-89', 'age-over-89-cue', 'age-over-89-sex', 'age-over-89-parenthesised', 'age-over-89-event', 'age-over-89-words', 'age-over-89-decade']) {
      assert.ok(used.has(id), `${id} did not fire on the note`);
    }
  });

  test('every built-in recognizer id is unique and listed, so each can be disabled by the id findings carry', () => {
    assert.equal(new Set(allIds).size, allIds.length);
    assert.deepEqual(allIds, BUILT_IN_RECOGNIZERS.map((r) => r.id));
    for (const f of createAnalyzer().analyze(NOTE)) assert.ok(allIds.includes(f.recognizer), f.recognizer);
  });

  test('with every built-in recognizer disabled, nothing is found (no age regex or anything else still runs)', () => {
    const analyzer = createAnalyzer({ disable: [...allIds] });
    assert.deepEqual(analyzer.recognizerIds, []);
    assert.deepEqual(analyzer.analyze(NOTE), []);
  });

  test('disabling the age ids removes every AGE finding and nothing else', () => {
    const ageIds = allIds.filter((id) => id.startsWith('age-over-89'));
    const all = createAnalyzer().analyze(NOTE);
    const without = createAnalyzer({ disable: ageIds }).analyze(NOTE);
    assert.ok(all.some((f) => f.type === 'AGE'));
    assert.deepEqual(without.filter((f) => f.type === 'AGE'), []);
    assert.deepEqual(
      without.map((f) => [f.start, f.end, f.type]),
      all.filter((f) => f.type !== 'AGE').map((f) => [f.start, f.end, f.type]),
    );
  });

  test('unknown ids are refused, naming the id', () => {
    assert.throws(() => buildRegistry({ disable: ['age-over-98'] }), (err: unknown) => {
      assert.ok(err instanceof PhigateError);
      assert.equal(err.code, 'PHIGATE_BAD_RECOGNIZER');
      assert.match(err.message, /unknown recognizer "age-over-98"/);
      return true;
    });
  });
});

test('every built-in recognizer that declares its words has a word gate of its own (no two share a bit)', () => {
  // A shared bit lets a recognizer run on notes that hold only its partner's words (it cost 8-15% of the CPU per
  // note when 74 recognizers shared 62 bits), so the gates give each its own group, however many there are.
  const gates = new RecognizerGates(BUILT_IN_RECOGNIZERS);
  const groups = BUILT_IN_RECOGNIZERS.map((_, k) => gates.wordGroupOf(k)).filter((g) => g >= 0);
  assert.ok(groups.length > 150, `the gates are in use (${groups.length})`);
  assert.equal(new Set(groups).size, groups.length);
});

test('word gates keep each of several hundred recognizers to the notes that hold its own word', () => {
  // More groups than a handful of 31-bit masks hold, so the masks must grow rather than wrap round.
  const n = 400;
  const word = (i: number): string => `cue${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
  const recognizers: Recognizer[] = Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    types: ['NAME'],
    indexWords: [word(i)],
    needs: { words: [word(i)] },
    find: () => [],
  }));
  const gates = new RecognizerGates(recognizers);
  const indexWords = new Set(recognizers.map((_, i) => word(i)));
  const out = new Uint8Array(n);
  for (const i of [0, 30, 31, 154, 155, 156, 217, 399]) {
    const doc = createDocumentView(`seen ${word(i)} today; mid-${word((i + 1) % n)}`, indexWords);
    gates.allowedIn(doc, out);
    const allowed = [...out.keys()].filter((k) => out[k] === 1);
    assert.deepEqual(allowed, [i], `only r${i} for its word (a hyphenated word counts only for orHyphenated)`);
    assert.ok(gates.allows(doc, i, gates.wordsIn(doc), gates.hyphenWordsIn(doc)));
    assert.ok(!gates.allows(doc, (i + 2) % n, gates.wordsIn(doc), gates.hyphenWordsIn(doc)));
  }
});
