// Surrogates for numbers and codes: phones, SSNs, ZIP codes, ages and record/account/licence ids.
// Shape is kept (separators, length, character classes); ranges are chosen so a surrogate can never
// be a real number where a reserved range exists (555-01xx phones, 9xx SSNs, Luhn-failing cards).
import { KeyedDraw, type TransformKey } from './keyed.js';

/** ZIP3 areas of under 20,000 people (HHS Safe Harbor guidance, 2000 Census). */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884',
  '890', '893',
]);

/** Writes `digits` into the digit positions of `shape`, keeping every other character. */
function fillDigits(shape: string, digits: string): string {
  let i = 0;
  return shape.replace(/\d/g, () => digits[i++] ?? '0');
}

function randomDigits(draw: KeyedDraw, count: number, firstNonZero: boolean): string {
  let out = '';
  for (let i = 0; i < count; i++) out += draw.digit(i === 0 && firstNonZero);
  return out;
}

/** North American numbers become NPA-555-01XX (reserved for fiction); others keep only their shape. */
export function surrogatePhone(value: string, key: TransformKey, attempt = 0): string {
  const main = (/^[^\p{L}]*/u.exec(value)?.[0] ?? '').replace(/\D/g, ''); // digits before "x", "ext"
  const all = value.replace(/\D/g, '');
  const draw = new KeyedDraw(key, 'surrogate/phone', all, String(attempt));
  const nanp = main.length === 10 || (main.length === 11 && main.startsWith('1'));
  for (;;) {
    let digits: string;
    if (nanp) {
      // Area codes are [2-9][0-8][0-9] and never N11 (service codes).
      let npa = '211';
      while (npa.endsWith('11')) npa = `${draw.range(2, 9)}${draw.range(0, 8)}${draw.digit()}`;
      digits = (main.length === 11 ? '1' : '') + npa + '55501' + randomDigits(draw, 2, false);
      digits += randomDigits(draw, all.length - main.length, false);
    } else digits = randomDigits(draw, all.length, all[0] !== '0');
    const out = fillDigits(value, digits);
    if (out !== value || all.length === 0) return out;
  }
}

/** Area 900-999 with group 01-49: neither a valid SSN nor a valid ITIN, so never a real number. */
export function surrogateSsn(value: string, key: TransformKey, attempt = 0): string {
  const digits = value.replace(/\D/g, '');
  const draw = new KeyedDraw(key, 'surrogate/ssn', digits, String(attempt));
  if (digits.length !== 9) return surrogateCode(value, key, attempt);
  const area = String(draw.range(900, 999));
  const group = String(draw.range(1, 49)).padStart(2, '0');
  const serial = String(draw.range(1, 9999)).padStart(4, '0');
  return fillDigits(value, area + group + serial);
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Same length and character classes (digit, upper, lower), separators kept. Keyed by the letters and
 * digits alone, upper-cased, so "123-456" and "123456" get matching surrogates. A card-like number
 * that passes Luhn gets a surrogate that fails it, so it can never be a real card.
 */
export function surrogateCode(value: string, key: TransformKey, attempt = 0): string {
  const normal = value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  const draw = new KeyedDraw(key, 'surrogate/code', normal, String(attempt));
  const digitsOnly = /^\d{12,19}$/.test(value.replace(/[\s-]/g, '')) && luhnValid(value.replace(/\D/g, ''));
  for (;;) {
    let first = true;
    let out = '';
    for (const ch of value) {
      if (/\d/.test(ch)) out += draw.digit(first && ch !== '0');
      else if (/\p{Lu}/u.test(ch)) out += draw.upper();
      else if (/\p{L}/u.test(ch)) out += draw.upper().toLowerCase();
      else if (/\p{N}/u.test(ch)) out += draw.digit();
      else {
        out += ch;
        continue;
      }
      first = false;
    }
    if (digitsOnly && luhnValid(out.replace(/\D/g, ''))) {
      const last = out.search(/\d(?=\D*$)/);
      out = out.slice(0, last) + String((Number(out[last]) + 1) % 10) + out.slice(last + 1);
    }
    if (out !== value || normal.length === 0) return out;
  }
}

/** Five digits (plus four when the original had them) with an unrestricted three-digit area. */
export function surrogateZip(value: string, key: TransformKey, attempt = 0): string {
  const digits = value.replace(/\D/g, '');
  const draw = new KeyedDraw(key, 'surrogate/zip', digits.slice(0, 5), String(attempt));
  // A postcode with letters ("M5V 2T6"), or a span holding more than a ZIP, is redrawn letter by letter too.
  if ((digits.length !== 5 && digits.length !== 9) || /\p{L}/u.test(value)) return surrogateCode(value, key, attempt);
  for (;;) {
    const zip3 = String(draw.range(10, 999)).padStart(3, '0');
    if (RESTRICTED_ZIP3.has(zip3)) continue;
    const zip = zip3 + randomDigits(draw, 2, false);
    if (zip === digits.slice(0, 5)) continue;
    return fillDigits(value, zip + randomDigits(draw, digits.length - 5, false));
  }
}

/** Ages over 89 stay over 89 (90-104); younger ages move a few years and stay under 90. */
export function surrogateAge(value: string, key: TransformKey, attempt = 0): string {
  const match = /\d{1,3}/.exec(value);
  const age = match ? Number(match[0]) : 90;
  const draw = new KeyedDraw(key, 'surrogate/age', String(age), String(attempt));
  let out = age;
  while (out === age) out = age >= 90 ? draw.range(90, 104) : draw.range(Math.max(0, age - 5), Math.min(89, age + 5));
  if (!match) return String(out);
  return value.slice(0, match.index) + String(out) + value.slice(match.index + match[0].length);
}
