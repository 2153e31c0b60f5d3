import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { parseGoldLine } from './gold.js';
import { formatMisses, formatScore, sampleEvenly, scoreToJson } from './report.js';
import { type GoldDoc, createScorer, scoreCorpus } from './score.js';

// "Seen by Dr Ada Quill on10/14/82 at Harbor Clinic."
//  0         1         2         3         4
//  012345678901234567890123456789012345678901234567
const text = 'Seen by Dr Ada Quill on10/14/82 at Harbor Clinic.';
const doc: GoldDoc = {
  id: 'n1',
  text,
  spans: [
    { start: 11, end: 20, type: 'NAME', label: 'PATIENT' }, // Ada Quill
    { start: 23, end: 31, type: 'DATE', label: 'DateFull' }, // 10/14/82 (glued to "on")
    { start: 35, end: 48, type: 'LOCATION', label: 'HOSPITAL' }, // Harbor Clinic
  ],
};
const row = (r: ReturnType<typeof scoreCorpus>, k: string) => r.rows.find(([key]) => key === k)?.[1];

describe('scoreCorpus', () => {
  test('perfect predictions score 100% everywhere', () => {
    const r = scoreCorpus([doc], [{ id: 'n1', spans: doc.spans! }]);
    assert.deepEqual(row(r, 'ALL'), { goldSpans: 3, exact: 3, overlap: 3, goldTokens: 7, tokensFull: 7, tokensAny: 7 });
    assert.deepEqual(r.precision, { predSpans: 3, predSpansTP: 3, predSpansIgnored: 0, predTokens: 7, predTokensTP: 7, predTokensIgnored: 0 });
    assert.deepEqual(r.misses, []);
  });

  test('a glued token counts as caught when its PHI characters are covered', () => {
    // "on10" is one token; only "10" is inside the gold span, and the prediction covers exactly that.
    const r = scoreCorpus([doc], [{ id: 'n1', spans: [{ start: 23, end: 31 }] }]);
    assert.equal(row(r, 'DATE')?.tokensFull, 3);
    assert.equal(row(r, 'NAME')?.tokensFull, 0);
  });

  test('partial coverage: full recall fails, any-overlap recall holds; misses carry context', () => {
    const r = scoreCorpus([doc], [{ id: 'n1', spans: [{ start: 11, end: 14 }, { start: 35, end: 41 }] }]);
    assert.deepEqual(row(r, 'NAME'), { goldSpans: 1, exact: 0, overlap: 1, goldTokens: 2, tokensFull: 1, tokensAny: 1 });
    assert.deepEqual(row(r, 'LOCATION'), { goldSpans: 1, exact: 0, overlap: 1, goldTokens: 2, tokensFull: 1, tokensAny: 1 });
    assert.deepEqual(r.misses.map((m) => m.token), ['Quill', 'on10', '14', '82', 'Clinic']);
    assert.equal(r.misses[0]!.context, text); // 30 characters either side reach both ends
  });

  test('false positives lower precision and are listed', () => {
    const r = scoreCorpus([doc], [{ id: 'n1', spans: [...doc.spans!, { start: 0, end: 4 }] }]);
    assert.equal(r.precision.predSpans, 4);
    assert.equal(r.precision.predSpansTP, 3);
    assert.equal(r.precision.predTokens, 8);
    assert.deepEqual(r.falsePositives, [{ id: 'n1', text: 'Seen' }]);
  });

  test('--ignore drops gold spans and predictions on them count neither way', () => {
    const r = scoreCorpus([doc], [{ id: 'n1', spans: [{ start: 23, end: 31 }] }], { ignore: ['DateFull'] });
    assert.equal(row(r, 'DATE'), undefined);
    assert.equal(row(r, 'ALL')?.goldSpans, 2);
    assert.deepEqual(r.precision, { predSpans: 0, predSpansTP: 0, predSpansIgnored: 1, predTokens: 0, predTokensTP: 0, predTokensIgnored: 3 });
  });

  test('rows by label, ordered by gold span count with ALL last', () => {
    const two: GoldDoc = { id: 'n2', text: 'Ada met Bo', spans: [{ start: 0, end: 3, type: 'NAME', label: 'PATIENT' }, { start: 8, end: 10, type: 'NAME' }] };
    const r = scoreCorpus([doc, two], [], { by: 'label' });
    // a span without a label falls back to its type, as in the reference
    assert.deepEqual(r.rows.map(([k, v]) => [k, v.goldSpans]), [['PATIENT', 2], ['DateFull', 1], ['HOSPITAL', 1], ['NAME', 1], ['ALL', 5]]);
  });

  test('empty and inverted predictions are ignored; unknown and repeated ids follow the reference', () => {
    const r = scoreCorpus([doc], [{ id: 'n1', spans: [{ start: 0, end: 40 }] }, { id: 'n1', spans: [{ start: 5, end: 5 }, { start: 9, end: 3 }] }, { id: 'zz', spans: [] }]);
    assert.equal(r.precision.predSpans, 0); // the last n1 line wins, and its spans are empty/inverted
    assert.equal(r.unknownPredIds, 1);
  });

  test('no gold spans at all: ratios are n/a, F1 is 0', () => {
    const r = scoreCorpus([{ id: 'e', text: 'nothing here' }], [{ id: 'e', spans: [{ start: 0, end: 7 }] }]);
    assert.deepEqual(r.rows, []);
    const lines = formatScore(r);
    assert.equal(lines.at(-2), '\nspan(overlap): predicted=1 TP=0 P=0.0 R=  n/a F1=0.0');
    assert.equal(JSON.stringify(scoreToJson(r).precision.spanOverlapF1), '0');
  });
});

