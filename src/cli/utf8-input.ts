// Decodes an input byte stream as strict UTF-8, piece by piece, and refuses binary data (NUL bytes).
// Errors say which line of which input is at fault, and never quote the bytes.
import { PhigateError } from '../errors.js';

/** Byte offset of the first byte that is not valid UTF-8 in `bytes`, or -1. An unfinished sequence at the end counts only if `final`. */
export function firstInvalidUtf8(bytes: Uint8Array, final: boolean): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlongs
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let lines = 0;
  let at = bytes.indexOf(0x0a);
  while (at >= 0 && at < end) {
    lines++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return lines;
}

/** Up to 3 trailing bytes that start an unfinished UTF-8 sequence (TextDecoder holds them back). */
function unfinishedTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return bytes.subarray(bytes.length);
    if (b >= 0xc0) {
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return len > back ? bytes.subarray(bytes.length - back) : bytes.subarray(bytes.length);
    }
  }
  return bytes.subarray(bytes.length);
}

/**
 * Yields the text of `source` as it arrives. Throws PHIGATE_INVALID_UTF8 or PHIGATE_BINARY_INPUT naming
 * `name` and the 1-based line; text already yielded stays valid.
 */
export async function* decodeUtf8(source: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let line = 1;
  let tail: Uint8Array = new Uint8Array(0);
  for await (const chunk of source) {
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw binaryError(name, line + countNewlines(chunk, nul));
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const joined = Buffer.concat([tail, chunk]);
      const bad = Math.max(0, firstInvalidUtf8(joined, false) - tail.length);
      throw utf8Error(name, line + countNewlines(chunk, bad));
    }
    line += countNewlines(chunk, chunk.length);
    const last3 = chunk.length >= 3 ? chunk.subarray(-3) : Buffer.concat([tail, chunk]).subarray(-3);
    tail = Uint8Array.from(unfinishedTail(last3));
    if (text.length > 0) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw utf8Error(name, line);
  }
  if (rest.length > 0) yield rest;
}

/** Decodes one complete piece (a JSONL line); throws the same errors, for the given line number. */
export function decodeUtf8Line(bytes: Uint8Array, name: string, line: number): string {
  if (bytes.indexOf(0) >= 0) throw binaryError(name, line);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: line !== 1 }).decode(bytes);
  } catch {
    throw utf8Error(name, line);
  }
}

function utf8Error(name: string, line: number): PhigateError {
  return new PhigateError('PHIGATE_INVALID_UTF8', `${name}:${line}: not valid UTF-8`, { details: { input: name, line } });
}

function binaryError(name: string, line: number): PhigateError {
  return new PhigateError('PHIGATE_BINARY_INPUT', `${name}:${line}: binary data (NUL byte); only text is accepted`, { details: { input: name, line } });
}
