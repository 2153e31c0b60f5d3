// Cross-checks the scorer against the reference script ../shared/tools/score-deid.mjs on a generated
// corpus with perturbed predictions: the printed table, the misses sample and the JSON must be identical.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { formatMisses, formatScore, scoreToJson } from './report.js';
import { type GoldDoc, type GoldSpan, type PredSpan, scoreCorpus } from './score.js';

const REFERENCE = fileURLToPath(new URL('../../../../shared/tools/score-deid.mjs', import.meta.url));
const skip = existsSync(REFERENCE) ? false : `reference scorer not found at ${REFERENCE} (../shared/tools/score-deid.mjs from the repo): cross-check skipped`;

/** mulberry32: a small seeded PRNG so the corpus is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = ['pt', 'seen', 'for', 'follow-up', 'of', 'CHF;', 'BP', '128/76,', 'cont.', 'lisinopril', '10mg', 'and', 'the', 'café', 'visit', '—', 'ok 👍', 'A1c', '7.2%', 'x3', '(stable)'];
const ENTITIES: [string, string, () => string][] = [
  ['NAME', 'PATIENT', () => pick(['Ada Quill', 'Bram Osei-Lund', "O'Neil", 'Zoë Marrow'])],
  ['NAME', 'DOCTOR', () => pick(['Dr. Hale', 'Priya N. Sethi'])],
  ['NAME', 'HCPName', () => pick(['RN Tom', 'Kaye'])],
  ['DATE', 'DATE', () => pick(['10/14/82', 'March 3rd, 2021', '2019-02-11'])],
  ['DATE', 'DateYear', () => pick(['2021', '1999'])],
  ['PHONE', 'PHONE', () => pick(['(555) 201-3344', '555.201.9999'])],
  ['MRN', 'MEDICALRECORD', () => pick(['MRN 00412345', '7781234'])],
  ['LOCATION', 'HOSPITAL', () => pick(['Harbor Clinic', 'St. Vincent’s'])],
  ['ID', 'DASH', () => '--'], // no alphanumeric token: its row has 0 gold tokens (NaN ratios)
];
let rand = rng(1);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function generate(seed: number, n: number): { gold: GoldDoc[]; preds: { id: string; spans: PredSpan[] }[] } {
  rand = rng(seed);
  const gold: GoldDoc[] = [];
  const preds: { id: string; spans: PredSpan[] }[] = [];
  for (let d = 0; d < n; d++) {
    let text = '';
    const spans: GoldSpan[] = [];
    const parts = Math.floor(rand() * 14);
    for (let i = 0; i < parts; i++) {
      if (rand() < 0.35) {
        const [type, label, value] = pick(ENTITIES);
        const v = value();
        // Sometimes glue the entity to the previous word ("on10/14/82"), so a token is only partly PHI.
        if (text && rand() < 0.8) text += rand() < 0.15 ? 'on' : ' ';
        const start = text.length;
        text += v;
        spans.push({ start, end: start + v.length, type, label });
        // Sometimes a nested gold span (a name inside a longer one), which the reference allows.
        if (v.length > 6 && rand() < 0.1) spans.push({ start: start + 2, end: start + 5, type, label });
      } else {
        text += (text ? ' ' : '') + pick(FILLER);
      }
    }
    const id = `doc-${d}`;
    gold.push({ id, text, spans });
    if (rand() < 0.05) continue; // no prediction line: no detections
    const pred: PredSpan[] = [];
    for (const s of spans) {
      const r = rand();
      const jitter = 1 + Math.floor(rand() * 3);
      if (r < 0.4) pred.push({ start: s.start, end: s.end });
      else if (r < 0.5) pred.push({ start: s.start + jitter, end: s.end });
      else if (r < 0.6) pred.push({ start: s.start, end: Math.max(s.start, s.end - jitter) });
      else if (r < 0.7) pred.push({ start: Math.max(0, s.start - jitter), end: s.end + jitter });
      else if (r < 0.75) pred.push({ start: s.start, end: s.start + 1 }, { start: s.start + 2, end: s.end });
      else if (r < 0.8) pred.push({ start: s.end, end: s.end }); // empty: dropped by both
      // else: missed
    }
    for (let k = Math.floor(rand() * 3); k > 0 && text.length > 0; k--) {
      const a = Math.floor(rand() * text.length);
      pred.push({ start: a, end: Math.min(text.length + 2, a + 1 + Math.floor(rand() * 8)) });
    }
    preds.push({ id, spans: pred });
  }
  preds.push({ id: 'not-in-gold', spans: [{ start: 0, end: 3 }] });
  if (preds[0]) preds.push({ ...preds[0], spans: preds[0].spans.slice(1) }); // repeated id: last wins
  return { gold, preds };
}

describe('scorer matches the reference scorer', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-score-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const { gold, preds } = generate(20240611, 400);
  const goldPath = join(dir, 'gold.jsonl');
  const predPath = join(dir, 'pred.jsonl');
  writeFileSync(goldPath, gold.map((d) => JSON.stringify(d)).join('\n') + '\n');
  writeFileSync(predPath, preds.map((d) => JSON.stringify(d)).join('\n') + '\n');

  const runs: { name: string; by: 'type' | 'label'; ignore: string[]; misses: number }[] = [
    { name: 'by type', by: 'type', ignore: [], misses: 0 },
    { name: 'by label with misses', by: 'label', ignore: [], misses: 9 },
    { name: 'ignoring HCPName and DateYear', by: 'label', ignore: ['HCPName', 'DateYear'], misses: 5 },
    { name: 'ignoring a type', by: 'type', ignore: ['DATE'], misses: 0 },
  ];
  for (const run of runs) {
    test(run.name, () => {
      const jsonPath = join(dir, `${run.name.replace(/\W+/g, '-')}.json`);
      const args = [REFERENCE, '--gold', goldPath, '--pred', predPath, '--by', run.by, '--json', jsonPath];
      if (run.ignore.length) args.push('--ignore', run.ignore.join(','));
      if (run.misses) args.push('--misses', String(run.misses));
      const refOut = execFileSync(process.execPath, args, { encoding: 'utf8' });
      const refJson = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;

      const result = scoreCorpus(gold, preds, { by: run.by, ignore: run.ignore });
      const ours = [...formatScore(result), ...(run.misses ? formatMisses(result, run.misses) : [])].join('\n') + '\n';
      assert.equal(ours, refOut);
      const { gold: _g, pred: _p, ...refFigures } = refJson;
      assert.deepEqual(JSON.parse(JSON.stringify(scoreToJson(result))), refFigures);
      // The corpus exercises what it should: misses, false positives, ignored spans, a NaN row.
      assert.ok(result.misses.length > 50 && result.falsePositives.length > 50);
      if (run.by === 'label') assert.ok(result.rows.some(([k, r]) => k === 'DASH' && r.goldTokens === 0));
    });
  }
});
