// Identifiers in structured text pasted into prompts: HL7 v2 messages (PID, NK1, PV1, MSH segments) and
// delimited tables whose header row names identifier columns ("mrn,name,dob,zip"). The field or column
// says what a value is, where free-text recognizers see only bare numbers and carets.
import type { EntityType } from '../types.js';
import { candidate, forEachIndexedWord, type Candidate, type DocumentView, type Recognizer } from './types.js';
import { contentEnd, isAsciiLetter, isBlank, isDigit, lineBreakAfter } from '../text/chars.js';
import { lexicon } from '../dictionaries/index.js';
import { onFirstUse } from './machine-code.js';

const HL7_ID = 'hl7-field';
const CSV_ID = 'table-column';

/** What one component of an HL7 field holds (by 0-based component index); 'skip' when nothing. */
type FieldKind = 'id' | 'name' | 'xcn' | 'date' | 'address' | 'phone' | 'account' | 'ssn' | 'license' | 'facility' | 'location' | 'lot' | 'order';

// Field number -> kind, per segment (HL7 v2.5 numbering; MSH counts its field separator as MSH-1).
const SEGMENT_FIELDS: Readonly<Record<string, Readonly<Record<number, FieldKind>>>> = {
  // The sending and receiving facilities (MSH-4, MSH-6: "MERCYHOSP"), not the applications (MSH-3, MSH-5: "EPIC").
  MSH: { 4: 'facility', 6: 'facility', 7: 'date' },
  PID: { 2: 'id', 3: 'id', 4: 'id', 5: 'name', 6: 'name', 7: 'date', 9: 'name', 11: 'address', 13: 'phone', 14: 'phone', 18: 'account', 19: 'ssn', 20: 'license', 29: 'date' },
  NK1: { 2: 'name', 4: 'address', 5: 'phone', 6: 'phone', 8: 'date', 30: 'name', 31: 'phone', 32: 'address' },
  // The patient's location's facility (PV1-3's fourth component) and the servicing facility (PV1-39).
  PV1: { 3: 'location', 7: 'xcn', 8: 'xcn', 9: 'xcn', 17: 'xcn', 19: 'account', 39: 'facility', 44: 'date', 45: 'date' },
  PD1: { 4: 'xcn' },
  // Round 159: the placer's and the filler's order numbers (ORC-2, 3 and their echo in OBR-2, 3: "197023^CLINIC_EHR"),
  // IDs as the fixtures read order and accession numbers; the number (first component), not the assigning system.
  ORC: { 2: 'order', 3: 'order', 9: 'date', 12: 'xcn' },
  OBR: { 2: 'order', 3: 'order', 7: 'date', 16: 'xcn', 32: 'xcn' },
  GT1: { 3: 'name', 5: 'address', 6: 'phone', 7: 'phone', 8: 'date', 12: 'ssn' },
  // The insurer's address and phone (IN1-5, IN1-7) are places and numbers as any other.
  IN1: { 5: 'address', 7: 'phone', 16: 'name', 18: 'date', 19: 'address', 36: 'id' },
  // The event's time, the operator who caused it (EVN-5, an XCN like PV1-7's) and when it happened.
  EVN: { 2: 'date', 5: 'xcn', 6: 'date' },
  // Round 60: scheduling (SIU) and results segments name staff and times too. SCH's contact persons and the
  // person entering the booking (SCH-12, 16, 20), AIP's personnel resource (AIP-3, the booked clinician), OBX's
  // observation time and responsible observer (OBX-14, 16), DG1's diagnosing clinician (DG1-16), PR1's procedure
  // time and surgeon or anaesthetist (PR1-5, 11, 12), a document's times and authors (TXA-4, 6-8; TXA-5, 9-11, 22),
  // and a merge's prior patient ID, account and name (MRG-1, 3, 7).
  SCH: { 12: 'xcn', 16: 'xcn', 20: 'xcn' },
  AIP: { 3: 'xcn' },
  OBX: { 14: 'date', 16: 'xcn' },
  DG1: { 16: 'xcn' },
  PR1: { 5: 'date', 11: 'xcn', 12: 'xcn' },
  TXA: { 4: 'date', 5: 'xcn', 6: 'date', 7: 'date', 8: 'date', 9: 'xcn', 10: 'xcn', 11: 'xcn', 22: 'xcn' },
  MRG: { 1: 'id', 3: 'account', 7: 'name' },
  // Round 158: a vaccine's administration (VXU) and a charge (DFT). RXA's start and end times, the clinician who gave
  // the dose (RXA-10, an XCN), where it was given (RXA-11, a location whose fourth component is the facility) and the
  // lot (RXA-15, a DEVICE as the fixtures read a lot; RXA-16, its expiry, is the product's and stays out). FT1's
  // transaction dates and the clinicians who performed and ordered it (FT1-20, 21).
  RXA: { 3: 'date', 4: 'date', 10: 'xcn', 11: 'location', 15: 'lot' },
  FT1: { 4: 'date', 5: 'date', 20: 'xcn', 21: 'xcn' },
};

/** The trimmed extent of text[from, to) as a candidate, when it holds a letter or digit. */
function push(out: Candidate[], text: string, from: number, to: number, type: EntityType, need: RegExp): void {
  // Blanks and empty trailing components ("Quist^Harriet^J^") stay outside.
  while (from < to && (text.charCodeAt(from) <= 32 || text.charCodeAt(from) === 94)) from++;
  while (to > from && (text.charCodeAt(to - 1) <= 32 || text.charCodeAt(to - 1) === 94)) to--;
  if (to <= from || !need.test(text.slice(from, to))) return;
  out.push(candidate(from, to, type, 0.85, HL7_ID, { kind: 'pattern', detail: type }));
}

const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const HAS_LETTERS_3 = /\p{L}{3}/u;
const DIGITS_8 = /^\d{8}/;
const PHONE_LIKE = /\d(?:\D{0,3}\d){6}/;
/** A person's ID in an XCN: a number, or a login of letters ("JKOWALSKI^KOWALSKI^JANINA" in EVN-5). */
const XCN_ID = /\d|^[A-Za-z][A-Za-z0-9._\-]{2,30}$/;

/** Offsets of the components (split on ^) of text[from, to). */
function components(text: string, from: number, to: number): number[] {
  const cuts = [from];
  for (let i = text.indexOf('^', from); i >= 0 && i < to; i = text.indexOf('^', i + 1)) cuts.push(i + 1);
  cuts.push(to + 1);
  return cuts;
}

/** One repetition of a field (between ~), by kind. */
function fieldValue(out: Candidate[], text: string, from: number, to: number, kind: FieldKind): void {
  const c = components(text, from, to);
  const comp = (k: number, type: EntityType, need: RegExp): void => {
    if (k + 1 < c.length) push(out, text, c[k] as number, (c[k + 1] as number) - 1, type, need);
  };
  switch (kind) {
    case 'id':
      return comp(0, 'MRN', HAS_DIGIT);
    case 'order':
      return comp(0, 'ID', HAS_DIGIT);
    case 'account':
      return comp(0, 'ACCOUNT', HAS_DIGIT);
    case 'ssn':
      return comp(0, 'SSN', HAS_DIGIT);
    case 'license':
      return comp(0, 'LICENSE', HAS_DIGIT);
    case 'date': {
      // A time stamp: the date part only (a time of day is not an identifier).
      const s = text.slice(from, Math.min(to, from + 8));
      if (DIGITS_8.test(s)) push(out, text, from, from + 8, 'DATE', HAS_DIGIT);
      return;
    }
    case 'name': {
      // Family^given^middle^suffix: one span across the parts.
      const end = Math.min(c.length - 1, 4);
      if (end >= 1) push(out, text, c[0] as number, (c[end] as number) - 1, 'NAME', HAS_LETTER);
      return;
    }
    case 'xcn': {
      comp(0, 'ID', XCN_ID);
      const end = Math.min(c.length - 1, 5);
      if (end >= 2) push(out, text, c[1] as number, (c[end] as number) - 1, 'NAME', HAS_LETTER);
      return;
    }
    case 'address':
      // Street^other^city^state^zip: the state alone is not an identifier.
      comp(0, 'ADDRESS', HAS_LETTER);
      comp(1, 'ADDRESS', HAS_LETTER);
      comp(2, 'LOCATION', HAS_LETTER);
      comp(4, 'ZIP', HAS_DIGIT);
      return;
    case 'facility':
      // A hierarchic designator: namespace^universal id^its type ("MERCYHOSP^2.16.840.1.113883.3.72^ISO").
      comp(0, 'FACILITY', HAS_LETTERS_3);
      comp(1, 'ID', HAS_DIGIT);
      return;
    case 'location':
      // Point of care^room^bed^facility: the unit, room and bed are no identifiers, the facility is.
      comp(3, 'FACILITY', HAS_LETTERS_3);
      return;
    case 'lot':
      return comp(0, 'DEVICE', HAS_DIGIT);
    case 'phone':
      for (let k = 0; k + 1 < c.length; k++) {
        const v = text.slice(c[k] as number, (c[k + 1] as number) - 1);
        if (v.includes('@')) comp(k, 'EMAIL', HAS_LETTER);
        else if (PHONE_LIKE.test(v) || (k >= 5 && HAS_DIGIT.test(v))) comp(k, 'PHONE', HAS_DIGIT);
      }
      return;
  }
}

/** One segment text[from, to): its fields (split on |) and their repetitions (split on ~). */
function segment(out: Candidate[], text: string, from: number, to: number): void {
  const name = text.slice(from, from + 3);
  const fields = SEGMENT_FIELDS[name];
  if (!fields || text.charCodeAt(from + 3) !== 124) return;
  let n = name === 'MSH' ? 1 : 0;
  for (let at = from + 3; at < to; n++) {
    const start = at + 1;
    let end = text.indexOf('|', start);
    if (end < 0 || end > to) end = to;
    const kind = fields[n + 1];
    if (kind) {
      for (let r = start; r <= end; ) {
        let rEnd = text.indexOf('~', r);
        if (rEnd < 0 || rEnd > end) rEnd = end;
        if (rEnd > r) fieldValue(out, text, r, rEnd, kind);
        r = rEnd + 1;
      }
    }
    at = end;
  }
}

const SEGMENT_START = /(?:^|[\r\n ])(?:MSH|EVN|PID|NK1|PV1|PD1|ORC|OBR|GT1|IN1|SCH|AIP|OBX|DG1|PR1|TXA|MRG|RXA|FT1)\|/g;

/**
 * Round 158: an interface engine's log prints a message on one line, its segments parted by a space ("...|2.5.1 PID|1||...").
 * Whether text[i] is a space before a segment's name and its bar, so that a segment ends there.
 */
function segmentAfterSpace(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 32 || text.charCodeAt(i + 4) !== 124) return false;
  return Object.prototype.hasOwnProperty.call(SEGMENT_FIELDS, text.slice(i + 1, i + 4));
}

/** HL7 v2 segments; only texts holding "PID|" or "NK1|" are read. */
export function findHl7(doc: DocumentView): Candidate[] {
  const text = doc.text;
  if (!text.includes('PID|') && !text.includes('NK1|')) return [];
  const out: Candidate[] = [];
  SEGMENT_START.lastIndex = 0;
  for (let m = SEGMENT_START.exec(text); m; m = SEGMENT_START.exec(text)) {
    const from = m.index + (m[0].length - 4);
    let to = from;
    // A segment ends at a line break (HL7 uses \r; pasted text often \n), or before a space and the next segment's name.
    while (to < text.length && text.charCodeAt(to) !== 13 && text.charCodeAt(to) !== 10 && !(to > from + 3 && segmentAfterSpace(text, to))) to++;
    segment(out, text, from, to);
    SEGMENT_START.lastIndex = to;
  }
  return out;
}

