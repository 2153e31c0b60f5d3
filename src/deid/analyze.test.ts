// The Analyzer contract: findings are sorted, disjoint, inside the text, never split a surrogate pair,
// carry a reason but never the text, and the same text always gives the same findings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { BATCH, capsPassages, createAnalyzer, createDocumentView, WINDOW, windowEnd } from './analyze.js';
import { ENTITY_TYPES, type Finding } from './types.js';

const analyzer = createAnalyzer();

/** Text that looks enough like notes to trigger many recognizers, mixed with arbitrary Unicode. */
const fragments = fc.constantFrom(
  'Dr. ', 'Patel', 'Mrs. O\'Brien', 'José Núñez', 'Nguyễn Văn An', '03/04/1950', 'on10/14/82', 'March 4th', ' MRN: ',
  'JH-12345', '(555) 012-3456', 'x22', 'jane@example.org', '123-45-6789', '92 y/o', 'Boston, MA 02115', 'St. Mary\'s',
  'Cleveland Clinic', '4417 N. Oak Ave Apt 3B', 'Parkinson\'s disease', 'Foley catheter', ', ', '. ', '\n', ' ', '😀',
  '\u0301', 'ALL CAPS NOTE', 'pt', 'c/o', 's/p', '#', '@', '-', '/', '1', '99', 'Hope', 'Will', 'May', 'https://x.example.org/a',
);
const noteLike = fc.array(fc.oneof(fragments, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));

function checkContract(text: string, findings: readonly Finding[]): void {
  let previousEnd = 0;
  for (const f of findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), 'integer offsets');
    assert.ok(f.start >= previousEnd, `sorted and disjoint at ${f.start}`);
    assert.ok(f.start < f.end && f.end <= text.length, `inside the text: [${f.start}, ${f.end})`);
    const before = text.charCodeAt(f.start - 1);
    const first = text.charCodeAt(f.start);
    assert.ok(!(first >= 0xdc00 && first <= 0xdfff && before >= 0xd800 && before <= 0xdbff), 'does not start inside a surrogate pair');
    const last = text.charCodeAt(f.end - 1);
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'does not end inside a surrogate pair');
    assert.ok((ENTITY_TYPES as readonly string[]).includes(f.type), `known type ${f.type}`);
    assert.ok(f.score >= 0.5 && f.score <= 1, `score ${f.score} within [threshold, 1]`);
    assert.ok(f.recognizer.length > 0 && f.evidence.length > 0, 'says who found it and why');
    const value = text.slice(f.start, f.end);
    if (value.trim().length >= 4) {
      for (const e of f.evidence) assert.ok(!e.detail.includes(value), 'evidence never repeats the identifier');
    }
    previousEnd = f.end;
  }
}

describe('analyzer contract', () => {
  test('holds for arbitrary note-like and Unicode text', () => {
    fc.assert(
      fc.property(noteLike, (text) => {
        checkContract(text, analyzer.analyze(text));
      }),
      { numRuns: 400 },
    );
  });

  test('is deterministic: the same text gives the same findings', () => {
    fc.assert(
      fc.property(noteLike, (text) => {
        assert.deepEqual(analyzer.analyze(text), analyzer.analyze(text));
      }),
      { numRuns: 100 },
    );
  });

  test('keeps UTF-16 offsets right around accents and astral characters', () => {
    const text = '😀 Seen by Dr. José Núñez on 03/04/2020 😀';
    const found = analyzer.analyze(text).map((f) => [f.type, text.slice(f.start, f.end)]);
    assert.deepEqual(found, [
      ['NAME', 'Dr. José Núñez'],
      ['DATE', '03/04/2020'],
    ]);
  });

  test('an empty text has no findings', () => {
    assert.deepEqual(analyzer.analyze(''), []);
  });

  test('a value that is not a string gets a clear error with a stable code', () => {
    for (const bad of [null, undefined, 42, { text: 'Dr. Patel' }]) {
      assert.throws(() => analyzer.analyze(bad as unknown as string), (e: unknown) => (e as { code?: string }).code === 'PHIGATE_BAD_INPUT' && !String((e as Error).message).includes('Patel'));
    }
  });
});

