// Round 119: names as unit whiteboards, bed boards, census lists, sticky notes and clinic day sheets type them, a
// surname heading a line before what the patient has ("Quillfeather - CHF - d/c am", "rm 9 Ugwuanyi NPO", "0940  Brathwaite-Lo
// dressing change"), and the handles of a chat export heading its lines ("tess.w:", "abe k:", "[08:51] Renske D:") and
// mentioned in it ("@hvantol"). Such lines carry no cue before the name: the board's shape is the cue, so the
// document must hold two such lines or more, and the word must be no English word, drug, state, town or unit.
import { lexicon } from '../dictionaries/index.js';
import { CLINICAL_ACRONYMS } from './name-messages.js';
import { PROCEDURE_OR_DISEASE } from './name-words.js';
import { TURN_ROLES } from './name-shape.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';
import { CharCodeSet, charCodesOf } from '../text/chars.js';
import { onFirstUse } from './machine-code.js';

const ID = 'name-board-line';

// A board's line: an optional room, bed, list or clock number (round 141: or a numbered row's "2." or "3)"), then a capitalised word (maybe hyphen-joined), then a
// spaced dash, a column gap of two blanks or more, or one blank and a clinical acronym ("NPO", "CHF").
const BOARD_HEAD = onFirstUse(String.raw`^[ \t]{0,4}(?:[\-*•][ \t]{1,2})?(?:((?:[Rr]m|[Rr]oom|[Bb]ed|[Bb]ay)\.?[ \t]{0,2}#?\d{1,4}[A-Za-z]?|\d{1,4}(?:[.)]|[ \t]{1,2}[A-D](?![\p{L}\d]))?)[ \t]{1,4}(?:[\-:][ \t]{1,2})?)?(\p{Lu}\p{Ll}{2,20}(?:-\p{Lu}\p{Ll}{1,20})?)(?:([ \t]{1,14}[\-–—][ \t]{1,2})(?=[\p{L}\d])|([ \t]{2,14})(?=\p{L})|[ \t](?=(\p{Lu}{2,5})(?![\p{L}\d]))|([ \t]?\(\d{1,3}[A-Da-d]?\):?[ \t]{1,2}|:[ \t]{1,2})(?=[\p{L}\d]))`, 'u');
/** Endings of drugs a capitalised word of no list may have ("Tylenol - 650", "Heparin  gtt", "Lasix - held"). */
const DRUG_ENDING = /(?:in|ol|one|ide|ate|pam|lam|ine|ex|ox|ix|ax|id|il|an|on|erm|co|za|ra|ac|ak|yl|xa|to)$/;
/** Round 141: endings of the nouns a problem list heads its rows with (diseases, states, findings, fields). */
const PROBLEM_ENDING = /(?:ia|ing|tion|sion|ism|ure|ence|ance|ment|ness|ema|oma|ics|ary|ity)$/;
/** Board words that are no common word yet name no one: services, isolation and staffing shorthand. */
const BOARD_WORDS = new Set(['tele', 'telemetry', 'cards', 'nephro', 'hospitalist', 'hospice', 'palliative', 'rehab', 'ortho', 'neuro', 'neurosurg', 'gen', 'surg',
  'peds', 'onc', 'psych', 'obgyn', 'covid', 'cdiff', 'mrsa', 'vre', 'esbl', 'isolation', 'iso', 'sitter', 'float', 'charge', 'resource', 'discharges', 'admits',
  'transfers', 'dispo', 'epic', 'vocera', 'pyxis', 'omnicell', 'hoyer', 'posey', 'bair', 'foley', 'picc', 'trach', 'vent', 'bipap', 'cpap', 'hfnc',
  // Diagnoses and states a board heads a line with ("Sepsis - none", "Cdiff - 2 pending").
  'sepsis', 'cellulitis', 'pneumonia', 'pna', 'bronchiolitis', 'syncope', 'ams', 'etoh', 'withdrawal', 'ciwa', 'cows', 'nstemi', 'afib', 'aflutter', 'dka', 'hhs', 'copd', 'chf',
  'gib', 'sbo', 'appy', 'chole', 'lap', 'cabg', 'tavr', 'turp', 'tka', 'tha', 'orif', 'crani', 'vp', 'restraints', 'seclusion', 'elopement', 'npo', 'clears', 'prn',
  // Round 141: a handoff's own heading ("Handoff - outpatient CM" above numbered rows).
  'handoff', 'handoffs', 'handover', 'signout', 'huddle']);

