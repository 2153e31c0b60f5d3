// Per-patient date shifting: one keyed offset per patient, applied to every date of that patient so
// intervals between them are kept, each date written back in its original format.
import { PhigateError } from '../../errors.js';
import { addDays } from './date-math.js';
import { parseDate, renderDate, type ParsedDate } from './date-parse.js';
import { KeyedDraw, type TransformKey } from './keyed.js';

export const DEFAULT_MAX_SHIFT_DAYS = 365;
export const MAX_SHIFT_DAYS_LIMIT = 36_500;

export function checkMaxDays(maxDays: number | undefined): number {
  const max = maxDays ?? DEFAULT_MAX_SHIFT_DAYS;
  if (!Number.isInteger(max) || max < 1 || max > MAX_SHIFT_DAYS_LIMIT) {
    throw new PhigateError(
      'PHIGATE_BAD_CONFIG',
      `date-shift maxDays must be an integer from 1 to ${MAX_SHIFT_DAYS_LIMIT}`,
    );
  }
  return max;
}

/** The patient's shift in days: keyed by patient id, uniform in [-maxDays, +maxDays], never 0. */
export function shiftDaysFor(key: TransformKey, patientId: string, maxDays = DEFAULT_MAX_SHIFT_DAYS): number {
  const max = checkMaxDays(maxDays);
  const n = new KeyedDraw(key, 'date-shift/v1', patientId, String(max)).int(2 * max); // 0 .. 2max-1
  return n < max ? n - max : n - max + 1; // -max..-1, then 1..max
}

/** Month offset for dates known only to the month: the day shift rounded, at least one month. */
function monthsFor(days: number): number {
  return Math.round(days / 30.436875) || Math.sign(days);
}

/** Moves a parsed date by `days`; dates without a day move by whole months, year-only dates by whole years. */
export function shiftParsed(parsed: ParsedDate, days: number): string {
  switch (parsed.precision) {
    case 'ymd':
    case 'md':
    case 'w':
      return renderDate(parsed, addDays(parsed, days));
    case 'ym':
    case 'm': {
      const index = parsed.year * 12 + (parsed.month - 1) + monthsFor(days);
      return renderDate(parsed, { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 });
    }
    case 'y':
      // A year alone is permitted under Safe Harbor; it moves only when the shift crosses a half year.
      return renderDate(parsed, { year: parsed.year + Math.round(days / 365.2425), month: 1, day: 1 });
  }
}

/**
 * The shifted date text, or undefined when callers should fall back to a surrogate: the text is not
 * a date we can parse, or the shift leaves it unchanged ("March 4th" moved by 365 days, "Friday" by
 * a whole number of weeks). A year alone may stay the same (see shiftParsed).
 */
export function shiftDateText(text: string, days: number): string | undefined {
  const parsed = parseDate(text);
  if (!parsed) return undefined;
  const out = shiftParsed(parsed, days);
  return out === text && parsed.precision !== 'y' ? undefined : out;
}
