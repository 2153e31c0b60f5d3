// Splits a stream of text into pieces that can be de-identified one at a time, so a large file never
// has to be in memory at once. Cuts fall where an identifier is least likely to straddle them: at a
// blank line, else at a line end, else at whitespace, and only for text with none of those, at the
// size limit (never inside a UTF-16 surrogate pair).

export const DEFAULT_MAX_CHUNK = 64 * 1024;

export class TextChunker {
  private buffer = '';

  /** `maxChunk` is in UTF-16 code units; pieces are at most this long. */
  constructor(private readonly maxChunk = DEFAULT_MAX_CHUNK) {
    if (!(maxChunk >= 2)) throw new RangeError('maxChunk must be at least 2');
  }

  /** Adds text; returns the pieces that are complete (possibly none). */
  push(text: string): string[] {
    this.buffer += text;
    const out: string[] = [];
    while (this.buffer.length > this.maxChunk) {
      const cut = findCut(this.buffer, this.maxChunk);
      out.push(this.buffer.slice(0, cut));
      this.buffer = this.buffer.slice(cut);
    }
    return out;
  }

  /** The rest, at end of input. */
  end(): string[] {
    const rest = this.buffer;
    this.buffer = '';
    return rest.length > 0 ? [rest] : [];
  }
}

/** Where to cut `text` (longer than `max`): the end of the chosen separator, in (0, max]. */
export function findCut(text: string, max: number): number {
  const window = text.slice(0, max);
  const blank = lastBlankLine(window);
  if (blank > 0) return blank;
  const newline = window.lastIndexOf('\n');
  if (newline >= 0) return newline + 1;
  const space = lastWhitespace(window);
  if (space > 0) return space;
  // No separator at all: cut at the limit, stepping back if that would split a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** The offset just after the last blank line ("\n\n", optionally with spaces or \r between), or -1. */
function lastBlankLine(window: string): number {
  let end = window.length;
  for (;;) {
    const nl = window.lastIndexOf('\n', end - 1);
    if (nl <= 0) return -1;
    // Walk back over spaces, tabs and \r to the previous line end.
    let i = nl - 1;
    while (i >= 0 && (window[i] === ' ' || window[i] === '\t' || window[i] === '\r')) i--;
    if (i >= 0 && window[i] === '\n') return nl + 1;
    end = nl;
  }
}

function lastWhitespace(window: string): number {
  for (let i = window.length - 1; i > 0; i--) {
    const c = window.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return i + 1;
  }
  return -1;
}
