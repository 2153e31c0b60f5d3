// Reads a date the way it was written (its "shape": which parts, their order, padding, spelling, case)
// so a shifted or surrogate date can be written back in exactly the same format.
import { applyCaseStyle, caseStyleOf, type CaseStyle } from './case-style.js';
import { daysInMonth, weekday, type CivilDate } from './date-math.js';

/** Which parts the text has; 'w' is a weekday alone ("Tuesday", "last Friday"). */
export type DatePrecision = 'ymd' | 'ym' | 'md' | 'y' | 'm' | 'w';

type Part =
  | { readonly kind: 'lit'; readonly text: string }
  | { readonly kind: 'year'; readonly digits: 2 | 4 }
  | { readonly kind: 'month-num'; readonly pad: boolean }
  | { readonly kind: 'month-name'; readonly abbr: boolean; readonly sept: boolean; readonly style: CaseStyle }
  | { readonly kind: 'day'; readonly pad: boolean }
  | { readonly kind: 'ordinal'; readonly style: CaseStyle }
  | { readonly kind: 'weekday'; readonly abbr: boolean; readonly style: CaseStyle }
  | { readonly kind: 'compact' };

/**
 * A parsed date: its values plus the shape to render new values with. Two-digit years pivot at 50.
 * A weekday alone is held as a day of the week 2000-01-02 (a Sunday) .. 2000-01-08.
 */
export interface ParsedDate {
  readonly precision: DatePrecision;
  readonly year: number; // 2000 (a leap year) when the text has no year
  readonly month: number; // 1 when the text has no month
  readonly day: number; // 1 when the text has no day
  readonly parts: readonly Part[];
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const FILLERS = new Set(['of', 'the', 'at', 'on', 't', 'last', 'next', 'this', 'past', 'coming', 'previous', 'following']);
const FIRST_SUNDAY = 2; // 2000-01-02 was a Sunday
const NO_YEAR = 2000; // a leap year, so "Feb 29" without a year is valid

// Times are kept verbatim (a time of day is not a Safe Harbor date element); everything else is split
// into digit runs, letter runs and the rest. Every branch is a single bounded or simple class: linear.
const TOKEN =
  /(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?)|(\d+)|(\p{L}+)|([^\d\p{L}]+)/gu;

interface Num {
  readonly index: number;
  readonly text: string;
  readonly value: number;
  ordinal: boolean;
  readonly afterApostrophe: boolean;
}

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((m) => m.toLowerCase() === w || (w.length === 3 && m.toLowerCase().startsWith(w)));
  return i < 0 ? undefined : i + 1;
}

function weekdayOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = WEEKDAYS.findIndex((d) => d.toLowerCase() === w || (w.length === 3 && d.toLowerCase().startsWith(w)));
  return i < 0 ? undefined : i;
}

type Roles = { year?: Num; month?: Num; day?: Num };

/** Which number is which, for dates with a month name ("4 Mar 1950", "March 4th", "Mar '50"). */
function rolesWithMonthName(nums: Num[]): Roles | undefined {
  const roles: Roles = {};
  const rest: Num[] = [];
  for (const n of nums) {
    if (n.text.length === 4 && !n.ordinal) {
      if (roles.year) return undefined;
      roles.year = n;
    } else if (n.ordinal) {
      if (roles.day) return undefined;
      roles.day = n;
    } else rest.push(n);
  }
  for (const n of rest) {
    if (n.text.length > 2) return undefined;
    if (!roles.day && !n.afterApostrophe && n.value >= 1 && n.value <= 31) roles.day = n;
    else if (!roles.year) roles.year = n;
    else return undefined;
  }
  return roles;
}

