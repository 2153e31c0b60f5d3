// The non-keyed transforms: redact (a fixed marker), tag (the fine type) and mask (shape-keeping).
import { PhigateError } from '../../errors.js';
import type { EntityType } from '../types.js';

export const REDACTED_MARKER = '[REDACTED]';

/** `[NAME]`, `[ZIP]`, `[FACILITY]`...: the fine type, so a reader knows what kind of value was there. */
export function tagFor(type: EntityType): string {
  return `[${type}]`;
}

export const DEFAULT_MASK_CHAR = '*';

/** A mask character must be one visible non-alphanumeric character, so masked text can't be misread. */
export function checkMaskChar(char: string | undefined): string {
  const c = char ?? DEFAULT_MASK_CHAR;
  if ([...c].length !== 1 || /[\p{L}\p{N}\s]/u.test(c)) {
    throw new PhigateError('PHIGATE_BAD_CONFIG', 'mask char must be a single character that is not a letter, digit or space');
  }
  return c;
}

export function checkKeepLast(keepLast: number | undefined): number {
  const n = keepLast ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > 64) {
    throw new PhigateError('PHIGATE_BAD_CONFIG', 'mask keepLast must be an integer from 0 to 64');
  }
  return n;
}

/**
 * Replaces letters and digits with `char`, keeping separators and spaces ("123-45-6789" ->
 * "***-**-6789" with keepLast 4). At most half of the letters and digits are ever kept, so a short
 * value is never shown whole. A span with no letters or digits has its other visible characters masked.
 */
export function mask(value: string, char = DEFAULT_MASK_CHAR, keepLast = 0): string {
  const chars = [...value];
  const isAlnum = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
  const maskable = chars.some(isAlnum) ? isAlnum : (c: string): boolean => !/\s/u.test(c);
  const total = chars.filter(maskable).length;
  const keep = Math.min(keepLast, Math.floor(total / 2));
  let seen = 0;
  return chars
    .map((c) => {
      if (!maskable(c)) return c;
      seen++;
      return seen > total - keep ? c : char;
    })
    .join('');
}