/** The word can be a surname heading a board's line: no English word, drug, eponym, state, town, month or unit. */
function boardSurname(doc: DocumentView, word: string): boolean {
  for (const part of word.split('-')) {
    const l = part.toLowerCase();
    const listed = doc.dict.surnames.has(l) || doc.dict.firstNames.has(l);
    if (doc.dict.commonWords.has(l) && !(listed && part !== word)) return false;
    if (BOARD_WORDS.has(l) || lexicon.SPECIALTY_SHORTHAND.has(l) || lexicon.EPONYMS.has(l) || lexicon.CLINICAL_EPONYMS.has(l) || lexicon.US_STATES.has(l) || lexicon.WEEKDAYS.has(l)
      || lexicon.TITLES.has(l) || lexicon.FACILITY_HEADS.has(l) || MONTH_WORDS.has(l)) return false;
    // Round 131: nor a disease or an operation by its ending ("Pancreatitis", "Cholecystectomy") heading a census row.
    // Round 141: nor a problem list's noun by its ending, as a numbered list heads its rows ("1. Hypokalemia - repleted",
    // "3. Deconditioning - PT", "2. Edema - lasix").
    if (!listed && (DRUG_ENDING.test(l) || PROCEDURE_OR_DISEASE.test(l) || PROBLEM_ENDING.test(l) || doc.dict.allCities.has(l))) return false;
  }
  return true;
}
const MONTH_WORDS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'sept', 'october', 'november', 'december']);

interface BoardLine {
  readonly at: number;
  readonly word: string;
  readonly numbered: boolean;
  readonly acronym: string | undefined;
}

/**
 * The ASCII characters BOARD_HEAD() can match at a line's first character: a blank, a bullet's "-" or "*", a room's, bed's
 * or bay's first letter ("rm", "bed"), a digit, or a capital. Any other ASCII character there fails the pattern, so
 * such a line (most of a note's prose, "the patient ...", "(see above)") is not sliced nor matched. Characters beyond
 * ASCII ("•", "Ö") are always tried.
 */
const BOARD_HEAD_FIRST = new CharCodeSet(charCodesOf(' \t-*0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZrb'));

/** Each line's start (at most 2,000 lines), and the board lines among them. */
function boardLines(doc: DocumentView): BoardLine[] {
  const { text } = doc;
  const lines: BoardLine[] = [];
  for (let from = 0, n = 0; from < text.length && n < 2000; n++) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const c = text.charCodeAt(from);
    const m = c < 128 && !BOARD_HEAD_FIRST.has(c) ? null : BOARD_HEAD().exec(text.slice(from, Math.min(end, from + 96)));
    // A colon right after the word only after a bed's number ("24 Okafor: CIWA"), never a label's ("Plan: ...") nor a
    // numbered form field's ("13. Certifier: <name>", "4) Informant: ...").
    if (m !== null && !(m[6]?.startsWith(':') === true && (m[1] === undefined || /[.)]$/.test(m[1])))) {
      const word = m[2] as string;
      const tail = m[3]?.length ?? m[4]?.length ?? m[6]?.length ?? 1;
      lines.push({ at: from + m[0].length - tail - word.length, word, numbered: m[1] !== undefined, acronym: m[5] });
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return lines;
}

function findBoardNames(doc: DocumentView, out: Candidate[]): void {
  if (doc.allCaps || doc.text.indexOf('\n') < 0) return;
  const lines = boardLines(doc);
  if (lines.length < 2) return;
  for (const line of lines) {
    // One blank and an acronym only after a room or bed number ("rm 9 Ugwuanyi NPO"), and no credential ("Lee MD").
    if (line.acronym !== undefined && (!line.numbered || lexicon.CREDENTIALS.has(line.acronym.toLowerCase()) || !CLINICAL_ACRONYMS.has(line.acronym) && !BOARD_ACRONYMS.has(line.acronym))) continue;
    if (!boardSurname(doc, line.word)) continue;
    out.push(candidate(line.at, line.at + line.word.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'board-line' }));
  }
}
/** Orders and states a board writes right after a patient's surname. */
const BOARD_ACRONYMS = new Set(['NPO', 'CHF', 'COPD', 'DKA', 'AKI', 'CKD', 'PNA', 'CAP', 'UTI', 'GIB', 'CVA', 'TIA', 'MI', 'NSTEMI', 'STEMI', 'PE', 'DVT', 'AFIB', 'HTN', 'DM',
  'SBO', 'ESRD', 'RSV', 'ARDS', 'OOB', 'NWB', 'WBAT', 'DNR', 'DNI', 'AMA', 'POD', 'OR', 'IR', 'CT', 'MRI', 'EGD', 'HD', 'TKA', 'THA', 'ORIF', 'PT', 'OT', 'SLP', 'ETOH']);