// Header words naming identifier columns (lower case, spaces and _ - removed).
const COLUMN_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...['name', 'patient', 'patientname', 'ptname', 'firstname', 'lastname', 'fname', 'lname', 'fullname', 'surname', 'givenname', 'familyname', 'middlename', 'mothername', 'contactname', 'nextofkin', 'physician', 'pcp', 'first', 'last', 'given', 'family', 'middle'].map((w): [string, EntityType] => [w, 'NAME']),
  ...['dob', 'birthdate', 'dateofbirth', 'birthday', 'admitdate', 'dischargedate', 'visitdate', 'dos', 'dateofservice', 'dod', 'dateofdeath'].map((w): [string, EntityType] => [w, 'DATE']),
  ...['mrn', 'id', 'patientid', 'ptid', 'mrnumber', 'medicalrecordnumber', 'chartnumber', 'chart'].map((w): [string, EntityType] => [w, 'MRN']),
  ...['zip', 'zipcode', 'postal', 'postalcode', 'postcode'].map((w): [string, EntityType] => [w, 'ZIP']),
  ...['address', 'street', 'streetaddress', 'address1', 'address2', 'addr'].map((w): [string, EntityType] => [w, 'ADDRESS']),
  ...['city', 'town'].map((w): [string, EntityType] => [w, 'LOCATION']),
  ...['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'cell', 'homephone', 'workphone'].map((w): [string, EntityType] => [w, 'PHONE']),
  ...['fax'].map((w): [string, EntityType] => [w, 'FAX']),
  ...['email', 'emailaddress', 'e-mail'].map((w): [string, EntityType] => [w, 'EMAIL']),
  ...['ssn', 'socialsecuritynumber'].map((w): [string, EntityType] => [w, 'SSN']),
  ...['account', 'accountnumber', 'acct', 'fin'].map((w): [string, EntityType] => [w, 'ACCOUNT']),
]);
/**
 * Round 60: a column of clinicians by its header's role and kind, as schedules, referral lists and lab exports
 * head them ("Referring MD", "Ordering Provider", "attending_physician"), and a device's serial number ("Serial
 * Number", "serial_no"). Bounded and anchored, so linear.
 */
const ROLE_PERSON_COLUMN = /^(?:referring|ordering|attending|admitting|consulting|rendering|treating|performing|primary|requesting|authorizing|authorising)(?:md|dr|doctor|physician|provider|clinician|surgeon)?$/;
const SERIAL_COLUMN = /^(?:device)?(?:serial|serialnumber|serialno|serialnum|sn)$/;
/**
 * Round 60: an export's column named for whose value and what kind ("pt_last", "subscriber_first", "guarantor_dob",
 * "birth_dt", "member_no", "nok_phone"): a person's word, then a name's part; or any key ending in a kind of
 * identifier. Cells are read as the kind's column (a date's shape, a digit) as before.
 */
const PERSON_PART_COLUMN = /^(?:pt|patient|subscriber|sub|member|mbr|insured|guarantor|gtor|guardian|parent|mother|father|spouse|contact|nok|emergencycontact|ec|beneficiary|dependent|dep|client|participant|subject)(?:last|first|middle|given|family|sur|full)?(?:name|nm)?$/;
const KIND_SUFFIX_COLUMN = /(?:dob|birthdate|birthdt|ssn|mrn|phone|email|zip|zipcode|city|address|addr|addr1|addr2)$/;
const SUFFIX_TYPES: Readonly<Record<string, EntityType>> = { dob: 'DATE', birthdate: 'DATE', birthdt: 'DATE', ssn: 'SSN', mrn: 'MRN', phone: 'PHONE', email: 'EMAIL', zip: 'ZIP', zipcode: 'ZIP', city: 'LOCATION', address: 'ADDRESS', addr: 'ADDRESS', addr1: 'ADDRESS', addr2: 'ADDRESS' };
/** A date column by its suffix "dt" or "date" ("svc_dt", "admit_dt", "dos_date"); cells need a date's shape anyway. */
const DATE_SUFFIX_COLUMN = /^[a-z]{2,16}(?:dt|date)$/;
const PLAN_ID_COLUMN = /^(?:member|mbr|subscriber|sub|policy|insured|beneficiary)(?:id|no|num|number|nbr)$/;
const CLAIM_ID_COLUMN = /^(?:claim|clm|icn|tcn|pcn|encounter|enc|csn|fin|visit|account|acct)(?:id|no|num|number|nbr)$/;
function roleColumn(key: string): EntityType | undefined {
  if (ROLE_PERSON_COLUMN.test(key) && key !== 'primary') return 'NAME';
  if (key.length > 2 && SERIAL_COLUMN.test(key)) return 'DEVICE';
  if (key.length > 3 && PERSON_PART_COLUMN.test(key) && !PERSON_PART_WORDS.has(key)) return 'NAME';
  if (PLAN_ID_COLUMN.test(key)) return 'HEALTHPLAN';
  if (CLAIM_ID_COLUMN.test(key)) return 'ACCOUNT';
  const kind = KIND_SUFFIX_COLUMN.exec(key);
  if (kind && key.length > kind[0].length) return SUFFIX_TYPES[kind[0]];
  return DATE_SUFFIX_COLUMN.test(key) && !NOT_PERSON_DATE.test(key) ? 'DATE' : undefined;
}
/** Date columns of things, not of a person's care: a lot's expiry, a product's manufacture, a record's update. */
const NOT_PERSON_DATE = /^(?:candidate|update|mandate|validate)$|exp|mfg|manufact|release|version|lot|updat|modif/;
/** Person words alone head other columns: "Patient" (a name, listed already), "Subject", "Client", "Contact" ("Contact: phone"). */
const PERSON_PART_WORDS: ReadonlySet<string> = new Set(['subject', 'contact', 'parent', 'member', 'client', 'dependent', 'participant', 'beneficiary', 'spouse', 'mother', 'father', 'subname', 'subnm']);
// Columns that make "name" mean a drug, test or item rather than a person.
const ITEM_COLUMNS = new Set(['dose', 'drug', 'medication', 'med', 'route', 'frequency', 'test', 'code', 'result', 'value', 'unit', 'units', 'item', 'product', 'device', 'lab', 'strength', 'quantity', 'qty', 'price', 'cost']);
const HEADER_CELL = /^[ \t]*"?[A-Za-z][A-Za-z0-9 _\-.#']{0,30}"?[ \t]*$/;
/** A cell holding a date (any order, a time or a year beside it allowed): digits parted by / . or -, a month's name beside a number, or eight digits ("Day 1" is no date). */
const DATE_SHAPED = /\d[\/.\-]\d|\d[ \-]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \-]?\d|^\d{8}$/i;
const NEEDS: Readonly<Partial<Record<EntityType, RegExp>>> = { NAME: HAS_LETTER, LOCATION: HAS_LETTER, FACILITY: HAS_LETTER, ADDRESS: /\p{L}|\d/u, EMAIL: /@/, DATE: DATE_SHAPED };

/** The separator of a header line: the one of , \t ; it holds most (at least one). */
function separatorOf(line: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const sep of [',', '\t', ';']) {
    // Occurrences counted in place: the line is not split three times.
    const c = sep.charCodeAt(0);
    let n = 0;
    for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === c) n++;
    if (n > most) [best, most] = [sep, n];
  }
  return best;
}

/**
 * Whether every character of `line` may stand in a header's cell (HEADER_CELL) or is the separator: most lines with a
 * comma early are prose, and one pass over their characters rejects them before they are split and matched.
 */
function headerCharsOnly(line: string, sep: string): boolean {
  const s = sep.charCodeAt(0);
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isAsciiLetter(c) || isDigit(c) || isBlank(c) || c === s) continue;
    // _ - . # ' "
    if (c === 95 || c === 45 || c === 46 || c === 35 || c === 39 || c === 34) continue;
    return false;
  }
  return true;
}

/** Column index -> type, when `line` is a header naming at least one identifier column. */
function headerTypes(line: string, sep: string): (EntityType | undefined)[] | undefined {
  const cells = line.split(sep);
  if (cells.length < 2 || !cells.every((c) => HEADER_CELL.test(c))) return undefined;
  const keys = cells.map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase().replace(/[ _\-.]/g, ''));
  const items = keys.some((k) => ITEM_COLUMNS.has(k));
  // Round 107: a middle initial's column ("LAST,FIRST,MI,DOB") beside a given or family name's column; alone,
  // "MI" heads a history's yes/no column.
  const nameParts = keys.some((k) => NAME_PART_KEYS.has(k));
  const types = keys.map((k) => (items && k === 'name' ? undefined : nameParts && MIDDLE_INITIAL_KEYS.has(k) ? 'NAME' : (COLUMN_TYPES.get(k) ?? roleColumn(k))));
  return types.some((t) => t !== undefined) ? types : undefined;
}
const NAME_PART_KEYS: ReadonlySet<string> = new Set(['first', 'last', 'firstname', 'lastname', 'fname', 'lname', 'given', 'givenname', 'family', 'familyname', 'surname']);
const MIDDLE_INITIAL_KEYS: ReadonlySet<string> = new Set(['mi', 'middleinitial', 'middleinit', 'midinit', 'mname']);

/** The cells of one row text[from, to) (double quotes may hold the separator), pushed by column type. */
function row(out: Candidate[], text: string, from: number, to: number, sep: number, types: readonly (EntityType | undefined)[]): void {
  let col = 0;
  let cell = from;
  let quoted = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : sep;
    if (c === 34) quoted = !quoted;
    else if (c === sep && (!quoted || i === to)) {
      const type = types[col];
      if (type) {
        let a = cell;
        let b = i;
        while (a < b && (text.charCodeAt(a) <= 32 || text.charCodeAt(a) === 34)) a++;
        while (b > a && (text.charCodeAt(b - 1) <= 32 || text.charCodeAt(b - 1) === 34)) b--;
        const need = NEEDS[type] ?? HAS_DIGIT;
        // Round 107: a clinician's cell keeps its credential outside ("Nwosu, Chidi MD").
        if (type === 'NAME' && b > a) [a, b] = withoutCredential(text, [a, b]);
        if (b > a && need.test(text.slice(a, b))) out.push(candidate(a, b, type, 0.85, CSV_ID, { kind: 'header', detail: type }));
      }
      col++;
      cell = i + 1;
    }
  }
}

/** Rows under a header line that names identifier columns; the table ends at a blank line. */
export function findTableColumns(doc: DocumentView): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  // The first line, then any later line: a CSV export pasted into a note ("mrn,last,first,dob").
  for (let at = 0; at < text.length; ) {
    const next = tableAt(text, at, at > 0, out);
    const nl = text.indexOf('\n', next);
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

/** The header line starting at `from` and its rows, pushed to out; returns where the search goes on. */
function tableAt(text: string, from: number, inside: boolean, out: Candidate[]): number {
  // A header's first cell is short: a separator within 32 characters, else no table (most lines stop here).
  let sepAt = from;
  for (let c = text.charCodeAt(from); sepAt - from < 32 && c !== 44 && c !== 9 && c !== 59; c = text.charCodeAt(++sepAt)) {
    if (c === 10 || c === 13 || Number.isNaN(c)) return sepAt;
  }
  if (sepAt - from >= 32) return sepAt;
  // Only this line is asked: a scan for "\n" stops after 400 characters.
  let nl = sepAt;
  while (nl - from < 400 && nl < text.length && text.charCodeAt(nl) !== 10) nl++;
  if (nl - from >= 400 || nl >= text.length) return nl;
  const line = text.slice(from, nl).replace(/\r$/, '');
  const sep = separatorOf(line);
  const types = sep === undefined || !headerCharsOnly(line, sep) ? undefined : headerTypes(line, sep);
  if (!types || sep === undefined) return nl;
  // Inside a note a header names two identifier columns and its first row has as many cells.
  if (inside) {
    const end = lineBreakAfter(text, nl + 1);
    // Round 107: cells counted outside double quotes, so a quoted "Ashworth, Delphine K" is one cell.
    if (types.filter((t) => t !== undefined).length < 2 || cellsOf(text, nl + 1, contentEnd(text, end), sep.charCodeAt(0)) !== line.split(sep).length) return nl;
  }
  let at = nl + 1;
  const cells = line.split(sep).length;
  while (at < text.length) {
    const end = lineBreakAfter(text, at);
    const to = contentEnd(text, end);
    if (to <= at || text.slice(at, to).trim() === '') break;
    // A line of another shape ends the table: an HL7 segment or a JSON document pasted under the export.
    if (cellsOf(text, at, to, sep.charCodeAt(0)) !== cells) break;
    row(out, text, at, to, sep.charCodeAt(0), types);
    at = end + 1;
  }
  return Math.max(nl, at - 1);
}

/** The cells of the row text[from, to): separators outside double quotes, plus one. */
function cellsOf(text: string, from: number, to: number, sep: number): number {
  let n = 1;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === sep && !quoted) n++;
  }
  return n;
}

