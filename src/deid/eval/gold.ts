// Reads JSONL lines: any line as a JSON object, and a gold corpus line
// (`{"id","text","spans":[{"start","end","type","label"?}]}`) as a checked GoldDoc. Errors never quote the text.
import { PhigateError } from '../../errors.js';
import type { GoldDoc, GoldSpan } from './score.js';

/** One JSONL line as an object. Throws PHIGATE_MALFORMED_JSON / PHIGATE_BAD_INPUT, never quoting the line. */
export function parseJsonObject(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // JSON.parse's own message quotes the input, so it is not passed on.
    throw new PhigateError('PHIGATE_MALFORMED_JSON', 'not valid JSON');
  }
  if (!isRecord(value)) throw new PhigateError('PHIGATE_BAD_INPUT', 'expected a JSON object');
  return value;
}

/** Throws PHIGATE_MALFORMED_JSON / PHIGATE_BAD_INPUT with a message that holds no input text. */
export function parseGoldLine(line: string): GoldDoc {
  const { id, text, spans } = parseJsonObject(line);
  if (typeof id !== 'string' && typeof id !== 'number') throw new PhigateError('PHIGATE_BAD_INPUT', 'missing "id" (string or number)');
  if (typeof text !== 'string') throw new PhigateError('PHIGATE_BAD_INPUT', 'missing "text" (string)');
  if (spans !== undefined && spans !== null && !Array.isArray(spans)) throw new PhigateError('PHIGATE_BAD_INPUT', '"spans" must be an array');
  const out: GoldSpan[] = [];
  for (const [i, s] of (spans ?? []).entries()) {
    if (!isRecord(s) || !Number.isInteger(s.start) || !Number.isInteger(s.end) || typeof s.type !== 'string') {
      throw new PhigateError('PHIGATE_BAD_INPUT', `spans[${i}] needs integer "start", "end" and a string "type"`);
    }
    out.push(typeof s.label === 'string' ? { start: s.start as number, end: s.end as number, type: s.type, label: s.label } : { start: s.start as number, end: s.end as number, type: s.type });
  }
  return { id: String(id), text, spans: out };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
