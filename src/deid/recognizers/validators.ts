// Named pure validators for recognizers: checksums and range checks that turn a weak pattern match into
// a strong one, or drop it.
import type { ValidatorName } from '../types.js';

const digitsOf = (s: string): string => s.replace(/\D/g, '');

export function luhn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length < 8) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** NPI: 10 digits, Luhn over the number prefixed with 80840. */
export function npi(value: string): boolean {
  const d = digitsOf(value);
  return d.length === 10 && luhn(`80840${d}`);
}

/** SSN shape rules that hold for every issued number: no all-zero group, area not 666. */
export function ssn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9) return false;
  return d.slice(0, 3) !== '000' && d.slice(0, 3) !== '666' && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

export function abaRouting(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (w[i] ?? 0);
  return sum % 10 === 0;
}

export function iban(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const part = code >= 65 ? String(code - 55) : ch;
    for (const c of part) rem = (rem * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/** DEA registration: two letters, seven digits, check digit from the weighted sum. */
export function dea(value: string): boolean {
  const m = /^[A-Za-z]{2}(\d{7})$/.exec(value.trim());
  if (!m?.[1]) return false;
  const d = m[1];
  const n = (i: number): number => d.charCodeAt(i) - 48;
  const sum = n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5));
  return sum % 10 === n(6);
}

const VIN_VALUES: Record<string, number> = {};
'0123456789'.split('').forEach((c, i) => (VIN_VALUES[c] = i));
Object.entries({ A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }).forEach(
  ([k, v]) => (VIN_VALUES[k] = v),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North American VIN check digit (position 9). */
export function vin(value: string): boolean {
  const s = value.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VIN_VALUES[s[i] as string] ?? 0) * (VIN_WEIGHTS[i] ?? 0);
  const check = sum % 11;
  return s[8] === (check === 10 ? 'X' : String(check));
}

export const VALIDATORS: Readonly<Record<ValidatorName, (value: string) => boolean>> = {
  luhn,
  npi,
  ssn,
  'aba-routing': abaRouting,
  iban,
  dea,
  vin,
};