const PIPE_ID = 'pipe-table-column';
// Login columns: a login is one token of letters, digits, dots or underscores, with or without a digit ("dprakash").
const LOGIN_COLUMNS = ['userid', 'login', 'loginid', 'logon', 'logonid', 'userlogin', 'networkid'];
const LOGIN_CELL = /^[A-Za-z][A-Za-z0-9._\-]{2,30}$/;
// A system's own account is no person's: "svc_hl7", "sys.batch", "system", "interface".
const SYSTEM_LOGIN = /^(?:(?:svc|srv|sys)[._\-]|(?:system|service|interface|batch|root)$)/i;
/** Per header's column types: which columns hold logins (read with LOGIN_CELL rather than needing a digit). */
const loginColumns = new WeakMap<readonly (EntityType | undefined)[], readonly boolean[]>();
// "Pt" is short enough to head a board's column of other things too: a cell with a digit in it is no patient's name
// ("WR | 6 waiting; longest 2h10m" under it).
const BOARD_PATIENT_COLUMN = 'pt';
/** Anesthesia's kind, not its staff: "| Anes | GETA |", "| Anesthesia | MAC/local |". */
const ANESTHESIA_KIND_CELL = /^(?:general|ga|geta|eta|lma|mac|tiva|spinal|epidural|cse|regional|block|local|sedation|moderate|iv[ \t]sedation|none|mac[ \t]?\/[ \t]?local|general[ \t]?\/[ \t]?block)$/i;
const notAnesthesiaKind = (value: string): boolean => noDigit(value) && !ANESTHESIA_KIND_CELL.test(value);
/** An age past 89 (Safe Harbor keeps younger ages): "93", "91y", "90 yo". */
const overEightyNine = (value: string): boolean => {
  const m = /^(\d{2,3})[ \t]?(?:y|yo|yrs?|years?)?$/i.exec(value);
  return m !== null && Number(m[1]) > 89 && Number(m[1]) < 125;
};
const LOT_KEYS: ReadonlySet<string> = new Set(['lot', 'lotno', 'lotnumber']);
/** The columns that make a table an implant log: a catalogue, reference, serial or UDI column. */
const IMPLANT_LOG_KEYS: ReadonlySet<string> = new Set(['cat', 'catno', 'catalog', 'catalogue', 'catalognumber', 'ref', 'refno', 'serial', 'serialno', 'serialnumber', 'sn', 'udi', 'implant']);
/** Column keys read with a guard on each cell: the type and the guard. */
const GUARDED_COLUMNS: ReadonlyMap<string, readonly [EntityType, (value: string) => boolean]> = new Map<string, readonly [EntityType, (value: string) => boolean]>([
  ...['anes', 'anesth', 'anesthesia', 'anesthesiologist', 'anesthetist', 'anaes', 'anaesthesia', 'anaesthetist', 'crna', 'assistant', 'assist', 'firstassist', 'scrub', 'circulator', 'circ', 'resident', 'fellow'].map((w): [string, readonly [EntityType, (value: string) => boolean]] => [w, ['NAME', notAnesthesiaKind]]),
  ['age', ['AGE', overEightyNine]],
  ...[...LOT_KEYS].map((w): [string, readonly [EntityType, (value: string) => boolean]] => [w, ['DEVICE', (v: string) => /\d/.test(v) && v.length >= 4]]),
  // Round 71: a dispensing history's or a monitoring report's prescription numbers ("| Pharmacy | Rx# |"): a number
  // alone in the cell; an "Rx" column of drugs and their doses ("| Rx | amoxicillin 500 mg |") holds words.
  ...['rx', 'rxno', 'rxnumber', 'rxnum', 'prescriptionno', 'prescriptionnumber'].map((w): [string, readonly [EntityType, (value: string) => boolean]] => [w, ['ID', (v: string) => RX_NUMBER_CELL.test(v)]]),
  // Round 78: a fill history's or a med rec's pharmacy column ("| Prescriber | Pharmacy | Rx # |"): the store the
  // patient uses, a place; a chain's name alone ("CVS"), the VA, mail order and words in lower case stay.
  ...['pharmacy', 'pharmacyname', 'dispensingpharmacy', 'filledat', 'dispensedat'].map((w): [string, readonly [EntityType, (value: string) => boolean]] => [w, ['FACILITY', pharmacyCell]]),
]);
/** Cells of a pharmacy column that name no one store: a chain alone, the VA, mail order, a kind of pharmacy, lower-case words. */
const GENERIC_PHARMACY_CELL = /^(?:cvs|walgreens|walmart|costco|kroger|publix|safeway|rite[ \t]aid|target|meijer|wegmans|albertsons|h-e-b|heb|hy-vee|va|vamc|tricare|mail(?:[ \t\-]?order)?|specialty|retail|inpatient|outpatient|hospital|home[ \t]delivery|local|outside|unknown|same|verified|yes|no)$/i;
function pharmacyCell(value: string): boolean {
  return /\p{Lu}/u.test(value) && !GENERIC_PHARMACY_CELL.test(value.replace(/[ \t]*(?:pharmacy|rx)$/i, ''));
}
/** A prescription number's cell: digits, perhaps a "#" before them and a fill's suffix after a dash ("604417", "#2231908-04"). */
const RX_NUMBER_CELL = /^#?\d{4,12}(?:-\d{1,5})?$/;
/**
 * Round 170: a payment or a visit log's columns read only in drawn tables, each with its guard: a trial's subject
 * number ("| Subject | ... |": a code with a digit, no words, so an e-mail list's "| Subject |" of "Re: labs 12/3"
 * stays, as does "A1C-2") and a card's number or its last digits ("| Card # (last 6) |": digits only, perhaps masked).
 */
const STUDY_SUBJECT_CELL = /^(?:[A-Za-z]{1,4}-?)?\d{2,8}(?:-\d{2,6}){0,2}$/;
const CARD_DIGITS_CELL = /^(?:[Xx*•.]{0,16}[ \-]?)?\d{4,19}$/;
const PIPE_ONLY_GUARDED: ReadonlyMap<string, readonly [EntityType, (value: string) => boolean]> = new Map<string, readonly [EntityType, (value: string) => boolean]>([
  ...['subject', 'subjectno', 'subjectnumber', 'subjectnum'].map((w): [string, readonly [EntityType, (value: string) => boolean]] => [w, ['ID', (v: string) => STUDY_SUBJECT_CELL.test(v) && /\d{3}|\d-\d/.test(v)]]),
  ...['card', 'cardno', 'cardnumber', 'cardnum', 'cardlast4', 'cardlast6', 'last4', 'last6'].map((w): [string, readonly [EntityType, (value: string) => boolean]] => [w, ['ACCOUNT', (v: string) => CARD_DIGITS_CELL.test(v)]]),
]);
/** Per header's column types: the guard of each guarded column. */
const guardedColumns = new WeakMap<readonly (EntityType | undefined)[], readonly (((value: string) => boolean) | undefined)[]>();
/** Per header's column types: which columns are BOARD_PATIENT_COLUMN. */
const boardPatientColumns = new WeakMap<readonly (EntityType | undefined)[], readonly boolean[]>();
const noDigit = (value: string): boolean => !/\d/.test(value);
// Header words of drawn tables (flowsheets, logs) that name the person or record in each row; read only
// under a rule line, where a table is certain ("| RN |", "| Initials |", "| Subject ID |").
const PIPE_COLUMN_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...COLUMN_TYPES,
  // A track board's or a handoff list's patient column, headed "Pt" ("Rm | Pt | Age/Sex | CC"); its cells hold no digit.
  [BOARD_PATIENT_COLUMN, 'NAME'],
  ...['interpreter', 'translator', 'caller', 'witness', 'surgeon', 'doctor', 'initials', 'rn', 'nurse', 'staff', 'clinician', 'provider', 'signature', 'signedby', 'enteredby', 'performedby', 'collectedby', 'verifiedby', 'attending', 'guardian', 'parent', 'rph', 'pharmacist', 'participant', 'participantname', 'subjectname', 'client', 'consentby', 'consentedby', 'obtainedby', 'photographer', 'photographedby', 'username', 'user'].map((w): [string, EntityType] => [w, 'NAME']),
  // Round 78: a fill history's prescriber ("| Prescriber | Pharmacy |", often the surname alone) and its days of
  // filling ("| Last fill | Qty |", "| Filled |"); a day's cell still needs a date's shape.
  ...['prescriber', 'prescribedby', 'prescribername', 'prescribingprovider'].map((w): [string, EntityType] => [w, 'NAME']),
  ...['fill', 'filled', 'lastfill', 'lastfilled', 'dispensed', 'shipped', 'written', 'datewritten', 'writtendate'].map((w): [string, EntityType] => [w, 'DATE']),
  // Round 160: an on-call schedule's or a team list's pager and extension columns ("| Name | Pager | Cell |"); a cell
  // still needs a digit ("via pager" stays).
  ...['pager', 'pgr', 'beeper', 'vocera', 'ext', 'extension'].map((w): [string, EntityType] => [w, 'PHONE']),
  // A trial's screening log: "Screen #" (the key drops its "#").
  ...['screen', 'screenno', 'screennumber', 'screeningnumber', 'screeningno'].map((w): [string, EntityType] => [w, 'ID']),
  ...['subjectid', 'participantid', 'studyid', 'screeningid', 'specimenid', 'sampleid', 'accession', 'accessionnumber', 'encounterid', 'visitid', 'orderid'].map((w): [string, EntityType] => [w, 'ID']),
  ...['memberid', 'insuranceid', 'policynumber', 'policy'].map((w): [string, EntityType] => [w, 'HEALTHPLAN']),
  // Access-audit exports: the user's login and the workstation it came from ("| jmarlow2 | ... | WS-4NORTH-07 |").
  ...LOGIN_COLUMNS.map((w): [string, EntityType] => [w, 'ID']),
  ...['workstation', 'terminal', 'hostname', 'computer', 'computername', 'machinename'].map((w): [string, EntityType] => [w, 'DEVICE']),
  // Round 65: an OR board's or a case list's team columns ("| Surgeon | Patient | Age | Procedure | Anes |") and an
  // implant log's lot column ("| Cat # | Lot | Serial | Exp |": the lot is part of the implant's identifier).
  ...[...GUARDED_COLUMNS].map(([w, [type]]): [string, EntityType] => [w, type]),
  // A line list's or a schedule's days ("| Admit | Culture date |"): a cell needs a date's shape (DATE_SHAPED).
  ...['admit', 'admitted', 'admission', 'discharge', 'discharged', 'onset', 'collected', 'seen', 'lastseen', 'died', 'expired'].map((w): [string, EntityType] => [w, 'DATE']),
]);
/**
 * A drawn table's column of days by its header's last word: "Culture date", "Onset date", "Test date" (not "Candidate").
 * A bare "Date" column is left to the date rules: a log's row may be dated with no one in it ("10/19 | n/a | self").
 */
