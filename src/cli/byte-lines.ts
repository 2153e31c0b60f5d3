// Splits a byte stream into lines (for JSONL) without decoding it first, so one bad line can be
// reported and skipped while the others go through. Memory is bounded by the longest allowed line.

export const DEFAULT_MAX_LINE = 64 * 1024 * 1024;

export type ByteLine =
  | { readonly line: number; readonly bytes: Uint8Array; readonly tooLong?: false }
  /** A line over the limit: its bytes were dropped as they came, only its number is kept. */
  | { readonly line: number; readonly tooLong: true };

/** Lines end at \n; a trailing \r is removed. The last line needs no \n. */
export async function* byteLines(source: AsyncIterable<Uint8Array>, maxLine = DEFAULT_MAX_LINE): AsyncGenerator<ByteLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  const finish = (): ByteLine => {
    if (tooLong) return { line, tooLong: true };
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    return { line, bytes };
  };
  for await (const chunk of source) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = chunk.subarray(from, nl < 0 ? chunk.length : nl);
      if (!tooLong) {
        if (size + piece.length > maxLine) {
          tooLong = true;
          parts = [];
        } else if (piece.length > 0) {
          parts.push(piece);
          size += piece.length;
        }
      }
      if (nl < 0) break;
      yield finish();
      parts = [];
      size = 0;
      tooLong = false;
      line++;
      from = nl + 1;
    }
  }
  if (size > 0 || tooLong) yield finish();
}