/** Which number is which, for all-numeric dates: US month-first unless impossible, or dotted (day-first). */
function rolesNumeric(nums: Num[], dotted: boolean): Roles | undefined {
  const [a, b, c] = nums;
  if (!a) return undefined;
  if (nums.length === 1) return a.text.length === 4 ? { year: a } : undefined;
  if (!b) return undefined;
  if (nums.length === 2) {
    if (a.text.length === 4 && b.text.length <= 2) return { year: a, month: b };
    if (a.text.length <= 2 && b.text.length === 4) return { month: a, year: b };
    if (a.text.length > 2 || b.text.length > 2) return undefined;
    if (dotted && b.value <= 12) return { day: a, month: b };
    if (a.value <= 12 && b.value <= 31) return { month: a, day: b };
    if (a.value <= 31 && b.value <= 12) return { day: a, month: b };
    return a.value <= 12 ? { month: a, year: b } : undefined;
  }
  if (!c || nums.length > 3) return undefined;
  if (a.text.length === 4 && b.text.length <= 2 && c.text.length <= 2) return { year: a, month: b, day: c };
  if (a.text.length > 2 || b.text.length > 2 || (c.text.length !== 2 && c.text.length !== 4)) return undefined;
  if ((dotted || a.value > 12) && b.value <= 12) return { day: a, month: b, year: c };
  return { month: a, day: b, year: c };
}

function fullYear(n: Num): number {
  if (n.text.length === 4) return n.value;
  return n.value < 50 ? 2000 + n.value : 1900 + n.value;
}

