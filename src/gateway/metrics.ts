// Prometheus metrics in the text exposition format, without a client library: counters and one latency
// histogram. Label values are codes from the config and the error table only (action, status, error
// code, model, vendor, identifier type), never request content, so nothing here can carry PHI.
type Labels = Readonly<Record<string, string>>;

const BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

function renderKey(labels: Labels): string {
  return Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}="${v.replace(/[\\"\n]/g, '_')}"`)
    .join(',');
}

// Every request counts under a few label sets out of a small fixed number (codes only, see above): each
// set is rendered once, not sorted and escaped again per request.
const rendered = new Map<string, string>();
const MAX_RENDERED = 10_000;

function key(labels: Labels): string {
  let raw = '';
  for (const k in labels) raw += `${k}\u0000${labels[k] as string}\u0001`;
  let out = rendered.get(raw);
  if (out === undefined) {
    out = renderKey(labels);
    if (rendered.size < MAX_RENDERED) rendered.set(raw, out);
  }
  return out;
}

export const REQUESTS_HELP = 'Requests by action, HTTP status and phigate error code.';
export const UNRESOLVED_HELP = "Tokens in answers that are none of the caller's conversation (left as written), by action.";

export class Metrics {
  readonly #counters = new Map<string, { help: string; values: Map<string, number> }>();
  readonly #hist = new Map<string, { counts: number[]; sum: number; count: number }>();

  inc(name: string, help: string, labels: Labels, by = 1): void {
    let c = this.#counters.get(name);
    if (!c) this.#counters.set(name, (c = { help, values: new Map() }));
    const k = key(labels);
    c.values.set(k, (c.values.get(k) ?? 0) + by);
  }

  observeDuration(labels: Labels, seconds: number): void {
    const k = key(labels);
    let h = this.#hist.get(k);
    if (!h) this.#hist.set(k, (h = { counts: BUCKETS_S.map(() => 0), sum: 0, count: 0 }));
    const counts = h.counts;
    for (let i = 0; i < BUCKETS_S.length; i++) if (seconds <= (BUCKETS_S[i] as number)) counts[i] = (counts[i] ?? 0) + 1;
    h.sum += seconds;
    h.count++;
  }

  render(extra: Readonly<Record<string, number>> = {}): string {
    const out: string[] = [];
    for (const [name, c] of this.#counters) {
      out.push(`# HELP ${name} ${c.help}`, `# TYPE ${name} counter`);
      for (const [k, v] of c.values) out.push(`${name}{${k}} ${v}`);
    }
    const h = 'phigate_request_duration_seconds';
    out.push(`# HELP ${h} Time from request to response head (streams: to the first byte).`, `# TYPE ${h} histogram`);
    for (const [k, v] of this.#hist) {
      BUCKETS_S.forEach((b, i) => out.push(`${h}_bucket{${k}${k ? ',' : ''}le="${b}"} ${v.counts[i]}`));
      out.push(`${h}_bucket{${k}${k ? ',' : ''}le="+Inf"} ${v.count}`, `${h}_sum{${k}} ${v.sum}`, `${h}_count{${k}} ${v.count}`);
    }
    for (const [name, v] of Object.entries(extra)) out.push(`# TYPE ${name} gauge`, `${name} ${v}`);
    return `${out.join('\n')}\n`;
  }
}
