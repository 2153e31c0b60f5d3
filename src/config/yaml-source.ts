// Reads YAML into plain data while keeping the source positions, so that a schema error found on the
// data can be reported at the line and column where the offending field is written.
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface YamlProblem extends Position {
  readonly message: string;
}

export interface YamlSource {
  readonly data: unknown;
  /** Where the value at `path` is written; for a missing field, its nearest written parent. */
  locate(path: readonly PropertyKey[], keyOf?: string): Position;
}

const START: Position = { line: 1, col: 1 };

/** Parses YAML 1.2 (core schema, unique keys, few aliases). Returns problems instead of throwing. */
export function readYaml(text: string): { ok: true; source: YamlSource } | { ok: false; problems: YamlProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core' });
  const at = (offset: number): Position => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    // yaml's messages describe structure (indentation, duplicate keys), not the scalar values.
    return { ok: false, problems: doc.errors.map((e) => ({ ...at(e.pos[0]), message: e.message })) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch {
    return { ok: false, problems: [{ ...START, message: 'too many YAML aliases' }] };
  }
  return { ok: true, source: { data: data ?? {}, locate: (path, keyOf) => locate(doc, at, path, keyOf) } };
}

function locate(doc: Document, at: (offset: number) => Position, path: readonly PropertyKey[], keyOf?: string): Position {
  let node: unknown = doc.contents;
  let best = rangeStart(node);
  const segments = keyOf === undefined ? path : [...path, keyOf];
  for (const [i, seg] of segments.entries()) {
    const isLast = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) break;
      // An unknown key is reported where the key is written; any other field where its value is.
      const keyStart = rangeStart(pair.key);
      if (isLast && keyOf !== undefined) return keyStart === undefined ? at(best ?? 0) : at(keyStart);
      node = pair.value;
      best = rangeStart(node) ?? keyStart ?? best;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) break;
      best = rangeStart(node) ?? best;
    } else break;
  }
  return best === undefined ? START : at(best);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}