const dateColumn = (key: string): EntityType | undefined => (key.length > 4 && key.endsWith('date') && key !== 'candidate' && key !== 'update' ? 'DATE' : undefined);
/** Cells that fill a column without naming anyone ("n/a", "—", "self"). */
// "none available", "not needed", "declined": a log's note that no one filled the role.
const EMPTY_CELL = /^(?:n\/?a|none|unknown|unk|pending|self|tbd|same|x|-+|—|–|\?|(?:none|not|no[ \t]one)[ \t](?:available|assigned|needed|required|present|used)|unavailable|declined|refused|waived)$/i;
// A rule line under a header: dashes with | or + between, and nothing else ("|---|:--:|", "-----+------").
const RULE_LINE = /^[ \t]{0,8}[|+]?[ \t]{0,4}:?-{3,200}:?[ \t]{0,4}(?:[|+][ \t]{0,4}:?-{2,200}:?[ \t]{0,4}){1,40}[|+]?[ \t]{0,8}$/;

/** The offsets of the cells of the line text[from, to), split on |, without the empty edge cells of "| a | b |". */
function pipeCells(text: string, from: number, to: number): [number, number][] {
  const cells: [number, number][] = [];
  let cell = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 124) continue;
    cells.push([cell, i]);
    cell = i + 1;
  }
  const blank = (c: [number, number] | undefined): boolean => c !== undefined && text.slice(c[0], c[1]).trim() === '';
  if (blank(cells[0])) cells.shift();
  if (blank(cells[cells.length - 1])) cells.pop();
  return cells;
}

