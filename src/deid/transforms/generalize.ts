// Safe Harbor generalisation: ages over 89 -> "90+", ZIP -> its three-digit area ("021**", or "000**"
// for the 17 areas under 20,000 people), dates -> the year. Other types have no coarser form: undefined
// tells the caller to fall back to a tag.
import type { EntityType } from '../types.js';
import { parseDate } from './date-parse.js';
import { RESTRICTED_ZIP3 } from './surrogate-numbers.js';

/**
 * "021**": the digits HHS allows, then one star per dropped digit, so the width shows it was a ZIP. Only a span that
 * is a ZIP and nothing else: what else it held ("Akron, OH 44368") would be kept in clear, so that falls back to a tag.
 */
function generalizeZip(value: string): string | undefined {
  const m = /^([ \t]*)(\d{5})(?:-\d{4})?[ \t]*$/.exec(value);
  if (!m) return undefined;
  const zip3 = (m[2] as string).slice(0, 3);
  const area = RESTRICTED_ZIP3.has(zip3) ? '000' : zip3;
  return `${m[1] as string}${area}**`;
}

/**
 * "92" -> "90+", "92-year-old" -> "90+-year-old". Ages under 90 are not identifiers and are kept
 * (the AGE type is meant for ages over 89 only); a span without digits becomes "90+".
 */
function generalizeAge(value: string): string {
  const m = /\d{1,3}/.exec(value);
  if (!m) return '90+';
  if (Number(m[0]) < 90) return value;
  return value.slice(0, m.index) + '90+' + value.slice(m.index + m[0].length);
}

/** The year as a four-digit number, or "'50" for a two-digit year (no century is guessed). */
function generalizeDate(value: string): string | undefined {
  const parsed = parseDate(value);
  if (!parsed || !parsed.precision.includes('y')) return undefined;
  const twoDigit = parsed.parts.some((p) => p.kind === 'year' && p.digits === 2);
  return twoDigit ? `'${String(parsed.year % 100).padStart(2, '0')}` : String(parsed.year);
}

export function generalize(type: EntityType, value: string): string | undefined {
  switch (type) {
    case 'AGE':
      return generalizeAge(value);
    case 'ZIP':
      return generalizeZip(value);
    case 'DATE':
      return generalizeDate(value);
    default:
      return undefined;
  }
}
