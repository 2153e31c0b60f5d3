// fast-check generators for realistic identifiers of each type and documents built from them, for the
// transform property tests. Names come from a pool that is no part of the surrogate lists.
import fc from 'fast-check';
import type { EntityType, Finding } from '../../../src/deid/types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const civilDate: fc.Arbitrary<Civil> = fc
  .record({ year: fc.integer({ min: 1901, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

const p2 = (n: number): string => String(n).padStart(2, '0');

/** Full dates in the formats clinical text uses; every one carries day, month and four-digit year. */
export const DATE_FORMATS: readonly ((d: Civil) => string)[] = [
  (d) => `${p2(d.month)}/${p2(d.day)}/${d.year}`,
  (d) => `${d.month}/${d.day}/${d.year}`,
  (d) => `${d.year}-${p2(d.month)}-${p2(d.day)}`,
  (d) => `${d.day} ${MONTHS[d.month - 1]?.slice(0, 3)} ${d.year}`,
  (d) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  (d) => `${p2(d.day)}-${MONTHS[d.month - 1]?.slice(0, 3).toUpperCase()}-${d.year}`,
];

export const dateText: fc.Arbitrary<string> = fc
  .tuple(civilDate, fc.integer({ min: 0, max: DATE_FORMATS.length - 1 }))
  .map(([d, f]) => (DATE_FORMATS[f] as (d: Civil) => string)(d));

// Invented names: not in the surrogate lists and no substring of them.
const FIRST = ['Quorra', 'Zephyrine', 'Ulrika', 'Thaddeus', 'Ysolde', 'Kazimir', 'Wendeline', 'Osvaldo', 'Brunhild', 'Leopoldine'];
const LAST = ['Vexford', 'Quillfeather', 'Oxenbridge', 'Zabrowski', 'Pemberthy', 'Krumholtz', 'Wyndgate', 'Thistlewood'];
const caseOf = (s: string, c: number): string => (c === 0 ? s : c === 1 ? s.toUpperCase() : s.toLowerCase());

const digits = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

export const VALUE_ARBS: Readonly<Partial<Record<EntityType, fc.Arbitrary<string>>>> = {
  NAME: fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST), fc.integer({ min: 0, max: 2 }), fc.boolean())
    .map(([f, l, c, comma]) => caseOf(comma ? `${l}, ${f}` : `${f} ${l}`, c)),
  DATE: dateText,
  PHONE: fc.tuple(fc.integer({ min: 201, max: 989 }), digits(3), digits(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  SSN: fc.tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
    .map(([a, b, c]) => `${p2(Math.floor(a / 10))}${a % 10}-${p2(b)}-${String(c).padStart(4, '0')}`),
  MRN: fc.tuple(fc.constantFrom('', 'MR', 'A'), digits(7)).map(([p, d]) => `${p}${d}`),
  EMAIL: fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom('clinic.org', 'mail.com', 'uni.edu')).map(([n, d]) => `${n.toLowerCase()}.x@${d}`),
  ZIP: digits(5),
  AGE: fc.integer({ min: 91, max: 119 }).map(String),
  IP: fc.array(fc.integer({ min: 1, max: 254 }), { minLength: 4, maxLength: 4 }).map((a) => a.join('.')),
  FACILITY: fc.constantFrom(...LAST).map((l) => `${l} Memorial Hospital`),
};

export interface Doc {
  readonly text: string;
  readonly findings: Finding[];
  readonly values: string[];
}

const SEPARATORS = [' ', ', ', '; ', '\n', ' and ', ' (', ') '];

/** Builds a document: separators between identifiers, so an identifier always has a boundary. */
export function docOf(items: readonly (readonly [EntityType, string])[], seps: readonly number[]): Doc {
  let text = 'Note: ';
  const findings: Finding[] = [];
  items.forEach(([type, value], i) => {
    findings.push({ start: text.length, end: text.length + value.length, type, score: 1, recognizer: 'gen', evidence: [] });
    text += value + (SEPARATORS[(seps[i] ?? 0) % SEPARATORS.length] as string);
  });
  return { text, findings, values: items.map(([, v]) => v) };
}

/** No value is contained in another (case-blind): otherwise "no value left" could not hold by design. */
function independent(items: readonly (readonly [EntityType, string])[]): boolean {
  const lower = items.map(([, v]) => v.toLowerCase());
  return lower.every((a, i) => lower.every((b, j) => i === j || a === b || !b.includes(a)));
}

export function docArb(types: readonly EntityType[] = Object.keys(VALUE_ARBS) as EntityType[], max = 8): fc.Arbitrary<Doc> {
  const item = fc.constantFrom(...types).chain((t) => (VALUE_ARBS[t] as fc.Arbitrary<string>).map((v) => [t, v] as const));
  return fc
    .tuple(fc.array(item, { minLength: 1, maxLength: max }), fc.array(fc.nat(), { minLength: max, maxLength: max }))
    .filter(([items]) => independent(items))
    .map(([items, seps]) => docOf(items, seps));
}