describe('incremental scorer', () => {
  test('adding notes one at a time equals scoring the corpus', () => {
    const preds = [{ id: 'n1', spans: [{ start: 11, end: 14 }] }];
    const s = createScorer({ by: 'type' });
    s.add(doc, preds[0]!.spans);
    assert.deepEqual(s.result(), scoreCorpus([doc], preds));
  });
});

describe('report', () => {
  test('formats the table as the reference does', () => {
    const lines = formatScore(scoreCorpus([doc], [{ id: 'n1', spans: [{ start: 11, end: 14 }] }]));
    assert.equal(lines[0], 'notes=1  ignore=[]  (pred ids not in gold: 0)');
    assert.equal(lines[1], '\ntype              \tgoldSpans\tspanExactR\tspanOvlpR\tgoldTok\ttokR(full)\ttokR(any)');
    assert.equal(lines[2], 'NAME              \t1\t0.0\t100.0\t2\t50.0\t50.0');
    assert.equal(lines.at(-1), 'token:         predicted=1 TP=1 P=100.0 R(full)=14.3 F1=25.0');
  });
  test('samples misses evenly', () => {
    assert.deepEqual(sampleEvenly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3), [1, 4, 7]);
    assert.deepEqual(sampleEvenly([1, 2], 5), [1, 2]);
    const lines = formatMisses(scoreCorpus([doc], []), 2);
    assert.equal(lines[0], '\nmissed gold tokens (7), sample:');
    assert.equal(lines[1], '  n1 NAME "Ada" | Seen by Dr Ada Quill on10/14/82 at Harbor Cl');
  });
});

describe('parseGoldLine', () => {
  const canary = 'CANARY Zelda Quintero-Vance';
  test('reads a well-formed line', () => {
    assert.deepEqual(parseGoldLine('{"id":7,"text":"x","spans":[{"start":0,"end":1,"type":"NAME","label":"P"}]}'), { id: '7', text: 'x', spans: [{ start: 0, end: 1, type: 'NAME', label: 'P' }] });
  });
  for (const [line, code, message] of [
    [`{"id":"a","text":"${canary}"`, 'PHIGATE_MALFORMED_JSON', 'not valid JSON'],
    [`["${canary}"]`, 'PHIGATE_BAD_INPUT', 'expected a JSON object'],
    [`{"text":"${canary}"}`, 'PHIGATE_BAD_INPUT', 'missing "id" (string or number)'],
    [`{"id":"a","text":"${canary}","spans":[{"start":"0"}]}`, 'PHIGATE_BAD_INPUT', 'spans[0] needs integer "start", "end" and a string "type"'],
  ] as const) {
    test(`rejects ${message} without echoing the text`, () => {
      assert.throws(() => parseGoldLine(line), (err: unknown) => err instanceof PhigateError && err.code === code && err.message === message && !err.message.includes('CANARY'));
    });
  }
});