/** The column types of a pipe header line text[from, to), or undefined when it names no column. */
function pipeHeaderTypes(text: string, from: number, to: number): (EntityType | undefined)[] | undefined {
  const header = pipeCells(text, from, to);
  // A note in brackets stays outside the key: "Pt name (source only)" heads a "ptname" column.
  const keys = header.map(([a, b]) => text.slice(a, b).trim().toLowerCase().replace(/\([^()]{0,30}\)|[ _\-.#]/g, ''));
  // "| Name | Dose |": a name column beside item columns names drugs or tests.
  const items = keys.some((k) => ITEM_COLUMNS.has(k));
  // Round 65: a lot column only beside a device's catalogue or serial column (an implant log); a vaccine's or a drug's
  // lot names a batch ("| Vaccine | Lot | Exp |").
  const implantLog = keys.some((k) => IMPLANT_LOG_KEYS.has(k));
  const types = keys.map((k) => (items && k === 'name' ? undefined : LOT_KEYS.has(k) && !implantLog ? undefined : (PIPE_COLUMN_TYPES.get(k) ?? PIPE_ONLY_GUARDED.get(k)?.[0] ?? dateColumn(k) ?? roleColumn(k))));
  if (keys.some((k) => LOGIN_COLUMNS.includes(k))) loginColumns.set(types, keys.map((k) => LOGIN_COLUMNS.includes(k)));
  if (keys.includes(BOARD_PATIENT_COLUMN)) boardPatientColumns.set(types, keys.map((k) => k === BOARD_PATIENT_COLUMN));
  if (keys.some((k) => GUARDED_COLUMNS.has(k) || PIPE_ONLY_GUARDED.has(k))) guardedColumns.set(types, keys.map((k) => GUARDED_COLUMNS.get(k)?.[1] ?? PIPE_ONLY_GUARDED.get(k)?.[1]));
  return header.length >= 2 && types.some((t) => t !== undefined) ? types : undefined;
}

/** The span [a, b) without the blanks and control characters at its ends. */
function trimBlanks(text: string, [a, b]: [number, number]): [number, number] {
  while (a < b && text.charCodeAt(a) <= 32) a++;
  while (b > a && text.charCodeAt(b - 1) <= 32) b--;
  return [a, b];
}

/**
 * A cell [a, b) under an identifier column of a drawn or blank-aligned table, trimmed of blanks: a candidate
 * of its column's type when it holds such a value (a digit for most types), is no empty marker and passes `accept`.
 */
function columnCell(out: Candidate[], text: string, cell: [number, number], type: EntityType, id: string, accept?: (value: string) => boolean, login = false): void {
  let [a, b] = trimBlanks(text, cell);
  // Round 160: a team's or a service's name before a dash and the doctor ("| Cards — Dr. Iwu |", "| Hosp B – Dr. Kaur |"):
  // the service is no one's name.
  if (type === 'NAME') {
    const lead = SERVICE_BEFORE_DOCTOR.exec(text.slice(a, Math.min(b, a + 40)));
    if (lead !== null) a += lead[0].length;
    // And a credential in brackets closing the cell ("| Holm, Sigrid (CRNA) |"): the role, not the name.
    const role = CELL_ROLE_BRACKET.exec(text.slice(Math.max(a, b - 16), b));
    if (role !== null && b - role[0].length > a) b -= role[0].length;
  }
  const value = text.slice(a, b);
  if (type === 'NAME' && NO_ONE_CELL.test(value)) return;
  if (b > a && (login ? LOGIN_CELL.test(value) && !SYSTEM_LOGIN.test(value) : (NEEDS[type] ?? HAS_DIGIT).test(value)) && !EMPTY_CELL.test(value) && (accept === undefined || accept(value))) {
    out.push(candidate(a, b, type, 0.8, id, { kind: 'header', detail: type }));
  }
}

/**
 * Round 168: what fills a person's cell or field without naming one, as a model's med rec table or a scheduling tool's
 * result writes it: "| Prescriber | OTC |", "provider": "Lab", a service or a source ("Pharmacy", "Outside provider").
 */
const NO_ONE_CELL = /^(?:otc|over[ \t\-]the[ \t\-]counter|lab|labs|laboratory|pharmacy|radiology|imaging|nursing|triage|outside(?:[ \t](?:provider|prescriber|md))?|historical|home[ \t]med|system|interface|hospital|clinic|urgent[ \t]care|various|multiple)$/i;
/** Round 160: a credential or a role's short form in brackets closing a name cell: " (CRNA)", " (RN)", " (PGY-2)". */
const CELL_ROLE_BRACKET = /[ \t]{1,2}\((?:[A-Z]{2,6}|PGY-?\d)\)$/;
/** Round 160: a service's words, a dash, then a doctor's title opening a name cell ("Cards — Dr. "). */
const SERVICE_BEFORE_DOCTOR = /^[A-Za-z][A-Za-z0-9 \/&.]{0,24}?[ \t][—–\-][ \t]{1,2}(?=(?:Dr|DR)\.?[ \t])/;
/** Reads rows of | separated cells from `at` until a line without one; returns where the rows end. */
function pipeRows(text: string, at: number, types: readonly (EntityType | undefined)[], out: Candidate[]): number {
  while (at < text.length) {
    const rEnd = lineBreakAfter(text, at);
    const rTo = contentEnd(text, rEnd);
    const row = text.slice(at, rTo);
    if (!row.includes('|')) break;
    if (!RULE_LINE.test(row)) {
      const cells = pipeCells(text, at, rTo);
      const logins = loginColumns.get(types);
      const board = boardPatientColumns.get(types);
      const guards = guardedColumns.get(types);
      for (let k = 0; k < cells.length && k < types.length; k++) {
        const type = types[k];
        if (type) columnCell(out, text, cells[k] as [number, number], type, PIPE_ID, board?.[k] === true ? noDigit : guards?.[k], logins?.[k] === true);
      }
    }
    at = rEnd + 1;
  }
  return at;
}

/** Where the rows of a drawn table from `at` end (the first line without a |), read for nothing. */
function pipeRowsEnd(text: string, at: number): number {
  while (at < text.length) {
    const rEnd = lineBreakAfter(text, at);
    if (!text.slice(at, contentEnd(text, rEnd)).includes('|')) break;
    at = rEnd + 1;
  }
  return at;
}

// A header written without a rule line under it ("Rm/Bed | Patient | Attending | Issue", census and handoff
// lists): three cells or more of words only, read when the next line has as many cells.
// Words joined by "_" too, as exports name their columns ("interp_id", "patient_name").
// A log's first column may number its rows ("#  | Subject ID | ... | LAR? |"): a bare "#" opens it, and a
// yes/no column's header may end in "?".
const BARE_HEADER = /^[ \t|]*(?:#[ \t]{0,4}\|[ \t]*)?[A-Za-z][A-Za-z_ /#.\-()?]{0,30}(?:\|[ \t]*[A-Za-z][A-Za-z_ /#.\-()?]{0,30}){2,20}[ \t|]*$/;

// Round 154: or two cells of words closed by pipes at both ends ("| Patient | MRN |"), when the next line opens with a
// pipe too and has as many cells: a drawn table with no rule line ("| Mbeki, Thandiwe | 4471120 |").
const BARE_HEADER_TWO = /^[ \t]*\|[ \t]*[A-Za-z][A-Za-z_ /#.\-()?]{0,30}\|[ \t]*[A-Za-z][A-Za-z_ /#.\-()?]{0,30}\|[ \t]*$/;

/**
 * Round 170: a header's notes in brackets may hold a digit ("Card # (last 6)", "Dose (mg/1)"): they are dropped before
 * BARE_HEADER is tried, as the column keys drop them.
 */
const HEADER_NOTE = /\([^()|\n]{0,30}\)/g;
const bareHeaderLine = (line: string): string => (line.includes('(') ? line.replace(HEADER_NOTE, '') : line);

/** Drawn tables: a header line, a rule line (or a bare header of words), then rows of | separated cells until a line without one. */
export function findPipeTables(doc: DocumentView): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  let prevFrom = -1;
  let prevTo = -1;
  let pipe = -1; // the next | at or after the line start, once asked
  for (let at = 0; at < text.length; ) {
    const end = lineBreakAfter(text, at);
    const to = contentEnd(text, end);
    // A rule line starts with a blank, |, + or -: most lines fail on their first character.
    const c = text.charCodeAt(at);
    if (prevFrom >= 0 && (c === 45 || c === 124 || c === 43 || c === 32) && RULE_LINE.test(text.slice(at, to))) {
      const types = pipeHeaderTypes(text, prevFrom, prevTo);
      // Round 168: a table whose header names no identifier column ("| Field | Value |", "| Item | Details |", as a
      // model draws a patient's facts) is passed whole: a row of it ("| Name | Ezekiel Canaryfield |") is no bare header
      // of the rows under it, whose labels ("| DOB |", "| Address |") were read as names.
      at = types ? pipeRows(text, end + 1, types, out) : pipeRowsEnd(text, end + 1);
      prevFrom = -1;
      continue;
    }
    if (prevFrom >= 0 && (BARE_HEADER.test(bareHeaderLine(text.slice(prevFrom, prevTo))) || (c === 124 && BARE_HEADER_TWO.test(text.slice(prevFrom, prevTo))))) {
      const types = pipeHeaderTypes(text, prevFrom, prevTo);
      // Round 168: two cells over a row whose first cell is a column's word too ("| Name | Ezekiel Canaryfield |" over
      // "| DOB | 3/14/52 |"): a list of labels and values, no header.
      const labels = types !== undefined && types.length === 2 && c === 124 && pipeHeaderTypes(text, at, to)?.[0] !== undefined;
      if (types && !labels && pipeCells(text, at, to).length === types.length) {
        at = pipeRows(text, at, types, out);
        prevFrom = -1;
        continue;
      }
    }
    // A header line holds a | (a blank line or one without one is no header).
    if (pipe < at) pipe = text.indexOf('|', at);
    if (pipe < 0) break;
    prevFrom = pipe < to ? at : -1;
    prevTo = to;
    at = end + 1;
  }
  return out;
}

const SPACED_ID = 'spaced-table-column';
// Header words of a column of staff in tables aligned with blanks (immunization records, MARs, logs): "ADMIN BY",
// "INITIALS". Only notes holding one of these words (rare in prose, unlike "given") read their lines as tables.
// "RPH" heads the pharmacist's initials in a pharmacy's fill log, "Staff" those of a session log (rehab, dialysis).
// "Age" heads a transfer or census log's column ("Date  Time  Patient  Age  Dx ..."): its cells over 89 are identifiers.
// "User ID", "user_id" (a token "user"), "login" head the user's column of an access-audit report printed with blanks between its columns.
// Round 107: a census's or a report's clinician column ("BED  NAME  MRN  DOB  ADMIT  ATTENDING") heads a fixed-width export.
const SPACED_STAFF_WORDS = ['initials', 'admin', 'administered', 'vaccinator', 'signature', 'rph', 'staff', 'age', 'user', 'userid', 'login', 'lot', 'attending', 'physician', 'provider'];
/** Keys of a lot column's header ("Lot", "Lot #", "Lot No."; blanks, dots and # dropped). */
const LOT_COLUMNS = ['lot', 'lotno', 'lotnumber', 'lotnum'];
const SPACED_COLUMN_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...PIPE_COLUMN_TYPES,
  ...['adminby', 'administeredby', 'givenby', 'vaccinator', 'signed', 'by'].map((w): [string, EntityType] => [w, 'NAME']),
  // A log's date column beside its staff column: "Session  Date  Mode ... Staff" (a row "7  11/11  TM" reads as a fraction).
  ['date', 'DATE'],
  ['age', 'AGE'],
  // Round 67: an immunisation record's lot column ("Vaccine  Date  Lot  Site  Given by"), read as a lot after "lot #"
  // is (the device cue's): a code of letters and digits ("TX38PQ2", "W004417"), not "n/a" or "see chart".
  ...LOT_COLUMNS.map((w): [string, EntityType] => [w, 'DEVICE']),
]);
/** A lot column's cell: one code of letters and digits, perhaps hyphened, with a digit ("W004417", "3R5L7"). */
const LOT_CELL = /^(?=[A-Za-z\-]{0,19}\d)[A-Za-z0-9][A-Za-z0-9\-]{2,19}$/;
/** An age cell that is an identifier: 90 to 125, digits only ("94"; not "67", "2", "6 mo"). */
const OLD_AGE_CELL = /^(?:9\d|1[01]\d|12[0-5])$/;
/** A date cell: a month and day, with or without a year ("11/11", "03.04.2026", "Nov 4"). */
const DATE_CELL = /^(?:\d{1,2}[\/.\-]\d{1,2}(?:[\/.\-]\d{2,4})?|[A-Za-z]{3,9}\.?[ ]\d{1,2}(?:,?[ ]\d{4})?)$/;
/** A header cell of a table aligned with blanks: a header word, or a slash or unit in brackets too ("BP pre/post", "Wt (kg)"). */
const SPACED_HEADER_CELL = /^[A-Za-z][A-Za-z0-9 _\-.#'\/()%]{0,30}$/;
// Cells of a line aligned with blanks: runs of characters with single blanks inside, two blanks or a tab between.
const SPACED_CELL = /[^ \t\r\n](?:[^ \t\r\n]| (?=[^ \t\r\n]))*/g;

// A staff cell's closing credential ("R. Feeney, LPN", "T. Okoro RN"): the title, not the name.
const CELL_CREDENTIAL = /[, ]{1,2}([A-Za-z][A-Za-z.\/\-]{0,7})$/;

/** The cell [a, b) without a listed credential closing it, when a name stays before it. */
function withoutCredential(text: string, cell: [number, number]): [number, number] {
  const m = CELL_CREDENTIAL.exec(text.slice(cell[0], cell[1]));
  return m !== null && m.index >= 2 && lexicon.CREDENTIALS.has(m[1] as string) ? [cell[0], cell[0] + m.index] : cell;
}

/** [start, end) of each cell of text[from, to), when the line is split by two blanks or a tab. */
function spacedCells(text: string, from: number, to: number): [number, number][] {
  const cells: [number, number][] = [];
  const line = text.slice(from, to);
  SPACED_CELL.lastIndex = 0;
  for (let m = SPACED_CELL.exec(line); m; m = SPACED_CELL.exec(line)) cells.push([from + m.index, from + m.index + m[0].length]);
  return cells;
}

const SURNAME_INITIAL_CELL = /^(\p{Lu}[\p{L}'’\-]{1,30}),[ ]?\p{Lu}\.?$/u;
/** A staff cell: initials ("AKR", "jt") or capitalised words not all common ("M. Ruiz"; not "clinic protocol"). */
function staffCell(doc: DocumentView, value: string): boolean {
  if (/^(?:[A-Z]{2,4}|[a-z]{2,3})$/.test(value)) return !doc.dict.commonWords.has(value.toLowerCase());
  // Round 107: "STRAND, E", "Marsh, K.": a listed surname and the initial of a given name, though an English word too.
  const initialAfter = SURNAME_INITIAL_CELL.exec(value);
  if (initialAfter !== null && doc.dict.surnames.has((initialAfter[1] as string).toLowerCase())) return true;
  const words = value.split(/[ .,]+/).filter((w) => w.length > 0);
  return words.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => w.length > 1 && !doc.dict.commonWords.has(w.toLowerCase()));
}

/**
 * Tables aligned with blanks: a header line of three cells or more, one naming a staff or identifier column
 * ("VACCINE  DATE  LOT #  ADMIN BY"), then rows of as many cells until a blank line; each cell of such a column
 * is read as its header says.
 */
export function findSpacedTables(doc: DocumentView): Candidate[] {
  const text = doc.text;
  // Its cells stand two blanks or a tab apart: prose without either holds no such table.
  if (!text.includes('  ') && !text.includes('\t')) return [];
  const out: Candidate[] = [];
  // Every line is looked at once and every row read once, so time stays linear however many lines name a
  // staff column (a page of "VACCINE  DATE  ADMIN BY" lines had made each header re-read all rows after it).
  const staffTokens: number[] = [];
  forEachIndexedWord(doc, SPACED_STAFF_WORDS, (i) => staffTokens.push(i));
  staffTokens.sort((x, y) => x - y);
  let lineEnd = -1; // end of the last line looked at as a header
  let readUntil = 0; // end of the last table's rows
  for (const i of staffTokens) {
    const t = doc.tokens[i];
    // Same line as the last one looked at ("DATE ADMIN ... ADMIN BY" holds the word twice), or inside a table read.
    if (t === undefined || t.start < lineEnd || t.start < readUntil) continue;
    const from = text.lastIndexOf('\n', t.start) + 1;
    lineEnd = lineBreakAfter(text, t.end);
    const to = contentEnd(text, lineEnd);
    const header = spacedCells(text, from, to);
    if (header.length < 3 || !header.every(([a, b]) => SPACED_HEADER_CELL.test(text.slice(a, b)))) continue;
    const keys = header.map(([a, b]) => text.slice(a, b).toLowerCase().replace(/[ _\-.#]/g, ''));
    const types = keys.map((k) => SPACED_COLUMN_TYPES.get(k));
    if (!types.some((x) => x !== undefined)) continue;
    let at = lineEnd + 1;
    for (; at < text.length; ) {
      const end = lineBreakAfter(text, at);
      const rTo = contentEnd(text, end);
      const cells = spacedCells(text, at, rTo);
      if (cells.length === 0) break;
      if (cells.length === header.length) {
        for (let k = 0; k < cells.length; k++) {
          const type = types[k];
          if (type) columnCell(out, text, type === 'NAME' ? withoutCredential(text, cells[k] as [number, number]) : (cells[k] as [number, number]), type, SPACED_ID, type === 'NAME' ? (value) => staffCell(doc, value) : type === 'DATE' ? (value) => DATE_CELL.test(value) : type === 'AGE' ? (value) => OLD_AGE_CELL.test(value) : LOT_COLUMNS.includes(keys[k] as string) ? (value) => LOT_CELL.test(value) : undefined, LOGIN_COLUMNS.includes(keys[k] as string));
        }
      }
      at = end + 1;
    }
    readUntil = at;
  }
  return out;
}

const X12_ID = 'x12-element';
// X12 837/835/270 claim files: segments end in "~" (or a line break), elements part on "*", components on ":".
// The segment's name and a qualifier element say what each element holds, as HL7's field numbers do.
/** NM1's ID qualifier (NM108) -> the type of the ID after it (NM109); payers' own codes ("PI") are no identifier. */
const X12_NM1_IDS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ['XX', 'LICENSE'], // NPI
  ['MI', 'HEALTHPLAN'], // member ID
  ['II', 'ID'], // unique health identifier
  ['34', 'SSN'],
  ['24', 'ID'], // employer's (tax) ID
  ['FI', 'ID'], // federal tax ID
]);
/** REF's qualifier (REF01) -> the type of its value (REF02). */
const X12_REF_IDS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ['EA', 'MRN'], // medical record number
  ['SY', 'SSN'],
  ['EI', 'ID'], // employer's ID number
  ['1W', 'HEALTHPLAN'], // member ID
  ['IG', 'HEALTHPLAN'], // policy number
  ['F8', 'ID'], // the payer's claim number
  ['G1', 'ID'], // prior authorisation
  ['9F', 'ID'], // referral number
  ['D9', 'ID'], // claim number of the clearing house
  ['0B', 'LICENSE'], // state licence number
]);
// PER's communication qualifiers: phone, extension-less work and home numbers, fax, e-mail.
const X12_PER_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ['TE', 'PHONE'], ['HP', 'PHONE'], ['WP', 'PHONE'], ['CP', 'PHONE'], ['FX', 'FAX'], ['EM', 'EMAIL'],
]);
const X12_DATE_8 = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const X12_SEGMENT_START = /(?:^|[~\r\n])[ \t]{0,4}(ISA|GS|BHT|NM1|N1|N3|N4|DMG|DTP|REF|CLM|PER)\*/g;

/** One X12 segment text[from, to) named `name`: its elements' offsets, then the values by name and qualifier. */
function x12Segment(out: Candidate[], text: string, name: string, from: number, to: number): void {
  const cuts = [from];
  for (let i = text.indexOf('*', from); i >= 0 && i < to; i = text.indexOf('*', i + 1)) cuts.push(i + 1);
  cuts.push(to + 1);
  const value = (k: number): string => (k + 1 < cuts.length ? text.slice(cuts[k] as number, (cuts[k + 1] as number) - 1).trim() : '');
  const put = (k: number, last: number, type: EntityType, need: RegExp): void => {
    if (last + 1 >= cuts.length) last = cuts.length - 2;
    if (k > last) return;
    let a = cuts[k] as number;
    let b = (cuts[last + 1] as number) - 1;
    while (a < b && (text.charCodeAt(a) <= 32 || text.charCodeAt(a) === 42)) a++;
    while (b > a && (text.charCodeAt(b - 1) <= 32 || text.charCodeAt(b - 1) === 42)) b--;
    // A number, a code or a date holds no space: a segment pasted with prose after it on its line ("XX*1234567893
    // is the template line") ends its element at the first blank. Names, streets, towns and employers keep theirs.
    if (type !== 'NAME' && type !== 'ADDRESS' && type !== 'LOCATION' && type !== 'FACILITY') {
      for (let i = a; i < b; i++) {
        if (text.charCodeAt(i) <= 32) {
          b = i;
          break;
        }
      }
    }
    if (b > a && need.test(text.slice(a, b))) out.push(candidate(a, b, type, 0.85, X12_ID, { kind: 'pattern', detail: `${name}${String(k).padStart(2, '0')}` }));
  };
  const date = (k: number, shape: RegExp): void => {
    if (shape.test(value(k))) put(k, k, 'DATE', HAS_DIGIT);
  };
  switch (name) {
    // Round 159: ISA09 and GS04, the interchange's and the group's dates, are the file's, not a person's: not read.
    case 'BHT':
      return date(4, X12_DATE_8);
    case 'NM1': {
      // A person (NM102 = 1): last*first*middle as one name; an organisation's name is left to the facility rules.
      if (value(1) === 'PR') return; // the payer: its name and code are no one's identifiers
      if (value(2) === '1') put(3, 5, 'NAME', HAS_LETTER);
      const idType = X12_NM1_IDS.get(value(8));
      if (idType) put(9, 9, idType, HAS_DIGIT);
      return;
    }
    case 'N1':
      // Round 159: an 834's sponsor (N1*P5), the member's employer, a FACILITY as the fixtures read an employer; the
      // payer (N1*IN), a broker or a third-party administrator are no one's.
      if (value(1) === 'P5') put(2, 2, 'FACILITY', HAS_LETTER);
      return;
    case 'N3':
      put(1, 1, 'ADDRESS', HAS_LETTER);
      return put(2, 2, 'ADDRESS', HAS_LETTER);
    case 'N4':
      // City*state*postal code: the state alone is no identifier.
      put(1, 1, 'LOCATION', HAS_LETTER);
      return put(3, 3, 'ZIP', HAS_DIGIT);
    case 'DMG':
      // DMG*D8*birth date*sex
      if (value(1) === 'D8') date(2, X12_DATE_8);
      return;
    case 'DTP': {
      // DTP*qualifier*D8*date or RD8*date-date (a range: both ends).
      const v = value(3);
      if (value(2) === 'D8') date(3, X12_DATE_8);
      else if (value(2) === 'RD8' && /^\d{8}-\d{8}$/.test(v) && X12_DATE_8.test(v.slice(0, 8)) && X12_DATE_8.test(v.slice(9))) put(3, 3, 'DATE', HAS_DIGIT);
      return;
    }
    case 'REF': {
      const type = X12_REF_IDS.get(value(1));
      if (type) put(2, 2, type, HAS_DIGIT);
      return;
    }
    case 'CLM':
      // The claim's patient control number: the provider's account of the visit.
      return put(1, 1, 'ACCOUNT', HAS_DIGIT);
    case 'PER':
      // PER*IC*contact name*TE*number*EM*address...
      put(2, 2, 'NAME', HAS_LETTER);
      for (let k = 3; k + 1 < cuts.length - 1; k += 2) {
        const type = X12_PER_TYPES.get(value(k));
        if (type) put(k + 1, k + 1, type, type === 'EMAIL' ? /@/ : HAS_DIGIT);
      }
      return;
  }
}

/** X12 claim and eligibility segments; only texts holding "NM1*" (every claim names its parties) are read. */
export function findX12(doc: DocumentView): Candidate[] {
  const text = doc.text;
  if (!text.includes('NM1*')) return [];
  const out: Candidate[] = [];
  X12_SEGMENT_START.lastIndex = 0;
  for (let m = X12_SEGMENT_START.exec(text); m; m = X12_SEGMENT_START.exec(text)) {
    const name = m[1] as string;
    const from = m.index + m[0].length - name.length - 1;
    let to = from;
    while (to < text.length && text.charCodeAt(to) !== 126 && text.charCodeAt(to) !== 13 && text.charCodeAt(to) !== 10) to++;
    x12Segment(out, text, name, from, to);
    X12_SEGMENT_START.lastIndex = to;
  }
  return out;
}

const JSON_FIELD_ID = 'json-field';
// After a key: its colon, and an array's bracket; then a string value.
const JSON_VALUE_HEAD = /^[ \t]{0,2}:[ \t]{0,2}(\[[ \t]{0,2})?"/;
const JSON_STRING_ITEM = /^"([^"\\\n]{1,120})"[ \t]{0,2}(,[ \t]{0,2})?/;

