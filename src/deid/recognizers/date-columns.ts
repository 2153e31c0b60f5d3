// Round 128: a census or day sheet printed as space-aligned columns under a header row ("RM-BED  NAME  AGE  ATTENDING
// ADM"), whose date column holds bare month-days ("11/27") with no cue beside them. A bare "11/27" could be a ratio or
// a score; standing under a date's column header, aligned with it, it is the admission's or the visit's date.
import type { Token } from '../text/tokens.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';

const ID = 'date-column';
/** Headers of a date's column, as census and schedule printouts abbreviate them. */
const DATE_HEADERS = ['adm', 'admit', 'admitted', 'doa', 'dos', 'dob', 'date', 'disch', 'dc'];
const DATE_HEADER_SET = new Set(DATE_HEADERS);
/** A header row parts three columns or more by two blanks or a tab. */
const HEADER_GAPS = /[^ \t\n](?:[ \t]{2,}|\t)(?=[^ \t\n])/g;
/** A month-day, maybe with its year, alone in a cell. */
const CELL_DATE = /(?<![^ \t])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?:\/(?:\d{2}|\d{4}))?(?![^ \t\r])/g;
/** How far a cell may start from its header's column, and how many rows a table reads. */
const SLACK = 3;
const MAX_ROWS = 80;

/** A printout's line is short: reading at most this much of one keeps a long line with many headers linear. */
const MAX_LINE = 240;

/** The bounds of the line holding `at`, when the line is no longer than a printout's. */
function lineBounds(text: string, at: number): [number, number] | undefined {
  const lo = Math.max(0, at - MAX_LINE);
  const back = text.slice(lo, at).lastIndexOf('\n');
  if (back < 0 && lo > 0) return undefined;
  const start = back < 0 ? 0 : lo + back + 1;
  const ahead = text.slice(at, start + MAX_LINE + 1);
  const nl = ahead.indexOf('\n');
  if (nl < 0 && start + MAX_LINE + 1 < text.length) return undefined;
  return [start, nl < 0 ? text.length : at + nl];
}

function findColumnDates(doc: DocumentView): Candidate[] {
  const { text, tokens } = doc;
  const out: Candidate[] = [];
  for (const header of DATE_HEADERS) {
    for (const i of doc.wordIndex.get(header) ?? []) {
      const t = tokens[i] as Token;
      // A header is written in capitals or capitalised, not a sentence's "date".
      if (!(t.upper || t.capitalized) || !DATE_HEADER_SET.has(t.lower)) continue;
      const bounds = lineBounds(text, t.start);
      if (bounds === undefined) continue;
      const [start, end] = bounds;
      const line = text.slice(start, end);
      if ((line.match(HEADER_GAPS) ?? []).length < 2 || /\d/.test(line)) continue;
      // The header stands alone in its cell: blanks or the line's ends on both sides.
      const col = t.start - start;
      if ((col > 0 && !/[ \t]{2}$|^[ \t]*$/.test(line.slice(0, col))) || !/^(?:[ \t]{2}|[ \t]*$)/.test(line.slice(t.end - start))) continue;
      let from = end + 1;
      for (let rows = 0; from < text.length && rows < MAX_ROWS; rows++) {
        // Rows as short as a printout's: a longer line ends the table.
        const window = text.slice(from, from + MAX_LINE + 1);
        const nl = window.indexOf('\n');
        if (nl < 0 && from + MAX_LINE + 1 < text.length) break;
        const row = nl < 0 ? window : window.slice(0, nl);
        if (row.trim() === '') break;
        for (const m of row.matchAll(CELL_DATE)) {
          const at = m.index as number;
          if (Math.abs(at - col) <= SLACK) out.push(candidate(from + at, from + at + m[0].length, 'DATE', 0.75, ID, { kind: 'context', detail: 'date-column' }));
        }
        if (nl < 0) break;
        from += nl + 1;
      }
    }
  }
  return out;
}

export const DATE_COLUMN_RECOGNIZER: Recognizer = { id: ID, types: ['DATE'], indexWords: DATE_HEADERS, needs: { words: DATE_HEADERS }, find: findColumnDates };