describe('passages in capitals of a mixed-case note', () => {
  const passagesOf = (text: string): string[] => capsPassages(text, createDocumentView(text).tokens).map(([a, b]) => text.slice(a, b));

  test('a sentence in capitals is a passage; headings, acronyms and capitalised words are not', () => {
    const text = 'HISTORY OF PRESENT ILLNESS:\nSeen today with CP, SOB, HTN, DM, CKD.\nPT SEEN WITH DAUGHTER ROSE AND SON 2 DAYS AGO.\nPlan: Continue Aspirin.';
    assert.deepEqual(passagesOf(text), ['PT SEEN WITH DAUGHTER ROSE AND SON 2 DAYS AGO']);
  });

  test('a lower-case word ends a passage, numbers and initials do not', () => {
    assert.deepEqual(passagesOf('ONE TWO THREE 4 J. FOUR FIVE SIX then seven EIGHT'), ['ONE TWO THREE 4 J. FOUR FIVE SIX']);
    assert.deepEqual(passagesOf('ONE TWO THREE four FIVE SIX SEVEN'), []);
  });

  test('what the passage reading finds is added where the note reading found nothing', () => {
    const text = 'Seen today.\nPT SEEN WITH DAUGHTER ROSE AND SON-IN-LAW MARK.\nPlan: continue.';
    const names = analyzer.analyze(text).filter((f) => f.type === 'NAME').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(names, ['ROSE', 'MARK']);
    // Read in a batch, the passage gives the same findings.
    const many = analyzer.analyzeMany([text, 'Seen today.', text.toLowerCase(), text]);
    assert.deepEqual(many[0], analyzer.analyze(text));
    assert.deepEqual(many[3], many[0]);
    assert.deepEqual(many[2], analyzer.analyze(text.toLowerCase()));
  });
});

describe('names found once', () => {
  test('a generational suffix of a found name is no name on its own elsewhere', () => {
    const text = 'Discussed with John Smith III at bedside. NYHA class III symptoms; Smith agrees.';
    const values = createAnalyzer().analyze(text).map((f) => text.slice(f.start, f.end));
    assert.ok(values.includes('John Smith III'));
    assert.ok(values.includes('Smith'), 'the surname is found again');
    assert.equal(values.filter((v) => v === 'III').length, 0, '"class III" stays');
  });
});

describe('configuration', () => {
  const note = 'Seen by Dr. Kowalczyk with nurse Jane Rosterperson at Mercy Hospital, MRN 12345678.';

  test('an allow list keeps a word a site uses as-is', () => {
    const allowing = createAnalyzer({ allow: ['Mercy Hospital'] });
    const types = allowing.analyze(note).map((f) => note.slice(f.start, f.end));
    assert.ok(!types.includes('Mercy Hospital'));
    assert.ok(analyzer.analyze(note).some((f) => note.slice(f.start, f.end) === 'Mercy Hospital'));
  });

  test('a deny list (a staff roster) finds listed names the engine alone would not', () => {
    const text = 'handed over to zqxwv plorb at shift change';
    assert.deepEqual(analyzer.analyze(text), []);
    const roster = createAnalyzer({ deny: [{ type: 'NAME', values: ['Zqxwv Plorb'] }] });
    const found = roster.analyze(text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]!.start, found[0]!.end), 'zqxwv plorb');
    assert.equal(found[0]!.recognizer, 'deny-list');
  });

  test('a custom recognizer with context words and a validator', () => {
    const custom = createAnalyzer({
      recognizers: [
        { id: 'npi-strict', type: 'LICENSE', pattern: '\\b\\d{10}\\b', context: ['npi'], requireContext: true, validator: 'npi', score: 0.7 },
      ],
      disable: ['npi', 'long-number', 'phone-bare', 'phone-cue'],
    });
    const good = 'Provider NPI 1234567893 on file';
    const badCheck = 'Provider NPI 1234567890 on file';
    const noContext = 'Order 1234567893 shipped';
    assert.equal(custom.analyze(good).filter((f) => f.recognizer === 'custom:npi-strict').length, 1);
    assert.equal(custom.analyze(badCheck).filter((f) => f.recognizer === 'custom:npi-strict').length, 0);
    assert.equal(custom.analyze(noContext).filter((f) => f.recognizer === 'custom:npi-strict').length, 0);
  });

  test('a threshold above every score finds nothing', () => {
    assert.deepEqual(createAnalyzer({ threshold: 1.01 }).analyze(note), []);
  });
});

