// The de-identification scorer: gold spans vs predicted spans, as token and span recall/precision. It
// reproduces ../shared/tools/score-deid.mjs figure for figure (same matching, same edge cases, same row
// order), so numbers from `phigate eval` and from the reference script can be compared directly.
//
// Matching is type-agnostic (a PHI counts as caught whatever type the tool gave it); per-type rows
// split the GOLD spans by `type` (or `label`). Tokens are maximal [A-Za-z0-9]+ runs.
//  - token recall (full): a gold-PHI token is caught iff every character of it that lies inside a gold
//    span is covered by some predicted span; (any): iff any such character is covered.
//  - token precision: of the tokens touched by a prediction, the share that overlap a gold span.
//  - span exact / overlap recall, and span precision (a prediction overlapping any gold span is a TP).
//  - `ignore`: gold spans with those labels/types are dropped, and predictions/tokens that touch only
//    them count neither as hits nor as false positives.

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly label?: string;
}

export interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly spans?: readonly GoldSpan[];
}

export interface PredSpan {
  readonly start: number;
  readonly end: number;
}

export type ScoreBy = 'type' | 'label';

export interface ScoreOptions {
  readonly by?: ScoreBy;
  readonly ignore?: Iterable<string>;
}

export interface RowCounts {
  goldSpans: number;
  exact: number;
  overlap: number;
  goldTokens: number;
  tokensFull: number;
  tokensAny: number;
}

export interface Miss {
  readonly id: string;
  readonly type: string;
  readonly token: string;
  /** 30 characters either side, whitespace collapsed. Dev-data only: it shows the text. */
  readonly context: string;
}

export interface FalsePositive {
  readonly id: string;
  readonly text: string;
}

export interface PrecisionCounts {
  predSpans: number;
  predSpansTP: number;
  predSpansIgnored: number;
  predTokens: number;
  predTokensTP: number;
  predTokensIgnored: number;
}

export interface ScoreResult {
  readonly by: ScoreBy;
  readonly ignore: readonly string[];
  readonly notes: number;
  /** Predicted ids that name no gold note (only known to `scoreCorpus`). */
  readonly unknownPredIds: number;
  /** Per-key rows in report order (most gold spans first, ties in first-seen order), then ALL. */
  readonly rows: readonly (readonly [string, Readonly<RowCounts>])[];
  readonly precision: Readonly<PrecisionCounts>;
  readonly misses: readonly Miss[];
  readonly falsePositives: readonly FalsePositive[];
}

/** Kept lists stop growing here, as in the reference. */
const MAX_KEPT = 100000;
const TOKEN = /[A-Za-z0-9]+/g;

export interface Scorer {
  /** Scores one gold note against the predictions for it (absent = no detections). */
  add(doc: GoldDoc, pred: readonly PredSpan[] | undefined): void;
  result(unknownPredIds?: number): ScoreResult;
}