// Round 158: an age under "age" as a number or a string ("age": 93, "age": "91"); bounded, so linear.
const JSON_AGE = /^[ \t]{0,2}:[ \t]{0,2}("?)(\d{2,3})\1(?![\d.])/;

/** An age over 89 under an "age" key (Safe Harbor's only identifying ages); younger ages are no identifiers. */
function jsonAge(out: Candidate[], text: string, at: number): void {
  const m = JSON_AGE.exec(text.slice(at, at + 14));
  if (!m) return;
  const n = Number(m[2]);
  if (n < 90 || n > 125) return;
  const a = at + m[0].length - (m[1] as string).length - (m[2] as string).length;
  out.push(candidate(a, a + (m[2] as string).length, 'AGE', 0.8, JSON_FIELD_ID, { kind: 'header', detail: 'AGE' }));
}

/**
 * "family": "Nakagawa-Brennan", "given": ["Keiko", "Mae"], "record_number": "904173": each string under a key
 * that names its kind (the names of markup fields and table columns), read as a column's cell is. A name
 * has a capital somewhere ("family": "history" is a category); a bare "name" needs a listed name.
 */
export function findJsonFields(doc: DocumentView): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  for (let colon = text.indexOf('":'); colon >= 0; colon = text.indexOf('":', colon + 2)) {
    const open = text.lastIndexOf('"', colon - 1);
    if (open < 0 || colon - open > 42) continue;
    const key = fieldKey(text.slice(open + 1, colon));
    if (key === 'age') {
      jsonAge(out, text, colon + 1);
      continue;
    }
    const chatUser = CHAT_USER_KEYS.has(key);
    const type = chatUser ? 'NAME' : MARKUP_TYPES.get(key);
    if (type === undefined) continue;
    const head = JSON_VALUE_HEAD.exec(text.slice(colon + 1, colon + 13));
    if (!head) continue;
    let p = colon + 1 + head[0].length - 1;
    for (let n = 0; n < 8; n++) {
      const item = JSON_STRING_ITEM.exec(text.slice(p, p + 128));
      if (!item || !item[1]) break;
      const value = item[1];
      if (chatUser && !/\p{Lu}/u.test(value)) {
        // json-user-field (identifiers.ts) reads these keys' logins already.
        if (!JSON_USER_FIELD_KEYS.test(text.slice(open + 1, colon))) byCell(doc, out, text, [p + 1, p + 1 + value.length], JSON_FIELD_ID);
      }
      else if (type !== 'NAME' || (/\p{Lu}/u.test(value) && !PLATFORM_USER_ID.test(value) && (CHAT_NAME_KEYS.has(key) ? givenNameFirst(doc, value) : key !== 'name' || listedNameIn(doc, value)))) {
        columnCell(out, text, [p + 1, p + 1 + value.length], type, JSON_FIELD_ID);
      }
      if (!head[1] || !item[2]) break;
      p += item[0].length;
    }
  }
  return out;
}

/**
 * Round 162: a chat export's user fields (Slack's "user_name", "display_name", "real_name"; Teams' "displayName"): a
 * login in lower case ("hollis.ap") is read as a login column's cell is; a display or real name needs a listed name
 * ("displayName": "Cardiology Huddle" names a channel).
 */
const CHAT_USER_KEYS: ReadonlySet<string> = new Set(['user', 'username', 'displayname', 'realname', 'screenname']);
const JSON_USER_FIELD_KEYS = /^(?:user|username|userName|user_id|author|sender|login)$/;
const CHAT_NAME_KEYS: ReadonlySet<string> = new Set(['displayname', 'realname', 'screenname']);
/** A display name opening with a listed given name ("Hollis Apperson"; not "Cardiology Huddle"). */
function givenNameFirst(doc: DocumentView, value: string): boolean {
  const first = /^\p{Lu}[\p{L}'’\-]{1,30}/u.exec(value);
  return first !== null && doc.dict.firstNames.has(first[0].toLowerCase());
}
/** A platform's id of a user, not a name: capitals and digits in one token ("U02ABCD7Q", "W012A3CDE"). */
const PLATFORM_USER_ID = /^(?=[A-Z0-9]*\d)[A-Z0-9]{5,24}$/;

const DICOM_ID = 'dicom-element';
// A DICOM data element as header dumps print it: "(0010,0010) Patient's Name  PN [DOE^JANE]" (a keyword, then
// the value representation), dcmdump's "(0010,0010) PN [Doe^Jane]  # 8, 1 PatientName" and pydicom's
// "(0010, 0010) Patient's Name  PN: 'Doe^Jane'". The VR says a value is a person's name (PN), a date (DA, DT) or an
// age (AS); the tag says the rest. Bounded, so linear.
const DICOM_ELEMENT =
  /\(([0-9A-Fa-f]{4}), ?([0-9A-Fa-f]{4})\)[ \t]+(?:[^\n[\]]{0,64}?[ \t])?(AE|AS|CS|DA|DS|DT|IS|LO|LT|PN|SH|ST|TM|UC|UI|UT):?[ \t]+(?:\[([^\]\r\n]{0,200})\]|'([^'\r\n]{0,200})')/y;
// Tags (group,element, upper case) of identifiers that the VR alone does not show.
const DICOM_TAGS: ReadonlyMap<string, EntityType | 'address'> = new Map<string, EntityType | 'address'>([
  ['0010,0020', 'MRN'], // Patient ID
  ['0010,1000', 'ID'], // Other Patient IDs
  ['0008,0050', 'ID'], // Accession Number
  ['0020,0010', 'ID'], // Study ID
  ['0038,0010', 'ID'], // Admission ID
  ['0008,0018', 'ID'], // SOP Instance UID
  ['0020,000D', 'ID'], // Study Instance UID
  ['0020,000E', 'ID'], // Series Instance UID
  ['0002,0003', 'ID'], // Media Storage SOP Instance UID (the SOP Instance UID again, in the file's meta header)
  ['0008,1155', 'ID'], // Referenced SOP Instance UID
  ['0020,0052', 'ID'], // Frame of Reference UID
  ['0008,0080', 'FACILITY'], // Institution Name
  ['0008,0081', 'address'], // Institution Address
  ['0010,1040', 'address'], // Patient's Address
  ['0010,2154', 'PHONE'], // Patient's Telephone Numbers
]);
const AGE_STRING = /^0*(\d{1,3})Y$/;
const TWO_CAPS = /^[A-Z]{2}$/;

/** A DICOM element's value text[a, b), by its VR or its tag. */
function dicomValue(out: Candidate[], text: string, tag: string, vr: string, a: number, b: number): void {
  const put = (from: number, to: number, type: EntityType, need: RegExp): void => {
    while (from < to && (text.charCodeAt(from) <= 32 || text.charCodeAt(from) === 94)) from++;
    while (to > from && (text.charCodeAt(to - 1) <= 32 || text.charCodeAt(to - 1) === 94)) to--;
    if (to > from && need.test(text.slice(from, to))) out.push(candidate(from, to, type, 0.85, DICOM_ID, { kind: 'pattern', detail: `${vr} (${tag})` }));
  };
  const kind = DICOM_TAGS.get(tag);
  if (vr === 'PN') return put(a, b, 'NAME', HAS_LETTER);
  if (vr === 'DA' || vr === 'DT') {
    if (DIGITS_8.test(text.slice(a, a + 8))) put(a, a + 8, 'DATE', HAS_DIGIT);
    return;
  }
  if (vr === 'AS') {
    const m = AGE_STRING.exec(text.slice(a, b).trim());
    if (m && Number(m[1]) > 89) put(a, b, 'AGE', HAS_DIGIT);
    return;
  }
  if (kind === undefined) return;
  if (kind !== 'address') return put(a, b, kind, kind === 'FACILITY' ? HAS_LETTER : HAS_DIGIT);
  // Street^city^state^postal code, as HL7 writes an address; a two-letter state is no identifier.
  const c = components(text, a, b);
  for (let k = 0; k + 1 < c.length; k++) {
    const from = c[k] as number;
    const to = (c[k + 1] as number) - 1;
    const v = text.slice(from, to).trim();
    if (v === '' || (k > 0 && TWO_CAPS.test(v))) continue;
    put(from, to, k === 0 ? 'ADDRESS' : /^\d/.test(v) ? 'ZIP' : 'LOCATION', k === 0 ? /[\p{L}\d]/u : HAS_LETTER.test(v) ? HAS_LETTER : HAS_DIGIT);
  }
}

