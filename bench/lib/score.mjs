// Token and span scoring for de-identification, computed exactly as ../shared/tools/score-deid.mjs does
// (the corpora's reference scorer), but incrementally: notes are added one by one and the state is a
// plain object of counters, so a child process can stream 50 MB of notes and hand back its figures.
// The project's own scorer (dist/deid/eval, src/deid/eval/score.ts) is used when the build has it, one
// note at a time so its kept lists of misses never grow; the local `scoreNote` below is the fallback for
// builds without it. Both are cross-checked against the reference script on the dev corpora each run.
//
// Matching is type-agnostic: a gold identifier counts as caught whatever type the engine gave it.
//  token recall    : tokens are [A-Za-z0-9]+ runs; a token overlapping a gold span is caught iff every
//                    character of it inside a gold span is covered by predicted spans.
//  token precision : of the tokens touching a predicted span, the share that overlap a gold span.
//  span overlap    : a gold span is found iff any predicted span overlaps it.
// Gold spans whose type or label is in `ignore` count neither as hits nor as false positives.

const TOK = /[A-Za-z0-9]+/g;

export function emptyCounts() {
  return { notes: 0, rows: {}, pSpans: 0, pSpansTP: 0, pSpansIgnored: 0, pTok: 0, pTokTP: 0, pTokIgnored: 0 };
}

function row(c, k) {
  return (c.rows[k] ??= { gSpans: 0, exact: 0, overlap: 0, gTok: 0, tokFull: 0, tokAny: 0 });
}

/** Adds one note: `gold` is {text, spans}, `pred` a list of {start, end}. Mutates and returns `c`. */
export function scoreNote(c, gold, pred, ignore = new Set()) {
  const text = gold.text, L = text.length;
  const gAll = gold.spans ?? [];
  const isIgn = (s) => ignore.has(s.label) || ignore.has(s.type);
  const g = gAll.filter((s) => !isIgn(s));
  const gIgn = gAll.filter(isIgn);
  const p = pred.filter((s) => s.end > s.start);
  c.notes++;
  const cov = new Uint8Array(L + 1);
  for (const s of p) cov.fill(1, Math.max(0, s.start), Math.max(0, Math.min(L, s.end)));
  const gcov = new Uint8Array(L + 1);
  // first gold span (in file order) covering each character, as the reference's g.find() picks it
  const gFirst = new Int32Array(L + 1).fill(-1);
  g.forEach((s, idx) => {
    for (let i = Math.max(0, s.start); i < Math.min(L, s.end); i++) {
      gcov[i] = 1;
      if (gFirst[i] < 0) gFirst[i] = idx;
    }
  });
  const icov = new Uint8Array(L + 1);
  for (const s of gIgn) icov.fill(1, Math.max(0, s.start), Math.max(0, Math.min(L, s.end)));
  const ov = (a, b) => a.start < b.end && b.start < a.end;

  for (const s of g) {
    const r = row(c, s.type), t = row(c, 'ALL');
    r.gSpans++; t.gSpans++;
    if (p.some((q) => q.start === s.start && q.end === s.end)) { r.exact++; t.exact++; }
    if (p.some((q) => ov(q, s))) { r.overlap++; t.overlap++; }
  }
  for (const q of p) {
    if (g.some((s) => ov(q, s))) { c.pSpans++; c.pSpansTP++; }
    else if (gIgn.some((s) => ov(q, s))) c.pSpansIgnored++;
    else c.pSpans++;
  }

  TOK.lastIndex = 0;
  let m;
  while ((m = TOK.exec(text))) {
    const a = m.index, b = a + m[0].length;
    let gi = -1, inIgn = false, full = true, any = false, anyP = false;
    for (let i = a; i < b; i++) {
      if (gFirst[i] >= 0 && (gi < 0 || gFirst[i] < gi)) gi = gFirst[i];
      if (icov[i]) inIgn = true;
      if (cov[i]) anyP = true;
      if (gcov[i]) { if (cov[i]) any = true; else full = false; }
    }
    if (gi < 0 && inIgn) { if (anyP) c.pTokIgnored++; continue; }
    if (gi >= 0) {
      const r = row(c, g[gi].type), t = row(c, 'ALL');
      r.gTok++; t.gTok++;
      if (full) { r.tokFull++; t.tokFull++; }
      if (any) { r.tokAny++; t.tokAny++; }
    }
    if (anyP) { c.pTok++; if (gi >= 0) c.pTokTP++; }
  }
  return c;
}

/**
 * The per-note scoring function for this run: the project's scorer from `distDir` when present, else the
 * local one. Returns { name, scoreNote(counts, gold, pred, ignore) } with the same counter shape.
 */
export async function loadNoteScorer(distDir) {
  let mod = null;
  try {
    const { pathToFileURL } = await import('node:url');
    const { join } = await import('node:path');
    mod = await import(pathToFileURL(join(distDir, 'deid', 'eval', 'index.js')).href);
  } catch {
    mod = null;
  }
  if (!mod || typeof mod.createScorer !== 'function') return { name: 'bench/lib/score.mjs (local)', scoreNote };
  return {
    name: 'phigate dist/deid/eval createScorer',
    scoreNote(c, gold, pred, ignore) {
      const scorer = mod.createScorer({ ignore });
      scorer.add(gold, pred);
      const r = scorer.result();
      c.notes++;
      for (const [k, x] of r.rows) {
        const to = row(c, k);
        to.gSpans += x.goldSpans; to.exact += x.exact; to.overlap += x.overlap;
        to.gTok += x.goldTokens; to.tokFull += x.tokensFull; to.tokAny += x.tokensAny;
      }
      const p = r.precision;
      c.pSpans += p.predSpans; c.pSpansTP += p.predSpansTP; c.pSpansIgnored += p.predSpansIgnored;
      c.pTok += p.predTokens; c.pTokTP += p.predTokensTP; c.pTokIgnored += p.predTokensIgnored;
      return c;
    },
  };
}

/** The headline figures (fractions 0..1, or null when there is nothing to divide by). */
export function summarize(c) {
  const A = c.rows.ALL ?? { gSpans: 0, exact: 0, overlap: 0, gTok: 0, tokFull: 0, tokAny: 0 };
  const div = (a, b) => (b ? a / b : null);
  const f1 = (p, r) => (p === null || r === null ? null : p + r ? (2 * p * r) / (p + r) : 0);
  const tokenRecall = div(A.tokFull, A.gTok), tokenPrecision = div(c.pTokTP, c.pTok);
  const byType = {};
  for (const [k, r] of Object.entries(c.rows)) {
    if (k !== 'ALL') byType[k] = { goldSpans: r.gSpans, goldTokens: r.gTok, tokenRecall: div(r.tokFull, r.gTok), spanOverlapRecall: div(r.overlap, r.gSpans) };
  }
  return {
    notes: c.notes, goldSpans: A.gSpans, goldTokens: A.gTok, predTokens: c.pTok,
    tokenRecall, tokenRecallAnyOverlap: div(A.tokAny, A.gTok), tokenPrecision, tokenF1: f1(tokenPrecision, tokenRecall),
    spanOverlapRecall: div(A.overlap, A.gSpans), spanExactRecall: div(A.exact, A.gSpans), spanOverlapPrecision: div(c.pSpansTP, c.pSpans),
    byType,
  };
}