// A chat export's line head: an optional clock or date-and-clock ("[08:51] ", "2/9/26, 7:41 PM - "), then the
// handle and a colon: a word, a word and an initial ("abe k", "Renske D"), or a dotted or underscored one ("tess.w").
const CHAT_HEAD = /^[ \t]{0,4}(?:\[[^\]\n]{3,24}\][ \t]{1,2}|[\d\/.\-]{6,10},?[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]{1,2}[\-–][ \t]{1,2})?([A-Za-z]{2,15}(?:[._][A-Za-z]{1,2}|[ \t][A-Za-z]\.?)?):[ \t]{1,3}(\S)/;

const MENTION = /^@([A-Za-z]{2,15}(?:[._][A-Za-z]{1,2})?)(?![\w@]|\.\w)/;

/** Care and desk roles that label a thread's turns as its people do ("aide: ok, bp 132/80"), listed as given names or not. */
const CARE_ROLE_HANDLES: ReadonlySet<string> = new Set(['aide', 'aid', 'hha', 'pca', 'cna', 'lpn', 'cma', 'tech', 'sitter', 'charge', 'clerk', 'desk', 'front', 'triage', 'pharmacy', 'lab', 'unit', 'secretary', 'scheduler', 'dispatch', 'driver', 'medic', 'me', 'mgr', 'manager', 'supervisor', 'admin', 'office', 'clinic', 'agency', 'home', 'team', 'nurses', 'nursing']);

/** The handle can name a person: a listed given name, or a word of no list (a login: "hvantol"), with an initial or not. */
function chatHandle(doc: DocumentView, handle: string, mentioned: boolean): boolean {
  const head = (/^[A-Za-z]+/.exec(handle) as RegExpExecArray)[0];
  const l = head.toLowerCase();
  if (TURN_ROLES.has(l) || CARE_ROLE_HANDLES.has(l) || lexicon.TITLES.has(l) || lexicon.WEEKDAYS.has(l) || lexicon.CREDENTIALS.has(l) || MONTH_WORDS.has(l) || CLINICAL_ACRONYMS.has(head.toUpperCase())) return false;
  // A section's label in capitals ("HEENT:", "ROS:") is no handle.
  if (head.length >= 3 && head === head.toUpperCase()) return false;
  if (doc.dict.firstNames.has(l)) return l.length >= 2;
  // A word of no list only as a login writes it, in lower case ("hvantol:"); "Heent:", "Abd:" are a note's labels.
  // A login @-mentioned in the thread may end as a drug does ("kfontaine").
  return head === l && l.length >= 4 && !doc.dict.commonWords.has(l) && (mentioned || doc.dict.surnames.has(l) || !DRUG_ENDING.test(l)) && !BOARD_WORDS.has(l) && !lexicon.SPECIALTY_SHORTHAND.has(l);
}