export function createScorer(options: ScoreOptions = {}): Scorer {
  const by: ScoreBy = options.by ?? 'type';
  const ignore = new Set(options.ignore ?? []);
  const rows = new Map<string, RowCounts>();
  const row = (k: string): RowCounts => {
    let r = rows.get(k);
    if (!r) rows.set(k, (r = { goldSpans: 0, exact: 0, overlap: 0, goldTokens: 0, tokensFull: 0, tokensAny: 0 }));
    return r;
  };
  const p: PrecisionCounts = { predSpans: 0, predSpansTP: 0, predSpansIgnored: 0, predTokens: 0, predTokensTP: 0, predTokensIgnored: 0 };
  const misses: Miss[] = [];
  const fps: FalsePositive[] = [];
  let notes = 0;
  // `s[by] ?? s.type`, as the reference keys its rows (a missing label falls back to the type).
  const keyOf = (s: GoldSpan): string => String((by === 'label' ? s.label : s.type) ?? s.type);
  const isIgnored = (s: GoldSpan): boolean => (s.label !== undefined && ignore.has(s.label)) || ignore.has(s.type);

  function add(doc: GoldDoc, predSpans: readonly PredSpan[] | undefined): void {
    notes++;
    const text = doc.text;
    const L = text.length;
    const gAll = doc.spans ?? [];
    const gIgn = gAll.filter(isIgnored);
    const g = gAll.filter((s) => !isIgnored(s));
    const pr = (predSpans ?? []).filter((s) => s.end > s.start);
    const cov = coverage(pr, L);
    const gcov = coverage(g, L);

    for (const s of g) {
      const r = row(keyOf(s));
      const t = row('ALL');
      r.goldSpans++;
      t.goldSpans++;
      if (pr.some((q) => q.start === s.start && q.end === s.end)) {
        r.exact++;
        t.exact++;
      }
      if (pr.some((q) => overlaps(q, s))) {
        r.overlap++;
        t.overlap++;
      }
    }
    for (const q of pr) {
      if (g.some((s) => overlaps(q, s))) {
        p.predSpans++;
        p.predSpansTP++;
      } else if (gIgn.some((s) => overlaps(q, s))) p.predSpansIgnored++;
      else {
        p.predSpans++;
        if (fps.length < MAX_KEPT) fps.push({ id: doc.id, text: text.slice(q.start, q.end) });
      }
    }

    for (const m of text.matchAll(TOKEN)) {
      const a = m.index;
      const b = a + m[0].length;
      const tk = { start: a, end: b };
      const gs = g.find((s) => overlaps(s, tk));
      const ign = !gs && gIgn.some((s) => overlaps(s, tk));
      // Recall looks only at the token's characters inside gold spans (a token such as "on10/14/82" is
      // only partly PHI); precision looks at any overlap of the token with a prediction.
      let full = true;
      let any = false;
      let anyP = false;
      for (let i = a; i < b; i++) {
        if (cov[i]) anyP = true;
        if (gs && gcov[i]) {
          if (cov[i]) any = true;
          else full = false;
        }
      }
      if (ign) {
        if (anyP) p.predTokensIgnored++;
        continue;
      }
      if (gs) {
        const key = keyOf(gs);
        for (const x of [row(key), row('ALL')]) {
          x.goldTokens++;
          if (full) x.tokensFull++;
          if (any) x.tokensAny++;
        }
        if (!full && misses.length < MAX_KEPT) {
          misses.push({ id: doc.id, type: key, token: m[0], context: text.slice(Math.max(0, a - 30), b + 30).replace(/\s+/g, ' ') });
        }
      }
      if (anyP) {
        p.predTokens++;
        if (gs) p.predTokensTP++;
      }
    }
  }

  function result(unknownPredIds = 0): ScoreResult {
    // Array.prototype.sort is stable, so ties keep first-seen order, as in the reference.
    const keys = [...rows.keys()].filter((k) => k !== 'ALL').sort((x, y) => rows.get(y)!.goldSpans - rows.get(x)!.goldSpans);
    const ordered = keys.map((k) => [k, { ...rows.get(k)! }] as const);
    const all = rows.get('ALL');
    if (all) ordered.push(['ALL', { ...all }]);
    return { by, ignore: [...ignore], notes, unknownPredIds, rows: ordered, precision: { ...p }, misses: [...misses], falsePositives: [...fps] };
  }

  return { add, result };
}

/**
 * Scores a whole corpus. Predictions are keyed by note id; a repeated id keeps its last spans, and ids
 * not in the gold set are counted in `unknownPredIds`.
 */
export function scoreCorpus(gold: Iterable<GoldDoc>, preds: Iterable<{ readonly id: string; readonly spans?: readonly PredSpan[] }>, options: ScoreOptions = {}): ScoreResult {
  const predById = new Map<string, readonly PredSpan[]>();
  for (const d of preds) predById.set(d.id, d.spans ?? []);
  const scorer = createScorer(options);
  const goldIds = new Set<string>();
  for (const doc of gold) {
    goldIds.add(doc.id);
    scorer.add(doc, predById.get(doc.id));
  }
  return scorer.result([...predById.keys()].filter((id) => !goldIds.has(id)).length);
}

function overlaps(a: PredSpan, b: PredSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function coverage(spans: readonly PredSpan[], length: number): Uint8Array {
  const cov = new Uint8Array(length + 1);
  for (const s of spans) for (let i = Math.max(0, s.start); i < Math.min(length, s.end); i++) cov[i] = 1;
  return cov;
}
