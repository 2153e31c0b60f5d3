// Small numeric helpers for the bench: percentiles, medians, peak RSS, unit formatting.

/** Nearest-rank percentile (p in 0..100) of unsorted numbers. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const s = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export const median = (values) => percentile(values, 50);

/** Peak resident set size of this process in bytes (Linux VmHWM), or null elsewhere. */
export async function peakRssBytes() {
  try {
    const { readFileSync } = await import('node:fs');
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const MiB = 1024 * 1024;

export function fmtNum(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return '∞';
  const a = Math.abs(x);
  if (a > 0 && a < 0.01) return x.toPrecision(1);
  if (a >= 1000) return Math.round(x).toLocaleString('en-US');
  if (a >= 100) return x.toFixed(Math.max(0, digits - 2));
  if (a >= 10) return x.toFixed(Math.max(0, digits - 1));
  return x.toFixed(digits);
}
export const fmtPct = (x) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
export const fmtMs = (x) => (x === null || x === undefined ? '—' : x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${fmtNum(x)} ms`);
export const fmtRatio = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : `${fmtNum(x)}x`);
export const fmtBytes = (b) => (b >= MiB ? `${(b / MiB).toFixed(1)} MiB` : b >= 1024 ? `${(b / 1024).toFixed(1)} KiB` : `${b} B`);
