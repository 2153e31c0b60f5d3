// Surrogate dates: a keyed random date of the same precision and format. A full date keeps its year
// (Safe Harbor permits the year) and gets another day of that year; the same date in any format
// maps to the same surrogate date under one key.
import { addDays, daysFromCivil, isLeapYear, type CivilDate } from './date-math.js';
import { parseDate, renderDate, type ParsedDate } from './date-parse.js';
import { KeyedDraw, type TransformKey } from './keyed.js';

function canonical(p: ParsedDate): string {
  const mm = String(p.month).padStart(2, '0');
  const dd = String(p.day).padStart(2, '0');
  switch (p.precision) {
    case 'ymd':
      return `${p.year}-${mm}-${dd}`;
    case 'ym':
      return `${p.year}-${mm}`;
    case 'md':
      return `--${mm}-${dd}`;
    case 'm':
      return `--${mm}`;
    case 'y':
      return `${p.year}`;
    case 'w':
      return `w${p.day}`;
  }
}

function drawDate(p: ParsedDate, draw: KeyedDraw): CivilDate {
  switch (p.precision) {
    case 'ymd':
    case 'md': {
      const year = p.year; // 2000 (leap) for month-day dates
      const start = { year, month: 1, day: 1 };
      const original = daysFromCivil(p) - daysFromCivil(start);
      const size = isLeapYear(year) ? 366 : 365;
      const offset = (original + 1 + draw.int(size - 1)) % size; // any other day of the year
      return addDays(start, offset);
    }
    case 'ym':
    case 'm':
      return { year: p.year, month: ((p.month + draw.int(11)) % 12) + 1, day: 1 };
    case 'w':
      return { year: p.year, month: 1, day: 2 + ((p.day - 2 + 1 + draw.int(6)) % 7) };
    case 'y': {
      const delta = draw.range(1, 10) * (draw.int(2) === 0 ? -1 : 1);
      return { year: p.year + delta, month: 1, day: 1 };
    }
  }
}

/**
 * A surrogate for a date span. Unparseable text (a holiday name, a range) becomes a keyed MM/DD/YYYY
 * date, keeping a four-digit year if the text had one.
 */
export function surrogateDate(text: string, key: TransformKey, attempt = 0): string {
  const parsed = parseDate(text);
  if (parsed) {
    const draw = new KeyedDraw(key, 'surrogate/date', canonical(parsed), String(attempt));
    return renderDate(parsed, drawDate(parsed, draw));
  }
  const draw = new KeyedDraw(key, 'surrogate/date-text', text.toLowerCase().replace(/\s+/g, ' ').trim(), String(attempt));
  const yearMatch = /\b(1[89]\d\d|20\d\d)\b/.exec(text);
  const year = yearMatch ? Number(yearMatch[1]) : draw.range(1950, 2020);
  const date = addDays({ year, month: 1, day: 1 }, draw.int(isLeapYear(year) ? 366 : 365));
  const out = `${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}/${date.year}`;
  return out === text ? `${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}/${date.year + 1}` : out;
}
