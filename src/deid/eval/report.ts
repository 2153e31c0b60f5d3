// Renders a ScoreResult as the reference scorer prints it (same columns, rounding and order), and as the
// JSON object the reference writes with --json, so that the two can be diffed line for line.
import type { Miss, FalsePositive, ScoreResult } from './score.js';

export interface ScoreRowJson {
  goldSpans: number;
  spanExactRecall: number;
  spanOverlapRecall: number;
  goldTokens: number;
  tokenRecall: number;
  tokenRecallAnyOverlap: number;
}

export interface ScorePrecisionJson {
  predSpans: number;
  predSpansOverlappingGold: number;
  predSpansOnIgnored: number;
  spanOverlapPrecision: number;
  spanOverlapF1: number;
  predTokens: number;
  predTokensGold: number;
  predTokensOnIgnored: number;
  tokenPrecision: number;
  tokenF1: number;
}

export interface ScoreJson {
  by: string;
  ignore: string[];
  notes: number;
  unknownPredIds: number;
  rows: Record<string, ScoreRowJson>;
  precision: ScorePrecisionJson;
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '  n/a');
// NaN (0/0) falls to 0 as in the reference: `p + r` is NaN, which is falsy.
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

/** The figures, as numbers. Ratios over zero are NaN, which JSON.stringify writes as null (as the reference). */
export function scoreToJson(result: ScoreResult): ScoreJson {
  const rows: Record<string, ScoreRowJson> = {};
  for (const [k, r] of result.rows) {
    rows[k] = {
      goldSpans: r.goldSpans,
      spanExactRecall: r.exact / r.goldSpans,
      spanOverlapRecall: r.overlap / r.goldSpans,
      goldTokens: r.goldTokens,
      tokenRecall: r.tokensFull / r.goldTokens,
      tokenRecallAnyOverlap: r.tokensAny / r.goldTokens,
    };
  }
  const p = result.precision;
  const all = allRow(result);
  const spanP = p.predSpansTP / p.predSpans;
  const spanR = all.overlap / all.goldSpans;
  const tokP = p.predTokensTP / p.predTokens;
  const tokR = all.tokensFull / all.goldTokens;
  return {
    by: result.by,
    ignore: [...result.ignore],
    notes: result.notes,
    unknownPredIds: result.unknownPredIds,
    rows,
    precision: {
      predSpans: p.predSpans,
      predSpansOverlappingGold: p.predSpansTP,
      predSpansOnIgnored: p.predSpansIgnored,
      spanOverlapPrecision: spanP,
      spanOverlapF1: f1(spanP, spanR),
      predTokens: p.predTokens,
      predTokensGold: p.predTokensTP,
      predTokensOnIgnored: p.predTokensIgnored,
      tokenPrecision: tokP,
      tokenF1: f1(tokP, tokR),
    },
  };
}

function allRow(result: ScoreResult): { goldSpans: number; overlap: number; goldTokens: number; tokensFull: number } {
  return result.rows.find(([k]) => k === 'ALL')?.[1] ?? { goldSpans: 0, overlap: 0, goldTokens: 0, tokensFull: 0 };
}

/** The header line, then the table and the two precision lines, exactly as the reference prints them. */
export function formatScore(result: ScoreResult): string[] {
  const lines = [`notes=${result.notes}  ignore=[${result.ignore.join(',')}]  (pred ids not in gold: ${result.unknownPredIds})`];
  lines.push('\n' + [result.by.padEnd(18), 'goldSpans', 'spanExactR', 'spanOvlpR', 'goldTok', 'tokR(full)', 'tokR(any)'].join('\t'));
  for (const [k, r] of result.rows) {
    lines.push([k.padEnd(18), r.goldSpans, pct(r.exact, r.goldSpans), pct(r.overlap, r.goldSpans), r.goldTokens, pct(r.tokensFull, r.goldTokens), pct(r.tokensAny, r.goldTokens)].join('\t'));
  }
  const p = result.precision;
  const all = allRow(result);
  const spanP = p.predSpansTP / p.predSpans;
  const tokP = p.predTokensTP / p.predTokens;
  lines.push(`\nspan(overlap): predicted=${p.predSpans} TP=${p.predSpansTP} P=${pct(p.predSpansTP, p.predSpans)} R=${pct(all.overlap, all.goldSpans)} F1=${(100 * f1(spanP, all.overlap / all.goldSpans)).toFixed(1)}`);
  lines.push(`token:         predicted=${p.predTokens} TP=${p.predTokensTP} P=${pct(p.predTokensTP, p.predTokens)} R(full)=${pct(all.tokensFull, all.goldTokens)} F1=${(100 * f1(tokP, all.tokensFull / all.goldTokens)).toFixed(1)}`);
  return lines;
}

/** An even sample of `n` items (every len/n-th), as the reference picks its misses. */
export function sampleEvenly<T>(items: readonly T[], n: number): T[] {
  const step = Math.max(1, Math.floor(items.length / n));
  return items.filter((_, i) => i % step === 0).slice(0, n);
}

/** Missed gold tokens and false-positive spans with their text: for development corpora only. */
export function formatMisses(result: ScoreResult, n: number): string[] {
  const lines = [`\nmissed gold tokens (${result.misses.length}), sample:`];
  for (const x of sampleEvenly<Miss>(result.misses, n)) lines.push(`  ${x.id} ${x.type} ${JSON.stringify(x.token)} | ${x.context}`);
  lines.push(`\nfalse-positive spans (${result.falsePositives.length}), sample:`);
  for (const x of sampleEvenly<FalsePositive>(result.falsePositives, n)) lines.push(`  ${x.id} ${JSON.stringify(x.text)}`);
  return lines;
}