function findChatHandles(doc: DocumentView, out: Candidate[]): void {
  const { text } = doc;
  if (text.indexOf(':') < 0 || text.indexOf('\n') < 0) return;
  const seen = new Map<string, number[]>();
  // Handles whose speech opens with a letter on some line: a lab's "Na: 135" rows speak in numbers only.
  const speaking = new Set<string>();
  // CHAT_HEAD matches only up to a colon in the slice it is given: a line whose first 80 characters hold none is not
  // sliced nor matched, and once no colon is left no later line can match. `colon` is the first colon at or after `from`.
  let colon = text.indexOf(':');
  for (let from = 0, n = 0; from < text.length && n < 2000 && colon >= 0; n++) {
    const nl = text.indexOf('\n', from);
    const end = Math.min(nl < 0 ? text.length : nl, from + 80);
    if (colon < from) colon = text.indexOf(':', from);
    const m = colon >= from && colon < end ? CHAT_HEAD.exec(text.slice(from, end)) : null;
    if (m !== null) {
      const handle = m[1] as string;
      const key = handle.toLowerCase();
      const at = from + m[0].lastIndexOf(`${handle}:`);
      const list = seen.get(key);
      if (list === undefined) seen.set(key, [at]);
      else list.push(at);
      if (/\p{L}/u.test(m[2] as string)) speaking.add(key);
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  if (seen.size < 2) return;
  const mentioned = new Map<string, number[]>();
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const m = MENTION.exec(text.slice(at, at + 20));
    if (m === null || (at > 0 && /[\w.]/.test(text[at - 1] as string))) continue;
    const key = (m[1] as string).toLowerCase();
    const list = mentioned.get(key);
    if (list === undefined) mentioned.set(key, [at + 1]);
    else list.push(at + 1);
  }
  // A chat: two handles or more, each opening two lines or more or @-mentioned in the thread.
  let speakers = 0;
  for (const [key, list] of seen) if (list.length >= 2 || mentioned.has(key)) speakers++;
  if (speakers < 2) return;
  const names = new Set<string>();
  for (const [key, list] of seen) {
    const handle = text.slice(list[0] as number, (list[0] as number) + key.length);
    // A handle opening one line only: mentioned too ("@hvantol ..." and "hvantol: sure"), or a listed given name.
    const once = mentioned.has(key) || doc.dict.firstNames.has((/^[a-z]+/.exec(key) as RegExpExecArray)[0]);
    if ((list.length < 2 && !once) || (!speaking.has(key) && !mentioned.has(key)) || !chatHandle(doc, handle, mentioned.has(key))) continue;
    names.add(key);
    for (const at of list) out.push(candidate(at, at + key.length, 'NAME', 0.68, ID, { kind: 'context', detail: 'chat-handle' }));
  }
  // A mention of a speaker: "@hvantol can you cover".
  for (const [key, list] of mentioned) {
    if (!names.has(key)) continue;
    for (const at of list) out.push(candidate(at, at + key.length, 'NAME', 0.68, ID, { kind: 'context', detail: 'chat-mention' }));
  }
}

// A charge nurse's assignment row: a staff role's label, then names each with the rooms or beds they take in brackets
// ("RN: Marit (8-13), Cy (14-20)", "CNA: Rolf (1-10)").
// Tried at each line's start (sticky): the label holds no line break, so this finds what a scan of the whole text for
// the label after "^" or "\n" finds, one line at a time, without trying the pattern at every character.
const STAFF_ROW = /[ \t]{0,4}(?:RNs?|LPNs?|CNAs?|PCTs?|NAs?|Float|Charge|Resource|Sitter|Tech|Techs)[ \t]{0,2}:[ \t]{1,3}(?=\p{Lu})/uy;
// Or the name right after a charge, resource or float label anywhere on a line ("Charge: Marit x2207   Resource: Cy").
const STAFF_LABEL_WORDS = ['Charge', 'Resource', 'Float', 'Sitter', 'Preceptor', 'Orientee'];
const STAFF_LABEL = new RegExp(`(?<![\\p{L}])(?:${STAFF_LABEL_WORDS.join('|')})(?:[ \\t](?:RN|nurse))?:[ \\t]{1,3}(\\p{Lu}\\p{Ll}{1,15})(?![\\p{L}\\d])`, 'gu');
const STAFF_CELL = /(?<![\p{L}\d])(\p{Lu}\p{Ll}{1,15})[ \t]{1,2}\((?:\d{1,2}[\-–]\d{1,2}|\d{1,2}(?:,[ \t]?\d{1,2}){0,5})\)/gu;
/** The word can be a staff member's given name: a listed given name or no English word, and no role, unit or day. */
function staffName(doc: DocumentView, word: string): boolean {
  const l = word.toLowerCase();
  return (doc.dict.firstNames.has(l) || !doc.dict.commonWords.has(l)) && !lexicon.TITLES.has(l) && !lexicon.WEEKDAYS.has(l) && !MONTH_WORDS.has(l) && !BOARD_WORDS.has(l) && !TURN_ROLES.has(l) && !lexicon.SPECIALTY_SHORTHAND.has(l) && !lexicon.FACILITY_HEADS.has(l) && !lexicon.US_STATES.has(l);
}
function findStaffRows(doc: DocumentView, out: Candidate[]): void {
  const { text } = doc;
  if (text.indexOf(':') < 0) return;
  // Every match holds one of the label's words: a note with none of them (most) is not scanned.
  if (STAFF_LABEL_WORDS.some((w) => text.includes(w))) {
    for (const m of text.matchAll(STAFF_LABEL)) {
      const word = m[1] as string;
      if (!staffName(doc, word)) continue;
      const at = (m.index as number) + m[0].length - word.length;
      out.push(candidate(at, at + word.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'staff-label' }));
    }
  }
  if (text.indexOf('(') < 0) return;
  for (let lineStart = 0; lineStart >= 0; lineStart = text.indexOf('\n', lineStart) + 1 || -1) {
    STAFF_ROW.lastIndex = lineStart;
    const row = STAFF_ROW.exec(text);
    if (row === null) continue;
    const from = lineStart + row[0].length;
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, Math.min(nl < 0 ? text.length : nl, from + 160));
    for (const cell of line.matchAll(STAFF_CELL)) {
      const word = cell[1] as string;
      if (!staffName(doc, word)) continue;
      const at = from + (cell.index as number);
      out.push(candidate(at, at + word.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'staff-row' }));
    }
  }
}