/** DICOM data elements in a header dump; only texts holding a "(0008," or "(0010," tag are read. */
export function findDicomElements(doc: DocumentView): Candidate[] {
  const text = doc.text;
  // pydicom's "(0010, 0010)" holds "(0010," too.
  if (!text.includes('(0010,') && !text.includes('(0008,')) return [];
  const out: Candidate[] = [];
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    DICOM_ELEMENT.lastIndex = at;
    const m = DICOM_ELEMENT.exec(text);
    if (m === null) continue;
    const value = m[4] ?? (m[5] as string);
    const end = at + m[0].length - 1;
    dicomValue(out, text, `${m[1]},${m[2]}`.toUpperCase(), m[3] as string, end - value.length, end);
  }
  return out;
}

/** One of the value's words is a listed given name or surname. */
function listedNameIn(doc: DocumentView, value: string): boolean {
  return value.split(/[ ,.]+/).some((w) => doc.dict.firstNames.has(w.toLowerCase()) || doc.dict.surnames.has(w.toLowerCase()));
}

const MARKUP_ID = 'markup-field';
// CDA and other XML: the names of elements that hold a value of a known kind, besides the column names.
// Not "id" or "patient": in JSON and XML they are mostly a resource's own id or a reference ("Patient/123").
const MARKUP_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  // A pharmacy column's cells are read with their guard only in a drawn table.
  ...[...PIPE_COLUMN_TYPES].filter(([k, type]) => k !== 'id' && k !== 'patient' && k !== BOARD_PATIENT_COLUMN && type !== 'FACILITY'),
  ...['streetaddressline', 'streetname', 'housenumber'].map((w): [string, EntityType] => [w, 'ADDRESS']),
  ...['county'].map((w): [string, EntityType] => [w, 'LOCATION']),
  ...['recordnumber', 'medicalrecord', 'patientnumber', 'hospitalnumber', 'mrno'].map((w): [string, EntityType] => [w, 'MRN']),
]);
// An element with text only: "<family>Goodnight</family>", "<hl7:given>Will</hl7:given>"; bounded, so linear.
const XML_ELEMENT = /<([A-Za-z][\w.:\-]{0,40})(?:[ \t][^<>]{0,200})?>([^<>]{1,200})<\/\1>/y;
// A key=value pair of a query string or log line: "lastName=Goodnight&mrn=904173".
const KEY_VALUE = /(?<![\w.\-])([A-Za-z][\w.\-]{0,40})=([^&\s;,<>"']{1,120})/y;

/** A field's name in the column names' form: "hl7:streetAddressLine" -> "streetaddressline". */
function fieldKey(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase().replace(/[_\-.]/g, '');
}

/**
 * The value of an XML element or a key=value pair whose name says its kind, read as a column's cell is. A
 * bare "name" must hold a listed given name or surname ("<name>Lisinopril</name>" names a drug).
 */
export function findMarkupFields(doc: DocumentView): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  const read = (name: string, a: number, b: number): void => {
    const key = fieldKey(name);
    const type = MARKUP_TYPES.get(key);
    if (type === undefined) return;
    columnCell(out, text, [a, b], type, MARKUP_ID, key === 'name' ? (value) => listedNameIn(doc, value) : undefined);
  };
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    XML_ELEMENT.lastIndex = at;
    const m = XML_ELEMENT.exec(text);
    if (m === null) continue;
    const end = at + m[0].length - (m[1] as string).length - 3; // before "</name>"
    read(m[1] as string, end - (m[2] as string).length, end);
  }
  for (let eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
    let k = eq;
    while (k > 0 && eq - k <= 41 && /[\w.\-]/.test(text.charAt(k - 1))) k--;
    if (k === eq) continue;
    KEY_VALUE.lastIndex = k;
    const m = KEY_VALUE.exec(text);
    if (m && k + (m[1] as string).length === eq) read(m[1] as string, eq + 1, eq + 1 + (m[2] as string).length);
  }
  return out;
}

const CARET_NAME_ID = 'caret-name';
/**
 * Round 60: a name written as HL7 and DICOM write it, family^given^middle, outside a segment the HL7 reader knows
 * ("Subscriber: NGUYEN^BAO^T", "the order for HALVORSEN^ERIK", a CSV cell "DOE^JANE"). Components are words of
 * letters parted by single carets; a listed given name second and no English word there, the first a listed surname
 * or no English word ("SODIUM^LN", "ADT^A01", "OSU^MR" stay). Bounded components, one-character lookbehind: linear.
 */
const CARET_NAME = onFirstUse(String.raw`(?<![\p{L}\d'’\-])(\p{Lu}[\p{L}'’\-]{0,30})\^(\p{Lu}[\p{L}'’\-]{0,30})(?:\^(\p{Lu}[\p{L}'’\-]{0,30}))?(?![\p{L}\d])`, 'gu');

export function findCaretNames(doc: DocumentView): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  const { firstNames, surnames, commonWords } = doc.dict;
  CARET_NAME().lastIndex = 0;
  for (let m = CARET_NAME().exec(text); m; m = CARET_NAME().exec(text)) {
    const family = (m[1] as string).toLowerCase();
    const given = (m[2] as string).toLowerCase();
    if (!firstNames.has(given) || commonWords.has(given) || given.length < 2) continue;
    if (family.length < 2 || (commonWords.has(family) && !surnames.has(family))) continue;
    if (!surnames.has(family) && !firstNames.has(family) && family.length <= 3) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'NAME', 0.8, CARET_NAME_ID, { kind: 'pattern', detail: 'family^given' }));
  }
  return out;
}

const SQL_INSERT_ID = 'sql-insert-column';
/**
 * Round 107: an SQL INSERT pasted into a prompt names its columns once and lists rows of values after VALUES:
 * "INSERT INTO patients (id, mrn, last_name, dob) VALUES (101, 'MR-330918', 'Castellanos', '1988-07-23'), ...".
 * Each value is read as its column's cell (the kinds of markup fields and table columns; a bare "name" needs a
 * listed name, NULL is no value). A table's own "id" is its row's key, no one's identifier. The column list is
 * bounded and has no parentheses, so linear; rows are walked once, quotes honoured.
 */
