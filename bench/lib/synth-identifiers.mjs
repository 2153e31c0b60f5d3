// Renders synthetic identifier values in the many formats real notes use: dates, phones, SSNs, record,
// plan, account and licence numbers, addresses, e-mail, URLs, IPs and device serials. Values are random
// but well-formed (valid NANP phone shapes, SSN area rules, Luhn-valid NPIs, DEA check digits).
import { CITIES, DIRECTIONS, FACILITY_KINDS, FACILITY_PLACES, MAIL_DOMAINS, PRACTICE_SPECIALTIES, SAINTS, STREET_NAMES, STREET_TYPES, UNITS } from './synth-vocab-people.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');
const ord = (d) => d + (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

/** A UTC calendar date {y, m (1-12), d}. */
export function dateFromDays(days) {
  const dt = new Date(Date.UTC(1970, 0, 1) + days * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
export function daysOf(y, m, d) {
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}

/** Full dates, as written in headers and prose. Weighted towards the common US forms. */
export function renderDate(rng, { y, m, d }, style) {
  const forms = {
    mdy: () => `${pad2(m)}/${pad2(d)}/${y}`,
    mdyShort: () => `${m}/${d}/${y}`,
    mdyy: () => `${pad2(m)}/${pad2(d)}/${pad2(y % 100)}`,
    mdyyShort: () => `${m}/${d}/${pad2(y % 100)}`,
    iso: () => `${y}-${pad2(m)}-${pad2(d)}`,
    long: () => `${MONTHS[m - 1]} ${d}, ${y}`,
    longOrd: () => `${MONTHS[m - 1]} ${ord(d)}, ${y}`,
    mon: () => `${MON[m - 1]} ${d}, ${y}`,
    monDot: () => `${MON[m - 1]}. ${d}, ${y}`,
    monNoComma: () => `${MON[m - 1]} ${d} ${y}`,
    dmy: () => `${d} ${MONTHS[m - 1]} ${y}`,
    dMonY: () => `${pad2(d)}-${MON[m - 1]}-${y}`,
    dMonYUpper: () => `${pad2(d)}-${MON[m - 1].toUpperCase()}-${y}`,
    dashes: () => `${pad2(m)}-${pad2(d)}-${y}`,
    dots: () => `${pad2(m)}.${pad2(d)}.${y}`,
    compact: () => `${y}${pad2(m)}${pad2(d)}`,
  };
  const key = style ?? rng.weighted([[30, 'mdy'], [12, 'mdyShort'], [4, 'mdyy'], [4, 'mdyyShort'], [8, 'iso'], [10, 'long'], [3, 'longOrd'], [6, 'mon'], [2, 'monDot'], [2, 'monNoComma'], [3, 'dmy'], [3, 'dMonY'], [1, 'dMonYUpper'], [3, 'dashes'], [1, 'dots'], [1, 'compact']]);
  return forms[key]();
}

/** Partial dates that are still identifiers (month and day, or month and year). */
export function renderPartialDate(rng, { y, m, d }) {
  return rng.weighted([
    [4, () => `${m}/${d}`],
    [3, () => `${MONTHS[m - 1]} ${d}`],
    [2, () => `${MON[m - 1]} ${ord(d)}`],
    [2, () => `${MONTHS[m - 1]} ${y}`],
    [1, () => `${MON[m - 1]} ${y}`],
    [1, () => `the ${ord(d)} of ${MONTHS[m - 1]}`],
    [1, () => `${pad2(m)}/${y}`],
  ])();
}

export function renderTime(rng) {
  const h = rng.int(0, 23), mi = rng.int(0, 59);
  return rng.weighted([
    [3, () => `${pad2(h)}:${pad2(mi)}`],
    [2, () => `${((h + 11) % 12) + 1}:${pad2(mi)} ${h < 12 ? 'AM' : 'PM'}`],
    [1, () => `${pad2(h)}${pad2(mi)}`],
  ])();
}

export function phoneParts(rng) {
  const a = `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`;
  let ex = `${rng.int(2, 9)}${rng.digits(2)}`;
  if (ex.endsWith('11')) ex = ex.slice(0, 2) + '2';
  return [a, ex, rng.digits(4)];
}

export function renderPhone(rng, parts = phoneParts(rng)) {
  const [a, e, n] = parts;
  const base = rng.weighted([
    [30, () => `(${a}) ${e}-${n}`], [30, () => `${a}-${e}-${n}`], [8, () => `${a}.${e}.${n}`], [5, () => `${a} ${e} ${n}`],
    [5, () => `+1 ${a} ${e} ${n}`], [5, () => `1-${a}-${e}-${n}`], [4, () => `${a}${e}${n}`], [4, () => `(${a})${e}-${n}`],
    [3, () => `+1 (${a}) ${e}-${n}`], [2, () => `${a}/${e}-${n}`],
  ])();
  return rng.chance(0.06) ? `${base} ${rng.pick(['ext.', 'x', 'ext'])} ${rng.int(100, 9999)}` : base;
}

export function renderSsn(rng) {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0'), g = pad2(rng.int(1, 99)), s = String(rng.int(1, 9999)).padStart(4, '0');
  return rng.weighted([[8, `${a}-${g}-${s}`], [1, `${a} ${g} ${s}`], [1, `${a}${g}${s}`]]);
}

export function renderMrn(rng) {
  return rng.weighted([
    [5, () => rng.digits(rng.int(7, 10))], [2, () => `${rng.int(1, 9)}${rng.digits(6)}`], [2, () => `${rng.letters(1)}${rng.digits(7)}`],
    [1, () => `${rng.digits(3)}-${rng.digits(3)}-${rng.digits(2)}`], [1, () => `${rng.letters(2)}-${rng.digits(6)}`], [1, () => `00${rng.digits(6)}`],
  ])();
}

/** Medicare MBI: C A AN N A AN N A A N N, letters excluding S L O I B Z. */
function mbi(rng) {
  const L = 'ACDEFGHJKMNPQRTUVWXY', AN = L + '0123456789';
  const c = () => rng.letters(1, L), an = () => rng.letters(1, AN), n = () => String(rng.int(0, 9));
  const s = `${rng.int(1, 9)}${c()}${an()}${n()}${c()}${an()}${n()}${c()}${c()}${n()}${n()}`;
  return rng.chance(0.5) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
}

export function renderPlanId(rng) {
  return rng.weighted([
    [4, () => `${rng.letters(3)}${rng.digits(9)}`], [3, () => mbi(rng)], [2, () => `${rng.digits(8)}${rng.letters(1)}`],
    [2, () => `W${rng.digits(9)}`], [1, () => `${rng.letters(2)}${rng.digits(7)}-${pad2(rng.int(1, 9))}`], [1, () => `${rng.digits(3)}-${rng.digits(2)}-${rng.digits(4)}-${rng.letters(1)}`],
  ])();
}

export function renderAccount(rng) {
  return rng.weighted([[4, () => rng.digits(rng.int(8, 12))], [2, () => `${rng.digits(2)}-${rng.digits(4)}-${rng.digits(2)}`], [1, () => `ACCT${rng.digits(8)}`], [1, () => `${rng.letters(1)}${rng.digits(9)}`]])();
}

/** Luhn-valid NPI (check digit over the 80840 prefix, as CMS defines it). */
export function renderNpi(rng) {
  const body = `${rng.int(1, 2)}${rng.digits(8)}`;
  const digits = `80840${body}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) { v *= 2; if (v > 9) v -= 9; }
    sum += v;
  }
  return body + String((10 - (sum % 10)) % 10);
}

export function renderDea(rng) {
  const d = rng.digits(6).split('').map(Number);
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return `${rng.pick(['A', 'B', 'F', 'M'])}${rng.letters(1)}${d.join('')}${check}`;
}

export function renderLicense(rng) {
  return rng.weighted([[3, () => `${rng.pick(['MD', 'DO', 'RN', 'PA', 'NP'])}${rng.digits(6)}`], [2, () => `${rng.letters(1)}${rng.digits(5)}`], [1, () => `${rng.int(10, 99)}.${rng.digits(6)}`], [1, () => `${rng.letters(1)}${rng.digits(3)}-${rng.digits(4)}-${rng.digits(4)}`]])();
}

export function renderDeviceSerial(rng) {
  return rng.weighted([[3, () => `${rng.letters(3)}${rng.digits(6)}${rng.letters(1)}`], [2, () => `${rng.digits(2)}${rng.letters(2)}${rng.digits(5)}`], [2, () => `${rng.letters(3)}-${rng.digits(4)}-${rng.digits(4)}`], [1, () => `SN${rng.digits(10)}`], [1, () => `${rng.letters(2)}${rng.digits(8)}`]])();
}

export function renderVin(rng) {
  return rng.letters(17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789');
}
export function renderPlate(rng) {
  return rng.weighted([[1, () => `${rng.int(1, 9)}${rng.letters(3)}${rng.digits(3)}`], [1, () => `${rng.letters(3)}-${rng.digits(4)}`]])();
}

export function renderAccession(rng, y) {
  return rng.weighted([[2, () => `${rng.letters(2)}${pad2(y % 100)}-${rng.digits(6)}`], [1, () => `${rng.letters(1)}${rng.digits(9)}`], [1, () => `ACC-${y}-${rng.digits(7)}`]])();
}

export function makeAddress(rng) {
  const [city, st, state, zip3] = rng.pick(CITIES);
  const [typeLong, typeShort] = rng.pick(STREET_TYPES);
  const name = rng.pick(STREET_NAMES);
  const num = rng.weighted([[3, () => String(rng.int(1, 999))], [3, () => String(rng.int(1000, 9999))], [1, () => String(rng.int(10000, 99999))]])();
  const d = rng.pick(DIRECTIONS);
  const dir = rng.chance(0.2) ? `${d}${d.length === 1 && rng.chance(0.3) ? '.' : ''} ` : '';
  const type = rng.chance(0.5) || typeShort === typeLong ? typeLong : typeShort + (rng.chance(0.3) ? '.' : '');
  let street = rng.chance(0.06) ? `PO Box ${rng.int(10, 9999)}` : `${num} ${dir}${name} ${type}`;
  if (rng.chance(0.25)) street += `${rng.pick([', ', ' '])}${rng.pick(UNITS)} ${rng.chance(0.5) ? rng.int(1, 40) + rng.letters(1, 'ABCDEF') : rng.int(1, 999)}`;
  const zip = zip3 + rng.digits(2) + (rng.chance(0.15) ? `-${rng.digits(4)}` : '');
  return { street, city, st, state, zip };
}

export function makeFacility(rng) {
  return rng.weighted([
    [4, () => `${rng.pick(FACILITY_PLACES)} ${rng.pick(FACILITY_KINDS)}`],
    [2, () => `St. ${rng.pick(SAINTS)}'s ${rng.pick(['Hospital', 'Medical Center', 'Regional Hospital', 'Health Center'])}`],
    [1, () => `${rng.pick(CITIES)[0]} ${rng.pick(FACILITY_KINDS)}`],
    [1, () => `${rng.pick(FACILITY_PLACES)} ${rng.pick(PRACTICE_SPECIALTIES)} ${rng.pick(['Associates', 'Group', 'Clinic', 'Partners'])}`],
  ])();
}

/** A lowercase domain for a facility name ("Riverside General Hospital" -> "riversidegeneral.org"). */
export function facilityDomain(rng, facility) {
  const words = facility.toLowerCase().normalize('NFKD').replace(/[^a-z ]/g, '').split(' ').filter((w) => w && w !== 'st' && w !== 's');
  return `${words.slice(0, 2).join(rng.chance(0.3) ? '-' : '')}${rng.pick(['.org', '.com', 'health.org', '.net'])}`;
}

export function renderEmail(rng, first, last) {
  const f = first.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '') || 'pt';
  const l = last.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '') || 'x';
  const user = rng.weighted([[3, `${f}.${l}`], [2, `${f[0]}${l}${rng.int(1, 99)}`], [2, `${f}${l}`], [1, `${f}_${l}${rng.int(50, 99)}`], [1, `${l}.${f[0]}`], [1, `${f}${rng.int(1940, 2005)}`]]);
  return `${user}@${rng.pick(MAIL_DOMAINS)}`;
}

export function renderUrl(rng, domain) {
  return rng.weighted([
    [3, () => `https://mychart.${domain}/patient/${rng.digits(7)}`],
    [2, () => `https://portal.${domain}/records?mrn=${rng.digits(8)}&view=summary`],
    [2, () => `https://telehealth.${domain}/join/${rng.digits(4)}-${rng.digits(4)}`],
    [1, () => `http://pacs.${domain}/viewer/study/${rng.digits(12)}`],
    [1, () => `www.${domain}/care-team/${rng.letters(6, 'abcdefghijklmnopqrstuvwxyz')}`],
  ])();
}

export function renderIp(rng) {
  return rng.weighted([
    [3, () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`],
    [2, () => `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`],
    [3, () => `${rng.int(23, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`],
    [1, () => `2001:db8:${rng.int(0, 65535).toString(16)}:${rng.int(0, 65535).toString(16)}::${rng.int(1, 65535).toString(16)}`],
  ])();
}

export { MONTHS, MON, pad2, ord };