/** Parses a date span, or returns undefined when its shape is not one we can write back faithfully. */
export function parseDate(text: string): ParsedDate | undefined {
  if (text.length === 0 || text.length > 80) return undefined;
  const parts: Part[] = [];
  const nums: Num[] = [];
  let monthName: number | undefined;
  let weekdayIndex: number | undefined;
  let lastKind: 'num' | 'word' | 'other' = 'other';
  let prevText = '';
  for (const m of text.matchAll(TOKEN)) {
    const [tok, time, digits, letters] = m;
    if (time !== undefined) {
      parts.push({ kind: 'lit', text: tok });
      lastKind = 'other';
    } else if (digits !== undefined) {
      nums.push({ index: parts.length, text: digits, value: Number(digits), ordinal: false, afterApostrophe: /['’]$/.test(prevText) });
      parts.push({ kind: 'lit', text: digits }); // replaced by its role below
      lastKind = 'num';
    } else if (letters !== undefined) {
      const lower = letters.toLowerCase();
      const last = nums[nums.length - 1];
      if (lastKind === 'num' && last && ['st', 'nd', 'rd', 'th'].includes(lower)) {
        last.ordinal = true;
        parts.push({ kind: 'ordinal', style: caseStyleOf(letters) });
      } else if (monthOf(letters) !== undefined) {
        if (monthName !== undefined) return undefined;
        monthName = monthOf(letters);
        const full = MONTHS[(monthName as number) - 1] as string;
        // "May" is both; it counts as an abbreviation only in terse numeric-looking shapes (04-May-1950)
        const abbr = lower === 'may' ? /[-/]/.test(text) : lower.length < full.length;
        parts.push({ kind: 'month-name', abbr, sept: lower === 'sept', style: caseStyleOf(letters) });
      } else if (weekdayOf(letters) !== undefined) {
        if (weekdayIndex !== undefined) return undefined;
        weekdayIndex = weekdayOf(letters);
        parts.push({ kind: 'weekday', abbr: lower.length === 3, style: caseStyleOf(letters) });
      } else if (FILLERS.has(lower)) {
        parts.push({ kind: 'lit', text: letters });
      } else return undefined;
      lastKind = 'word';
    } else {
      parts.push({ kind: 'lit', text: tok });
      lastKind = 'other';
    }
    prevText = tok;
  }

  let roles: Roles | undefined;
  let compact = false;
  if (monthName !== undefined) roles = rolesWithMonthName(nums);
  else if (nums.length === 0) roles = {}; // a weekday alone, or nothing (refused below)
  else if (nums.length === 1 && nums[0]?.text.length === 8) compact = true;
  else roles = rolesNumeric(nums, nums.length > 1 && /^[^/-]*\.[^/-]*$/.test(text));

  let year: number | undefined;
  let month: number | undefined = monthName;
  let day: number | undefined;
  if (compact) {
    const t = (nums[0] as Num).text;
    [year, month, day] = [Number(t.slice(0, 4)), Number(t.slice(4, 6)), Number(t.slice(6, 8))];
    parts[(nums[0] as Num).index] = { kind: 'compact' };
  } else {
    if (!roles) return undefined;
    if (roles.year) {
      year = fullYear(roles.year);
      parts[roles.year.index] = { kind: 'year', digits: roles.year.text.length === 4 ? 4 : 2 };
    }
    // "04" is padded and "4" is not; "12" could be either: it follows its sibling ("03/12" pads, "3/12"
    // does not), else all-numeric dates pad (as ISO does) and dates with a month name don't ("May 12").
    const padOf = (n: Num | undefined): boolean | undefined =>
      n === undefined || (n.text.length === 2 && n.value >= 10) ? undefined : n.text.length === 2;
    const fallback = padOf(roles.month) ?? padOf(roles.day) ?? monthName === undefined;
    if (roles.month) {
      month = roles.month.value;
      parts[roles.month.index] = { kind: 'month-num', pad: padOf(roles.month) ?? fallback };
    }
    if (roles.day) {
      day = roles.day.value;
      parts[roles.day.index] = { kind: 'day', pad: padOf(roles.day) ?? fallback };
    }
    if (nums.some((n) => n !== roles?.year && n !== roles?.month && n !== roles?.day)) return undefined;
    if (nums.some((n) => n.ordinal && n !== roles?.day)) return undefined;
  }

  const precision: DatePrecision | undefined =
    year !== undefined
      ? month !== undefined
        ? day !== undefined ? 'ymd' : 'ym'
        : day === undefined ? 'y' : undefined
      : month !== undefined
        ? day !== undefined ? 'md' : 'm'
        : undefined;
  if (precision === undefined) {
    if (weekdayIndex === undefined || nums.length > 0) return undefined;
    return { precision: 'w', year: NO_YEAR, month: 1, day: FIRST_SUNDAY + weekdayIndex, parts };
  }
  // Beside other parts, a weekday is recomputed from the date, so it needs a full date.
  if (weekdayIndex !== undefined && precision !== 'ymd') return undefined;
  const y = year ?? NO_YEAR;
  const mo = month ?? 1;
  const d = day ?? 1;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return { precision, year: y, month: mo, day: d, parts };
}

function pad2(n: number, pad: boolean): string {
  return pad ? String(n).padStart(2, '0') : String(n);
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** Writes `date` in the shape of `parsed`. Parts the shape does not have are simply not written. */
export function renderDate(parsed: ParsedDate, date: CivilDate): string {
  let out = '';
  for (const part of parsed.parts) {
    switch (part.kind) {
      case 'lit':
        out += part.text;
        break;
      case 'year':
        out += part.digits === 4 ? String(date.year).padStart(4, '0') : String(date.year % 100).padStart(2, '0');
        break;
      case 'month-num':
        out += pad2(date.month, part.pad);
        break;
      case 'month-name': {
        const full = MONTHS[date.month - 1] as string;
        const name = !part.abbr ? full : part.sept && date.month === 9 ? 'Sept' : full.slice(0, 3);
        out += applyCaseStyle(part.style === 'lower' ? name.toLowerCase() : name, part.style);
        break;
      }
      case 'day':
        out += pad2(date.day, part.pad);
        break;
      case 'ordinal':
        out += applyCaseStyle(ordinalSuffix(date.day), part.style === 'upper' ? 'upper' : 'lower');
        break;
      case 'weekday': {
        const full = WEEKDAYS[weekday(date)] as string;
        const name = part.abbr ? full.slice(0, 3) : full;
        out += applyCaseStyle(part.style === 'lower' ? name.toLowerCase() : name, part.style);
        break;
      }
      case 'compact':
        out += String(date.year).padStart(4, '0') + pad2(date.month, true) + pad2(date.day, true);
        break;
    }
  }
  return out;
}