const SQL_INSERT = /\bINSERT[ \t]+INTO[ \t]+[\w."`\[\]]{1,64}[ \t]*\(([^()]{1,600})\)[ \t\r\n]*VALUES[ \t\r\n]*/gi;
const SQL_NULL = /^null$/i;

export function findSqlInserts(doc: DocumentView): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  SQL_INSERT.lastIndex = 0;
  for (let m = SQL_INSERT.exec(text); m; m = SQL_INSERT.exec(text)) {
    const keys = (m[1] as string).split(',').map((c) => fieldKey(c.trim().replace(/^["`\[]|["`\]]$/g, '')));
    const types = keys.map((k) => MARKUP_TYPES.get(k) ?? roleColumn(k));
    if (!types.some((t) => t !== undefined)) continue;
    let col = -1;
    let cell = 0;
    let quoted = false;
    let i = m.index + m[0].length;
    const end = Math.min(text.length, i + 20000);
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 39 && text.charCodeAt(i + 1) === 39) i++; // '' inside a string
        else if (c === 39) quoted = false;
        continue;
      }
      if (c === 39) quoted = true;
      else if (c === 40 && col < 0) [col, cell] = [0, i + 1];
      else if ((c === 44 || c === 41) && col >= 0) {
        const type = types[col];
        let [a, b] = trimBlanks(text, [cell, i]);
        if (text.charCodeAt(a) === 39 && text.charCodeAt(b - 1) === 39 && b - a >= 2) [a, b] = [a + 1, b - 1];
        const key = keys[col];
        if (type !== undefined && !SQL_NULL.test(text.slice(a, b))) columnCell(out, text, [a, b], type, SQL_INSERT_ID, key === 'name' ? (value) => listedNameIn(doc, value) : undefined);
        if (c === 41) col = -1;
        else [col, cell] = [col + 1, i + 1];
      } else if (col < 0 && c !== 44 && c > 32) break; // ";" or the prose after the rows
    }
    SQL_INSERT.lastIndex = Math.max(SQL_INSERT.lastIndex, i);
  }
  return out;
}

const YAML_ID = 'yaml-field';
/** A YAML mapping's line: indentation, a key of one word, ": ", a scalar (quoted or not) to the line's end. */
const YAML_LINE = /^([ ]{0,40})([A-Za-z][\w\-]{0,40}):(?:[ \t]+("?)([^"#\r\n]{1,120}?)\3)?[ \t]*\r?$/gm;
/** Bare name parts need a parent key naming a name ("name:", "patient_name:", "subscriber:"). */
const YAML_NAME_PARTS: ReadonlySet<string> = new Set(['first', 'last', 'middle', 'given', 'family']);

/**
 * Round 107: a YAML fixture or config pasted into a prompt ("patient:\n  mrn: ...\n  name:\n    last: Thorsby").
 * An indented "key: value" under a parent "key:" line is read as a markup field is; "first", "last" and "middle"
 * only under a parent key for a name or a person ("name:", "patient:"). The multiline regex is anchored per line and
 * bounded, so linear; each line's parent is the last line of smaller indentation seen.
 */
export function findYamlFields(doc: DocumentView): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  // The open parents: [indent, key] of "key:" lines with no value, innermost last.
  const parents: [number, string][] = [];
  let lastEnd = -1;
  YAML_LINE.lastIndex = 0;
  for (let m = YAML_LINE.exec(text); m; m = YAML_LINE.exec(text)) {
    // A line that is no mapping's line between two ends the block.
    if (lastEnd >= 0 && text.slice(lastEnd, m.index).trim() !== '') parents.length = 0;
    lastEnd = m.index + m[0].length;
    const indent = (m[1] as string).length;
    const key = fieldKey(m[2] as string);
    while (parents.length > 0 && (parents[parents.length - 1] as [number, string])[0] >= indent) parents.pop();
    const value = m[4];
    if (value === undefined) {
      parents.push([indent, key]);
      continue;
    }
    const parent = parents[parents.length - 1];
    if (parent === undefined || indent === 0) continue;
    const type = YAML_NAME_PARTS.has(key) ? (parent[1].endsWith('name') || PERSON_PART_COLUMN.test(parent[1]) ? 'NAME' : undefined) : MARKUP_TYPES.get(key);
    if (type === undefined) continue;
    const a = m.index + m[0].indexOf(':') + 1 + /^[ \t]*"?/.exec(m[0].slice(m[0].indexOf(':') + 1))![0].length;
    if (type !== 'NAME' || (/\p{Lu}/u.test(value) && (key !== 'name' || listedNameIn(doc, value)))) columnCell(out, text, [a, a + value.length], type, YAML_ID);
  }
  return out;
}

const PSQL_RECORD_ID = 'psql-record';
// A line of psql's expanded display ("\\x"): a column's name, blanks, a bar, the value. Anchored per line and bounded,
// so linear.
const PSQL_RECORD_LINE = /^[ \t]{0,8}([A-Za-z_][\w]{0,40})[ \t]{0,40}\| ([^\r\n|]{1,160})$/gm;

/**
 * Round 158: a query's result as psql prints it in expanded display ("-[ RECORD 1 ]----+-----" then "first_name | Ana"):
 * each row's value under a column named for its kind, read as a markup field is. Only texts holding a record's
 * header are read.
 */
export function findPsqlRecords(doc: DocumentView): Candidate[] {
  const text = doc.text;
  if (!text.includes('-[ RECORD ')) return [];
  const out: Candidate[] = [];
  PSQL_RECORD_LINE.lastIndex = 0;
  for (let m = PSQL_RECORD_LINE.exec(text); m; m = PSQL_RECORD_LINE.exec(text)) {
    const key = fieldKey(m[1] as string);
    // A table's own key ("id | 48213") is a row's number, no one's record.
    const value = (m[2] as string).trimEnd();
    const a = m.index + m[0].length - (m[2] as string).length;
    if (BY_COLUMN.test(key)) {
      byCell(doc, out, text, [a, a + value.length], PSQL_RECORD_ID);
      continue;
    }
    const type = key === 'id' ? undefined : (MARKUP_TYPES.get(key) ?? COLUMN_TYPES.get(key) ?? roleColumn(key));
    if (type === undefined) continue;
    if (value === '' || (type === 'NAME' && (!/\p{Lu}/u.test(value) || (key === 'name' && !listedNameIn(doc, value))))) continue;
    columnCell(out, text, [a, a + value.length], type, PSQL_RECORD_ID);
  }
  return out;
}

/**
 * Round 162: a record's audit column named for who acted ("updated_by", "created_by", "entered_by"): a person's name
 * (capitalised) or a user's login in lower case ("kwestbrook", "mpatel4"), as an access log's login column is read.
 */
const BY_COLUMN = /^(?:created|updated|modified|entered|edited|reviewed|signed|approved|verified|performed|recorded|changed|deleted|accessed|documented|lastupdated|lastmodified|ordered|collected|submitted|uploaded|scanned)by$/;
/** A login of a person: letters, perhaps digits after them or a dot or underscore inside, no common word ("mpatel4", "k.west"). */
const PERSON_LOGIN = /^[a-z][a-z0-9]{2,23}(?:[._][a-z0-9]{1,24})?$/;
function byCell(doc: DocumentView, out: Candidate[], text: string, cell: [number, number], id: string): void {
  const value = text.slice(cell[0], cell[1]).trim();
  if (/^\p{Lu}/u.test(value)) {
    columnCell(out, text, cell, 'NAME', id, (v) => staffCell(doc, v));
    return;
  }
  if (value.length >= 4 && PERSON_LOGIN.test(value) && !SYSTEM_LOGIN.test(value) && !doc.dict.commonWords.has(value) && !EMPTY_CELL.test(value)) columnCell(out, text, cell, 'ID', id, undefined, true);
}

const KEYED_BLANK_ID = 'keyed-blank-table';
// Round 162: a data frame or a query's result printed with blanks between its columns (pandas, an R tibble, a SQL
// client's plain output): a header line of three keys or more, one written as exports write keys ("first_name",
// "last_name", "zip"), then rows of as many blank-parted values, or one more when a row's number opens them. Split
// on blanks by hand, so linear.
const BLANK_KEY = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;
/** A tibble's line of column types under its header ("<int> <chr> <date>"). */
const TIBBLE_TYPES = /^(?:<[a-z]{2,6}>[ \t]+)*<[a-z]{2,6}>$/;
/** Cells of a name column: capitalised words of letters ("Ottilie", "O'Dowd", "VAN-ESS"), no digit. */
const BLANK_NAME_CELL = /^\p{Lu}[\p{L}'’\-]{1,40}$/u;
/** A data frame's missing value: pandas' NaN and None, R's NA, SQL's NULL. */
const MISSING_CELL = /^(?:NULL|Null|NA|NaN|NaT|None)$/;
const BLANK_ZIP_CELL = /^\d{5}(?:-\d{4})?$/;
const BLANK_DATE_CELL = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;

function blankTokens(text: string, from: number, to: number): [number, number][] {
  const cells: [number, number][] = [];
  let i = from;
  while (i < to) {
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const a = i;
    while (i < to && !isBlank(text.charCodeAt(i))) i++;
    cells.push([a, i]);
  }
  return cells;
}

export function findKeyedBlankTables(doc: DocumentView): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  let at = 0;
  // The next "_" at or after `at` (a header holds one in a key): lines before it are passed over untokenized.
  let underscore = text.indexOf('_');
  while (at < text.length) {
    if (underscore < at) underscore = text.indexOf('_', at);
    if (underscore < 0) break;
    const end = lineBreakAfter(text, at);
    if (underscore >= end) {
      // No line from here to the one holding that "_" can be a header: go to that line's start.
      at = text.lastIndexOf('\n', underscore) + 1;
      continue;
    }
    const to = contentEnd(text, end);
    const header = blankTokens(text, at, to);
    let next = end + 1;
    const keys = header.map(([a, b]) => text.slice(a, b));
    if (header.length >= 3 && header.length <= 40 && keys.every((k) => BLANK_KEY.test(k)) && keys.some((k) => k.includes('_'))) {
      const norm = keys.map((k) => fieldKey(k));
      const types = norm.map((k): EntityType | 'BY' | undefined => (BY_COLUMN.test(k) ? 'BY' : k === 'id' || k === 'name' ? undefined : (COLUMN_TYPES.get(k) ?? roleColumn(k))));
      if (types.some((x) => x === 'NAME' || x === 'ZIP' || x === 'DATE' || x === 'BY')) {
        let row = next;
        while (row < text.length) {
          const rEnd = lineBreakAfter(text, row);
          const rTo = contentEnd(text, rEnd);
          const cells = blankTokens(text, row, rTo);
          if (cells.length === 0) break;
          const first = text.slice((cells[0] as [number, number])[0], (cells[0] as [number, number])[1]);
          let shift = -1;
          if (cells.length === header.length) shift = 0;
          else if (cells.length === header.length + 1 && /^\d{1,7}$/.test(first)) shift = 1;
          else if (!TIBBLE_TYPES.test(text.slice(row, rTo).trim())) break;
          for (let k = 0; shift >= 0 && k < header.length; k++) {
            const type = types[k];
            const cell = cells[k + shift] as [number, number];
            if (type === 'BY') byCell(doc, out, text, cell, KEYED_BLANK_ID);
            else if (type === 'NAME') columnCell(out, text, cell, type, KEYED_BLANK_ID, (v) => BLANK_NAME_CELL.test(v) && !EMPTY_CELL.test(v) && !MISSING_CELL.test(v));
            else if (type === 'ZIP') columnCell(out, text, cell, type, KEYED_BLANK_ID, (v) => BLANK_ZIP_CELL.test(v));
            else if (type === 'DATE') columnCell(out, text, cell, type, KEYED_BLANK_ID, (v) => BLANK_DATE_CELL.test(v));
          }
          row = rEnd + 1;
        }
        next = row;
      }
    }
    at = next;
  }
  return out;
}

const VCARD_ID = 'vcard-address';
// A vCard's address property: "ADR;TYPE=HOME:po box;extended;street;locality;region;postal code;country". Anchored per
// line, the parameters hold no colon, so linear.
const VCARD_ADR = /^(?:item\d{1,2}\.)?ADR(?:;[^:\r\n]{0,80})?:([^\r\n]{1,300})$/gm;
// Its structured name: "N:family;given;additional;prefix;suffix" (the prefix and suffix, titles, stay).
const VCARD_N = /^N(?:;[^:\r\n]{0,80})?:([^\r\n]{1,200})$/gm;

/**
 * Round 158: a contact card pasted into a prompt: its N's family, given and additional names, and its ADR's components by position: the street (and the extended
 * address, a unit), the town and the postal code; the region (a state) and the country stay. Only texts holding
 * "BEGIN:VCARD" are read.
 */
export function findVcardAddresses(doc: DocumentView): Candidate[] {
  const text = doc.text;
  if (!text.includes('BEGIN:VCARD')) return [];
  const out: Candidate[] = [];
  VCARD_ADR.lastIndex = 0;
  for (let m = VCARD_ADR.exec(text); m; m = VCARD_ADR.exec(text)) {
    const value = m[1] as string;
    let a = m.index + m[0].length - value.length;
    const parts = value.split(';');
    for (let k = 0; k < parts.length && k < 6; k++) {
      const part = parts[k] as string;
      const type: EntityType | undefined = k === 1 || k === 2 ? 'ADDRESS' : k === 3 ? 'LOCATION' : k === 5 ? 'ZIP' : undefined;
      if (type !== undefined) columnCell(out, text, [a, a + part.length], type, VCARD_ID);
      a += part.length + 1;
    }
  }
  VCARD_N.lastIndex = 0;
  for (let m = VCARD_N.exec(text); m; m = VCARD_N.exec(text)) {
    const value = m[1] as string;
    let a = m.index + m[0].length - value.length;
    const parts = value.split(';');
    for (let k = 0; k < parts.length && k < 3; k++) {
      const part = parts[k] as string;
      if (/\p{Lu}/u.test(part)) columnCell(out, text, [a, a + part.length], 'NAME', VCARD_ID);
      a += part.length + 1;
    }
  }
  return out;
}

// What a field named for its kind can hold (MARKUP_TYPES' types).
const FIELD_TYPES: readonly EntityType[] = [...new Set(MARKUP_TYPES.values())];

export const STRUCTURED_RECOGNIZERS: readonly Recognizer[] = [
  { id: MARKUP_ID, types: FIELD_TYPES, find: findMarkupFields },
  { id: JSON_FIELD_ID, types: [...FIELD_TYPES, 'AGE'], needs: { char: '"' }, find: findJsonFields },
  { id: DICOM_ID, types: ['NAME', 'DATE', 'AGE', 'MRN', 'ID', 'FACILITY', 'ADDRESS', 'LOCATION', 'ZIP', 'PHONE'], needs: { char: '(' }, find: findDicomElements },
  { id: X12_ID, types: ['NAME', 'DATE', 'MRN', 'ADDRESS', 'LOCATION', 'ZIP', 'PHONE', 'FAX', 'EMAIL', 'ACCOUNT', 'SSN', 'LICENSE', 'HEALTHPLAN', 'ID'], needs: { literals: [{ lower: false, literals: ['NM1*'] }] }, find: findX12 },
  { id: CARET_NAME_ID, types: ['NAME'], needs: { char: '^' }, find: findCaretNames },
  { id: HL7_ID, types: ['NAME', 'DATE', 'MRN', 'ADDRESS', 'LOCATION', 'ZIP', 'PHONE', 'EMAIL', 'ACCOUNT', 'SSN', 'LICENSE', 'ID', 'FACILITY', 'DEVICE'], needs: { char: '|' }, find: findHl7 },
  { id: CSV_ID, types: ['NAME', 'DATE', 'MRN', 'ADDRESS', 'LOCATION', 'ZIP', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'ACCOUNT', 'DEVICE', 'HEALTHPLAN'], needs: { char: '\n' }, find: findTableColumns },
  { id: SPACED_ID, types: FIELD_TYPES, indexWords: SPACED_STAFF_WORDS, needs: { words: SPACED_STAFF_WORDS }, find: findSpacedTables },
  { id: PIPE_ID, types: FIELD_TYPES, needs: { char: '|' }, find: findPipeTables },
  { id: SQL_INSERT_ID, types: FIELD_TYPES, needs: { literals: [{ lower: true, literals: ['insert'] }] }, find: findSqlInserts },
  { id: VCARD_ID, types: ['NAME', 'ADDRESS', 'LOCATION', 'ZIP'], needs: { literals: [{ lower: false, literals: ['BEGIN:VCARD'] }] }, find: findVcardAddresses },
  { id: KEYED_BLANK_ID, types: ['NAME', 'ZIP', 'DATE', 'ID'], needs: { char: '_' }, find: findKeyedBlankTables },
  { id: PSQL_RECORD_ID, types: FIELD_TYPES, needs: { literals: [{ lower: false, literals: ['-[ RECORD '] }] }, find: findPsqlRecords },
  { id: YAML_ID, types: FIELD_TYPES, needs: { literals: [{ lower: false, literals: [':\n', ':\r\n'] }] }, find: findYamlFields },
];