// Round 128: an OR, cath-lab or endoscopy schedule's row names the patient, the age and sex, the case, then the
// surgeon or the endoscopist alone in a column ("0730  <surname>, 64M  Lap Chole   <surname>/<surname> (anes)").
// The age-and-sex cell after a word makes the line a patient's row; a later cell of one capitalised word (or two
// joined by a slash, maybe with an anaesthetist's bracket) that is no English word, procedure, drug or acronym is a name.
// Sticky, tried at the document's runs of digits: the age is a whole run of one to three digits (a blank before it, a
// blank or the sex after it), so every match starts at a run of that length after a blank, and matches of a scan never
// overlap (each ends at its sex letter, before the next run); most notes hold no "<word> 64M" and are not scanned.
const ROW_AGE_SEX = /(?<=\p{L},?[ \t]{1,2})\d{1,3}[ \t]?[MF](?![\p{L}\d])/uy;
const STAFF_CELL_WORDS = /^(\p{Lu}[\p{L}'’\-]{1,20})(?:\/(\p{Lu}[\p{L}'’\-]{1,20}))?(?:[ \t]\((?:anes|anesth|anesthesia|crna|fellow|res|PA|NP)\))?$/u;
/** Endings of procedures and tests a schedule's case cell ends in ("Colonoscopy", "Hemiarthroplasty", "Angiogram"). */
const CASE_ENDING = /(?:oscopy|ography|gram|tomy|plasty|ectomy)$/;
function rowStaffWord(doc: DocumentView, word: string): boolean {
  const l = word.toLowerCase();
  // A word in capitals only when a listed surname: a case cell's acronyms are many ("TURBT", "LHC").
  if (word === word.toUpperCase() && (word.length < 4 || !doc.dict.surnames.has(l) || CLINICAL_ACRONYMS.has(word) || BOARD_ACRONYMS.has(word))) return false;
  return !PROCEDURE_OR_DISEASE.test(l) && !CASE_ENDING.test(l) && boardSurname(doc, word);
}
function findRowStaff(doc: DocumentView, out: Candidate[]): void {
  const { text, digitRuns, digitRunLengths } = doc;
  const rows: Array<[number, number]> = [];
  for (let r = 0; r < digitRuns.length; r++) {
    const at = digitRuns[r] as number;
    const before = text.charCodeAt(at - 1);
    if ((digitRunLengths[r] as number) > 3 || (before !== 32 && before !== 9)) continue;
    ROW_AGE_SEX.lastIndex = at;
    const m = ROW_AGE_SEX.exec(text);
    if (m === null) continue;
    const from = at + m[0].length;
    const nl = text.indexOf('\n', from);
    rows.push([from, Math.min(nl < 0 ? text.length : nl, from + 160)]);
  }
  if (rows.length < 2) return;
  for (const [from, end] of rows) {
    const line = text.slice(from, end);
    for (const cell of line.matchAll(/(?<=[ \t]{2})[^ \t]+(?: [^ \t]+)*/g)) {
      const m = STAFF_CELL_WORDS.exec(cell[0]);
      if (m === null) continue;
      const at = from + (cell.index as number);
      for (const [k, word] of [m[1], m[2]].entries()) {
        if (word === undefined || !rowStaffWord(doc, word)) continue;
        const start = k === 0 ? at : at + cell[0].indexOf('/') + 1;
        out.push(candidate(start, start + word.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'schedule-row-staff' }));
      }
    }
  }
}

export function findBoardAndChatNames(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  findBoardNames(doc, out);
  if (!doc.allCaps && doc.text.indexOf('\n') >= 0) findRowStaff(doc, out);
  findStaffRows(doc, out);
  findChatHandles(doc, out);
  return out;
}

export const BOARD_NAME_RECOGNIZER: Recognizer = { id: ID, types: ['NAME'], find: findBoardAndChatNames };