describe('long texts', () => {
  test('are analysed in windows that find the same identifiers as note-by-note analysis', () => {
    const note = 'Seen by Dr. Kowalczyk on 03/04/2020 at Mercy Hospital, MRN 00123456.\nPlan: follow up with Jane Roe.\n\n';
    const one = analyzer.analyze(note).map((f) => note.slice(f.start, f.end));
    const copies = Math.ceil((3 * WINDOW) / note.length);
    const long = note.repeat(copies);
    const found = analyzer.analyze(long);
    checkContract(long, found);
    assert.equal(found.length, one.length * copies);
    const values = new Set(found.map((f) => long.slice(f.start, f.end)));
    assert.deepEqual([...values].sort(), [...new Set(one)].sort());
  });

  test('an identifier on a window boundary is found whole', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(WINDOW / 27));
    const text = `${filler.slice(0, WINDOW - 10)} call (555) 012-3456 today ${filler}`;
    const phone = analyzer.analyze(text).filter((f) => f.type === 'PHONE');
    assert.equal(phone.length, 1);
    assert.equal(text.slice(phone[0]!.start, phone[0]!.end), '(555) 012-3456');
  });

  test('window ends fall on whitespace and never inside a surrogate pair', () => {
    const emoji = '😀'.repeat(WINDOW);
    const end = windowEnd(emoji, 0);
    const c = emoji.charCodeAt(end - 1);
    assert.ok(!(c >= 0xd800 && c <= 0xdbff));
    const spaced = 'word '.repeat(WINDOW);
    assert.equal(spaced[windowEnd(spaced, 0) - 1], ' ');
  });
});

describe('analyzeMany', () => {
  test('gives each text the findings analyze() gives it, in order, across batches', () => {
    // More texts than one batch, with empty, windowed (longer than WINDOW) and OCR-repaired texts among them.
    const long = `Seen by Dr. Patel on 03/04/2025. ${'Vitals stable, plan unchanged. '.repeat(Math.ceil(WINDOW / 30))} Call Jane Smith at (555) 012-3456.`;
    const texts = fc.sample(noteLike, BATCH + 20);
    texts.splice(3, 0, '', long, 'Fax (4l7) 555-0l49 to Mercy Hospital', 'Patient: Maria Gonzalez, MRN 4417823');
    const many = analyzer.analyzeMany(texts);
    assert.equal(many.length, texts.length);
    texts.forEach((t, k) => assert.deepEqual(many[k], analyzer.analyze(t), JSON.stringify(t)));
  });

  test('with an allow list and a threshold, as analyze() with them', () => {
    const configured = createAnalyzer({ allow: ['Mercy Hospital'], threshold: 0.7 });
    const texts = ['Admitted to Mercy Hospital on 03/04/2025', 'Seen at Mercy Hospital by Dr. Ana Lopez', 'call 555-0142'];
    assert.deepEqual(configured.analyzeMany(texts), texts.map((t) => configured.analyze(t)));
  });

  test('fuzzed: property of analyze() per text', () => {
    fc.assert(
      fc.property(fc.array(noteLike, { maxLength: 12 }), (texts) => {
        assert.deepEqual(analyzer.analyzeMany(texts), texts.map((t) => analyzer.analyze(t)));
      }),
      { numRuns: 60 },
    );
  });
});

test("round 73: a name chosen after \"name will be\" is a name; an obstetric manoeuvre's possessive eponym is not", () => {
  const names = (text: string): string[] => analyzer.analyze(text).filter((f) => f.type === 'NAME').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(names("Our daughter's name will be Philippa Vandersloot."), ['Philippa Vandersloot']);
  assert.deepEqual(names('The name will be on the band.'), []);
  assert.deepEqual(names("Vertex per Leopold's. Delivered with Ritgen's, then McRoberts' and suprapubic pressure."), []);
  assert.deepEqual(names("The chart is Dr. Leopold's."), ['Dr. Leopold']);
});

test('round 168: nothing is found inside a gateway token an earlier turn brings back; the value beside it still is', () => {
  const analyze = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));
  for (const text of ['MRN: [[MRN_2b9c41e0a1b2]] seen', 'MRN: [[MRN_2b9c41e0]]', 'Acct: [[ACCOUNT_77301928]]', 'MRN [[MRN_00719354]]']) {
    assert.deepEqual(analyze(text), [], text);
  }
  assert.deepEqual(analyze('MRN: [[MRN_2b9c41e0]]; old MRN 4471029'), ['4471029']);
  // A mark after an emoji opens no word: "🗓️" and "✔️" hold no name.
  assert.deepEqual(analyze('Reminder 🗓️ Tuesday ✔️ confirmed ☎️ call 1️⃣ bring meds'), []);
});
