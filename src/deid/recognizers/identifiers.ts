// Contact details and identifying numbers as data: phones, emails, SSNs, URLs, IPs, record and plan
// numbers after their cue words, and code-shaped tokens that identify something on their own.
import { lexicon } from '../dictionaries/index.js';
import { isBlank, isDigit } from '../text/chars.js';
import { atSomeDigitRun, contextBefore, cueIdRecognizer, patternRecognizer, REPLY_TURN_AFTER_QUESTION, unparsedRegex, type CueAfter, type CueIdSpec, type PatternSpec } from './pattern.js';
import { adjustCandidates, candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';
import { abaRouting, dea, iban, luhn, npi, vin } from './validators.js';
import { CLINICAL_ACRONYMS } from './name-messages.js';
import { TWO_LETTER_ACRONYMS } from './name-words.js';
import { productExpiry } from './product-dates.js';

/** Round 77: "username is ", "user id is ", "login is " right before a login (lower case). */
const LOGIN_IS_BEFORE = /(?:^|[^a-z])(?:user[ \t]?(?:name|id)|login)[ \t]{1,2}is[ \t]{1,2}$/;
/** Round 159: an interface's or an audit log's actor, "by user " right before a login ("reprocessed by user kwestbrook"). */
/**
 * Round 162: a login made of one or two initials and a listed surname ("mpatel4", "kwestbrook", "tnguyen"), in lower
 * case, that is no English word or listed name itself; a surname that is an English word needs digits after it.
 */
function personLogin(doc: DocumentView, v: string): boolean {
  if (!/^[a-z]+\d*$/.test(v)) return false;
  const letters = v.replace(/\d+$/, '');
  const digits = letters.length < v.length;
  const d = doc.dict;
  if (d.commonWords.has(letters) || d.firstNames.has(letters) || d.surnames.has(letters) || d.allCities.has(letters)) return false;
  for (let i = 1; i <= 2; i++) {
    const rest = letters.slice(i);
    if (rest.length < 4 || !d.surnames.has(rest) || (!digits && d.commonWords.has(rest))) continue;
    // The initials joined to the surname open no English word ("mp", "kw", "tn", "rk"): clinical words that split
    // into a letter and a listed name ("melena", "rotator") open as English words do. Digits after a surname of
    // five letters or more are enough ("dokafor2").
    if (loginOnset(letters.slice(0, i + 1)) || (digits && rest.length >= 5)) return true;
  }
  return false;
}
/** Words of a relay call (round 162's relay operator's number). */
const RELAY_CALL = /\b(?:relay|tty|vrs|tdd)\b/;
// Per view (by its serial): whether the note speaks of a relay call, searched once however many numbers it holds.
let relaySerial = -1;
let relaySeen = false;
function relayCall(doc: DocumentView): boolean {
  if (doc.serial !== relaySerial) {
    relaySerial = doc.serial;
    relaySeen = RELAY_CALL.test(doc.lower);
  }
  return relaySeen;
}
const VOWEL = /[aeiouy]/;
/** Two or three letters that open English words: a vowel in them, or a cluster such as "br", "st", "chr". */
const ENGLISH_ONSET = /^(?:[bcdfgkpt][lr]|[cgpstw]h|s[ckmnptwq]|[dt]w|kn|gn|ps|pn|qu|wr|sch|s[cpt]r|thr|shr|chr|spl)/;
function loginOnset(head: string): boolean {
  return !VOWEL.test(head) && !ENGLISH_ONSET.test(head);
}
const BY_USER_BEFORE = /(?:^|[^a-z])by[ \t]{1,2}user[ \t]{0,2}[:=]?[ \t]{0,2}$/;
/** Round 169: a form's or a portal's username field with its colon ("MyChart username: cskogbaird", "Login: tbrakstad"). */
const USERNAME_LABEL_BEFORE = /(?:^|[^a-z])(?:user[ \t]?(?:name|id)|login)[ \t]{0,2}:[ \t]{0,2}$/;

/** Round 57: a word asking for a call or a page before an internal number ("page me at", "PAGE from", "pager today"). */
const INTERNAL_NUMBER_CUE = /\b(?:page[sd]?|pager|paging|pgr|call(?:back)?|cb|vocera|beeper|text|reach|ext)\b/;
/** A phone extension after the number ("ext 8439", "x 9676"), spelt out by case so the phone regexes need no i flag. */
/** Round 80: a serial whose letters and digits alternate both ways ("5RW2N7"), unlike an amount and its unit ("1000MG"). */
/** Round 80: an amount and its unit run together in capitals ("1000MG", "250MCG", "40MEQ"). */
const DOSE_IN_CAPITALS = /^#?\d{2,5}(?:MG|MCG|ML|MEQ|IU|UNITS|KG|GM|MMOL)$/;
const MIXED_BOTH_WAYS = [/\d[A-Z]+\d/, /[A-Z]\d+[A-Z]/];
// Round 98: or after a comma when spelt out ("0190, ext 331").
const EXTENSION = /(?:[ \t]{0,2}(?:[Ee]xt\.?|EXT\.?|[Ee]xtension|[Xx])|,[ \t]{0,2}(?:[Ee]xt\.?|EXT\.?|[Ee]xtension))[ \t]{0,2}\d{1,6}/;
const EXTENSION_AT_END = new RegExp(`${EXTENSION.source}$`);

/**
 * Code systems whose codes identify concepts, not people (SNOMED CT 44054006, NDC 0093-7146-56, "MedDRA PT
 * 10012671"), and cooperative trial groups whose protocol numbers name a study ("ECOG-ACRIN EA5163", "Alliance
 * A011202", "protocol AALL1731").
 */
const CODE_SYSTEMS = ['snomed', 'snomed ct', 'ct', 'ndc', 'hcpcs', 'cpt', 'icd', 'icd-10', 'icd-9', 'icd10', 'loinc', 'rxnorm', 'rxcui', 'drg', 'ms-drg', 'mesh', 'umls', 'cui', 'atc',
  'meddra', 'swog', 'ecog-acrin', 'ecog', 'nrg', 'alliance', 'rtog', 'calgb', 'nsabp', 'eortc', 'gog', 'protocol',
  // Round 49: Medicare's local and national coverage determinations ("LCD L33822", "NCD 280.3") name a policy.
  'lcd', 'ncd',
  // Round 51: a federal form's OMB control number ("OMB No. 0938-0534") names the form, printed on every copy.
  'omb no', 'omb',
  // Round 147: a pharmacy card's processor control number ("RxPCN 03200000") routes claims for a whole plan.
  'pcn', 'rxpcn', 'rx pcn'];
/**
 * Round 96: public regulatory and product-safety documents' numbers ("Policy Article A52514", "Transmittal
 * R11827CP", "MLN Matters MM13210", "Field Safety Notice FSN-0332", "Change Request CR-20471"): the same for everyone.
 * Their labels are longer than a code system's, so the window is too.
 */
const PUBLIC_DOCUMENTS = ['policy article', 'transmittal', 'mln matters', 'safety notice', 'change request',
  // Round 147: the OMB number's longer labels ("OMB Control Number: 1235-0003", "OMB Approval No. 0938-0976").
  'omb control', 'omb approval', 'omb number'];
/**
 * Round 147: a section of a state's administrative code after its title number ("22 VAC 40-185-570", "8 CCR
 * 9792.24", "12 NYCRR 325-1.25", "WAC 296-20-01002"): a rule, the same for everyone.
 */
const ADMIN_CODE_BEFORE = /(?:^|[^a-z0-9])(?:\d{1,3}[ \t](?:vac|ccr|c\.c\.r\.|nycrr|tac|csr|iac|aac|njac|n\.j\.a\.c\.|cfr|c\.f\.r\.)|wac|oar|comar|admin\.?[ \t]code)[ \t]{1,2}(?:§{1,2}[ \t]{0,2})?$/;
const notCodeSystem = (doc: { lower: string }, start: number): boolean => !contextBefore(doc.lower, start, CODE_SYSTEMS, 14) && !contextBefore(doc.lower, start, PUBLIC_DOCUMENTS, 22) &&
  !ADMIN_CODE_BEFORE.test(doc.lower.slice(Math.max(0, start - 16), start));
/** Round 47: a product's model or catalogue number names a kind of device, not one unit ("model HEM-7900T", "catalogue PT-000396", "REF" is left out: it also cues a reference number). */
const MODEL_WORDS = ['model', 'models', 'catalog', 'catalogue', 'cat. no', 'sku', 'p/n', 'part no', 'part number', 'part #',
  // Round 167: a device's firmware or software build ("Modem active (firmware SX585-0402)"), the same on every unit.
  'firmware', 'software', 'fw'];
const notModelNumber = (doc: { lower: string }, start: number): boolean => !contextBefore(doc.lower, start, MODEL_WORDS, 14);
/**
 * Round 51: a fax machine's or a printer's model after its maker, as a fax header prints it ("Brother MFC-9340CDW",
 * "HP LaserJet M402dn"): a kind of machine, no one's number. The maker capitalised, right before the model.
 */
const OFFICE_MACHINE_BEFORE = /(?:Brother|BROTHER|Canon|CANON|Xerox|XEROX|Ricoh|RICOH|Kyocera|KYOCERA|Lexmark|LEXMARK|Epson|EPSON|Minolta|MINOLTA|LaserJet|LASERJET|OfficeJet|OFFICEJET)[ \t]{1,2}$/;
const notOfficeMachine = (doc: { text: string }, start: number): boolean => !OFFICE_MACHINE_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start));
/**
 * Round 47: the federal health agencies' public sites ("https://www.cdc.gov/diabetes/...", "medlineplus.gov"), whose
 * pages are the same for everyone. A town's or a county's ".gov" names a place and is not here; a path holding a
 * run of four digits or a query string may carry a person's record and stays found.
 */
const PUBLIC_HEALTH_DOMAINS = new Set(['cdc.gov', 'nih.gov', 'fda.gov', 'cms.gov', 'hhs.gov', 'medicare.gov', 'medicaid.gov', 'samhsa.gov', 'hrsa.gov',
  'ahrq.gov', 'medlineplus.gov', 'healthcare.gov', 'health.gov', 'stopbullying.gov', 'womenshealth.gov', 'vaccines.gov', 'cancer.gov', 'usa.gov',
  'mentalhealth.gov', 'hiv.gov', 'cdc.gov', 'nlm.nih.gov', 'ihs.gov', 'acl.gov', 'who.int', 'ready.gov', 'epa.gov', 'osha.gov', 'dol.gov', 'ada.gov',
  // Round 60: the coding systems' own URIs, as FHIR's "system" fields name them ("http://loinc.org",
  // "http://hl7.org/fhir/sid/us-npi", "http://snomed.info/sct", "http://unitsofmeasure.org"): the same in every record.
  'hl7.org', 'loinc.org', 'snomed.info', 'unitsofmeasure.org', 'nucc.org', 'ama-assn.org', 'x12.org', 'ihe.net']);
/**
 * Round 136: the UK's and Ireland's national health sites, matched as whole hosts ("www.nhs.uk", "nice.org.uk",
 * "www.nhsinform.scot"): a practice's own site lives under the same domain ("harrowgatelanesurgery.nhs.uk") and
 * names the practice.
 */
const PUBLIC_HEALTH_HOSTS = new Set(['nhs.uk', 'nice.org.uk', 'gov.uk', 'nhsinform.scot', 'hse.ie', '111.nhs.uk', 'sign.ac.uk', 'cqc.org.uk', 'healthdirect.gov.au']);
function publicHealthPage(url: string): boolean {
  const m = /^(?:[a-z]+:\/\/)?([^\/?#:]{1,253})([^?#]*)$/i.exec(url);
  if (!m) return false;
  const host = (m[1] as string).toLowerCase();
  const labels = host.split('.');
  const known = PUBLIC_HEALTH_DOMAINS.has(labels.slice(-2).join('.')) || PUBLIC_HEALTH_HOSTS.has(host.startsWith('www.') ? host.slice(4) : host);
  return known && !/\d{4}/.test(m[2] as string);
}
/** Round 136: the USPS states' codes in lower case, as the cues read the text ("license no. tx r7741"). */
const STATE_CODE_ALTERNATION = [...lexicon.STATE_CODES].map((c) => c.toLowerCase()).join('|');
/** Round 47: the makers whose possessive comes before their own devices ("Google's Pixel", "Apple's Watch"). */
const DEVICE_MAKERS = new Set(['apple', 'google', 'samsung', 'motorola', 'amazon', 'microsoft', 'sony', 'oneplus', 'fitbit', 'garmin', 'lenovo', 'dell', 'hp']);
/** Round 47: an account's or a call's object id as web platforms print them, a short type prefix, "_", the key ("sess_8f2c71ab90de44"). */
const OBJECT_ID_PREFIXES = '(?:sess|session|sid|tok|token|usr|user|pat|pt|acct|cus|cust|dev|device|msg|evt|req|trace|corr|conn|call|mtg|room|visit|enc|appt|member)';
/** HL7's own table numbers, the coding system of a coded field: "2054-5^Black or African American^HL70005". */
const HL7_TABLE = /^HL7\d{4}$/;

/** "2019-2021": a range of years, the second not before the first (an id would not run forward like this). */
function yearRange(v: string): boolean {
  const m = /^((?:19|20)\d{2})-((?:19|20)\d{2})$/.exec(v);
  return m !== null && Number(m[2]) >= Number(m[1]) && Number(m[2]) - Number(m[1]) <= 40;
}

/**
 * "(1898-1971)": a life's years in brackets after a name (pedigrees, obituaries, family histories), longer than
 * the forty years a range of years may span; years alone are no identifier.
 */
function lifespan(v: string, text: string, start: number): boolean {
  const m = /^(1[89]\d{2}|20\d{2})-(1[89]\d{2}|20\d{2})$/.exec(v);
  if (m === null || text.charCodeAt(start - 1) !== 40 || text.charCodeAt(start + 9) !== 41) return false;
  const span = Number(m[2]) - Number(m[1]);
  return span >= 0 && span <= 115;
}

/** "1030-1145", "0800-1630": a span of two 24-hour clock times, as visit logs write them. */
/** Round 166: a payer's name or a member's label before a member's number on its line (member-dependent-suffix). */
const MEMBER_PAYER_BEFORE = /(?:^|[^a-z])(?:cigna|aetna|humana|uhc|unitedhealthcare|united[ \t]healthcare|bcbs|bcbsm|anthem|wellcare|ambetter|amerigroup|tricare|regence|premera|highmark|kaiser|molina|caresource|centene|oscar|emblemhealth|healthfirst|fidelis|medica|healthpartners|ucare|blue[ \t]cross(?:[ \t]blue[ \t]shield)?|member|subscriber|insurance|ins|policy|plan)\b[^\n]{0,24}$/;
/** Round 166: a part over a whole ("0/4"), which no plan's number is. */
const SHARE_VALUE = /^\d{1,2}\/\d{1,2}$/;
function clockRange(v: string): boolean {
  const m = /^([01]\d|2[0-3])[0-5]\d-([01]\d|2[0-3])[0-5]\d$/.exec(v);
  if (m === null) return false;
  const from = Number(v.slice(0, 4));
  const to = Number(v.slice(5));
  // A night shift crosses midnight: "1900-0700", "2300-0730" (on the hour or the half hour). Round 166: a 24-hour
  // shift or call ends when it began ("0700-0700", "0800-0800"), on the hour or the half hour.
  return from < to || (from >= 1500 && to <= 1100 && from % 100 % 30 === 0 && to % 100 % 30 === 0) || (from === to && from % 100 % 30 === 0);
}

function digitCount(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (isDigit(v.charCodeAt(i))) n++;
  return n;
}

const SPOKEN_DIGITS = ['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPOKEN_DIGIT = `(?:${SPOKEN_DIGITS.join('|')})`;
/**
 * Letters spelled one by one, as the index holds them (lower case): a spoken code's first token. Not the letters that
 * stand alone in every note ("a", "I", the "s" and "t" of contractions, "x" of "x2", "L" and "R" of sides): the
 * anchor tried at each of them cost 0.5% of the archive's time, for codes that rarely open with one.
 */
// Round 50: R, S, T, X and L open codes too ("accession number R T two two four...", "Member ID? X O B, nine four...");
// the regex wants a capital, so the lower-case "t" of "don't" and the "x" of "3 x 4" fail at once.
const SPELLED_LETTERS = [...'bcdefghjklmnopqrstuvwxyz'];

/** Four to six digits read aloud and no more: a short number's run. */
/**
 * Round 155: whether a run read aloud says "double" or "triple" and holds seven to fifteen digits once they are counted
 * out ("triple five, zero one zero seven" is seven).
 */
function repeatedSpokenDigits(v: string): boolean {
  const words = v.toLowerCase().split(/[ \t,\-]+/);
  let digits = 0;
  let repeats = 0;
  for (const w of words) {
    if (w === 'double') repeats++, digits += 1;
    else if (w === 'triple') repeats++, digits += 2;
    else if (w !== '') digits++;
  }
  return repeats > 0 && digits >= 7 && digits <= 15;
}
const SPOKEN_SHORT_RUN = new RegExp(`\\b${SPOKEN_DIGIT}(?:[ \\t,\\-]{1,3}${SPOKEN_DIGIT}){3,5}\\b(?![ \\t,\\-]{1,3}${SPOKEN_DIGIT}\\b)`, 'gi');
/** A digit read aloud right before a run: the run is the tail of a longer one. */
const SPOKEN_DIGIT_BEFORE = new RegExp(`\\b${SPOKEN_DIGIT}[ \\t,\\-]{1,3}$`);
/** A number's label before it, in the turn or the question before: "ID number", "my card", "chart number", "member". */
/** Round 55: one token of a code read aloud: a capital alone or a digit word, either case of its first letter. */
const SPOKEN_CODE_TOKEN = `(?:[A-Z]|${SPOKEN_DIGITS.map((d) => `[${d[0] as string}${(d[0] as string).toUpperCase()}]${d.slice(1)}`).join('|')})`;
/** Two letters and three digit words at least, and a letter after a digit word: the run mixes them. */
function mixedSpokenCode(v: string): boolean {
  const toks = v.split(/[ \t,]+/).filter((t) => t !== 'dash');
  const letters = toks.filter((t) => t.length === 1).length;
  const firstDigit = toks.findIndex((t) => t.length > 1);
  return letters >= 2 && toks.length - letters >= 3 && firstDigit >= 0 && toks.slice(firstDigit).some((t) => t.length === 1);
}
const SPOKEN_NUMBER_LABEL = /\b(?:number|no\.|id|card|chart|mrn|record|account|acct|claim|member|badge|employee|policy|case|confirmation|reference|rx|prescription)\b[^\n]{0,40}(?:\r?\n[^\n]{0,24})?$/;
/** The social security number named before: "social", "SSN", "last four". */
const SSN_CUE = /\b(?:social|ssn|last[ \t]four)\b[^\n]{0,40}(?:\r?\n[^\n]{0,24})?$/;
/** A town (one to three capitalised words) or a state and a comma right before offset `start`. */
const TOWN_COMMA_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'.\-]{1,20}(?:[ \t]\p{Lu}[\p{L}'.\-]{1,20}){0,2}),[ \t]{1,2}$/u;
/** Round 102: "And your zip?" ending the turn before the reply. */
const ZIP_ASKED_TURN_BEFORE = new RegExp(`\\bzip(?:[ \\t]?code)?${REPLY_TURN_AFTER_QUESTION}$`, 'i');
function spokenZipAfterTown(doc: DocumentView, start: number): boolean {
  const m = TOWN_COMMA_BEFORE.exec(doc.text.slice(Math.max(0, start - 48), start));
  if (m === null) return false;
  const words = (m[1] as string).toLowerCase().split(/[ \t]/);
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(' ');
    if (doc.dict.allCities.has(name) || lexicon.US_STATES.has(name)) return true;
  }
  return false;
}

/** A period's word before "ending" and the number: the number is its year ("fiscal year ending 2025", "term ending in 2027"). */
/** Round 47: a phone line's word just before "ending" ("old number ending 0114", "cell ending in 2291", "mobile # ending 77"). */
/** Four digits after "ending" or "ends" (and "in"): a number's last four as papers give them; a new regex per recognizer. */
function endingLastFour(): RegExp {
  return /\b(?:ending|ends)[ \t](?:in[ \t])?(\d{4})(?![\w\-\/])/g;
}
const PHONE_BEFORE_ENDING = /\b(?:(?:phone|cell|cellphone|mobile|landline|sms|text)(?:[ \t](?:number|no\.?|#))?|(?:old|new|home|work|contact|callback|phone)[ \t]number)[ \t]{1,2}(?:ending|ends)[ \t](?:in[ \t])?$/;
const PERIOD_BEFORE_ENDING = /\b(?:year|yr|fy|term|period|quarter|qtr|month|semester|season|week|lease|contract|policy[ \t]period)[ \t]{1,2}(?:ending|ends)[ \t](?:in[ \t])?$/;
/**
 * Round 167: the identifier whose last characters are quoted after "ends" / "ending": a licence, a card, a serial, a
 * plate or a member number ("his dl is in the glovebox, i think it ends 0417", "t:slim serial ending 0962", "serial
 * ends 4471-A"). Its word stands within the clause before (no sentence end, no line break between).
 */
const ID_BEFORE_ENDING = /(?:^|[^a-z0-9])(?:dl|driver'?s[ \t]licen[cs]e|licen[cs]e|lic|serial|s\/n|sn|card|account|acct|member|mbr|policy|subscriber|plate|tag|vin|mbi|medicaid|medicare|mrn|passport|badge|id)(?:[ \t]?(?:#|number|no\.?))?[^.!?\n]{0,48}$/;
const NUMBER_WORD_BEFORE = /(?:number|#|no\.|digits|serial|s\/n|sn|dl)[^.!?\n]{0,48}$/;
/** A session's or a shift's end is a time ("Pt ID band on, shift ending 1900", "infusion ends 1430"). */
const TIME_BEFORE_ENDING = /\b(?:shift|infusion|drip|transfusion|session|visit|call|meeting|class|dialysis|treatment|tx|run|fast|block|window)[ \t]{1,2}(?:ending|ends)[ \t](?:in[ \t]|with[ \t]|at[ \t])?$/;
function idLastDigits(doc: DocumentView, start: number): boolean {
  const before = doc.lower.slice(Math.max(0, start - 64), start);
  return ID_BEFORE_ENDING.test(before) && !PERIOD_BEFORE_ENDING.test(before) && !PHONE_BEFORE_ENDING.test(before) && !TIME_BEFORE_ENDING.test(before);
}
/**
 * Round 167: an identifier dictated one character at a time, as a call transcript or a chat writes it ("member ID
 * ... W H 9 1 2 2 0 8 4 7", "Case number is P A 2 6 dash 3 3 1 0 0 7", "serial on the back is 1 0 4 7 7 2 9 3",
 * "8 8 8, 5 5 5, 0 1 6 9"): up to four capitals, then single digits and capitals with a blank, a comma, a hyphen or
 * "dash" between, six digits at least. The cue words the cue readers need may stand further back (a question on the
 * line before, words between), so this reads an identifier's word within the line and the one before it.
 */
const SPOKEN_CODE_CUE = /(?:^|[^a-z0-9])(?:id|number|no\.|#|serial|s\/n|sn|member|subscriber|policy|case|ref|reference|claim|account|acct|call[ \t]?back|phone|cell|fax|plate|tag|vin|confirmation|code|mrn|licen[cs]e|dl|passport|medicaid|medicare|mbi)(?:[^a-z0-9]|$)/;
/** The first run of a dictated code: one digit, then a separator and another single character. */
function spokenRun(text: string, start: number, length: number): boolean {
  if (length !== 1) return false;
  const c = text.charCodeAt(start + 1);
  return c === 32 || c === 44 || c === 45;
}
function spokenCode(v: string, doc: DocumentView, start: number): boolean {
  const digits = v.replace(/\D/g, '');
  if (digits.length < 6 || v.replace(/[^A-Z]/g, '').length > 4) return false;
  // A counted or scaled row ("0 1 2 3 4 5 6 7 8 9 10", "9 8 7 6 5 4") is no code.
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (d !== 1) up = false;
    if (d !== -1) down = false;
  }
  if (up || down) return false;
  // The cue stands in the code's own sentence on its line ("ID verified. PHQ-9 items 1 0 2 1 3 0 1 2 0" has none), or
  // the line is a reply ("Rep: 8 8 8, ...") and the question before it names the number.
  const lineStart = doc.lower.lastIndexOf('\n', start - 1) + 1;
  let seg = doc.lower.slice(Math.max(lineStart, start - 96), start);
  const cut = Math.max(seg.lastIndexOf('. '), seg.lastIndexOf('; '));
  if (cut >= 0) seg = seg.slice(cut + 2);
  if (SPOKEN_CODE_CUE.test(seg)) return true;
  if (lineStart === 0 || !TURN_LABEL.test(doc.text.slice(lineStart, start))) return false;
  const prev = doc.lower.slice(Math.max(doc.lower.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 120), lineStart - 1);
  return prev.trimEnd().endsWith('?') && SPOKEN_CODE_CUE.test(prev);
}
/** A transcript's turn label opening a line ("Rep: ", "[00:03:12] Caller: ", "Pt: "). */
const TURN_LABEL = /^[ \t]{0,4}(?:\[?[\d:]{4,8}\]?[ \t]{1,2})?[A-Za-z][A-Za-z .]{0,20}\d{0,2}:[ \t]/;

/** A character of a VIN: a digit or a capital but I, O and Q. */
const isVinChar = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90 && c !== 73 && c !== 79 && c !== 81);

/**
 * Seventeen VIN characters in a row can hold the digit at `at`: a VIN found from this run starts at most
 * 16 characters before it (the anchor's walk back), so there must be room for one around it.
 */
function vinRoom(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < 16 && isVinChar(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && to - from < 17 && isVinChar(text.charCodeAt(to))) to++;
  return to - from >= 17;
}

// Extensions of photo, scan, video and document files (the file-name recognizer's trigger, anchor and regex):
// a scan filed as a PDF is named as a photo is ("scan_Solberg_Ingrid_2023-04-02.pdf").
const MEDIA_EXTENSIONS = '(?:jpe?g|png|heic|heif|tiff?|dcm|bmp|gif|mov|mp4|avi|webp|pdf|docx?|rtf|odt|txt|xlsx?|csv|eml|msg)';

/** A file name's stem built from a person's name: a part that is a listed given name or surname and no common word. */
function stemNamesPerson(name: string, doc: DocumentView): boolean {
  const stem = name.slice(0, name.lastIndexOf('.'));
  for (const part of stem.toLowerCase().split(/[_\-.]+/)) {
    if (part.length >= 2 && (doc.dict.firstNames.has(part) || doc.dict.surnames.has(part)) && !doc.dict.commonWords.has(part)) return true;
  }
  return false;
}

const FAX_CUES = ['fax', 'fx', 'facsimile', 'f:', 'fax:', 'fax#', 'fax #', 'fax no'];

/** A phone-shaped run (without its extension: `number`) holds 6-15 digits and is not a date ("3/14/52"). */
function phoneRun(number: string, match: string): boolean {
  const digits = digitCount(number);
  return digits >= 6 && digits <= 15 && !/^\d{1,2}[.\-\/]\d{1,2}[.\-\/]\d{2,4}$/.test(match);
}

/** Payers' short names that billing staff write before a member number (UnitedHealthcare, Blue Cross Blue Shield
 * and its state plans, Humana, Aetna, Cigna, Kaiser Permanente, Anthem, Wellcare, Molina, Caremark, Health Net,
 * Amerigroup, HealthPartners, Harvard Pilgrim, EmblemHealth, Oxford, GHI), lower case as the word index holds them. */
const PAYER_ABBREVIATIONS = ['uhc', 'bcbs', 'hum', 'aet', 'cig', 'kp', 'ant', 'wlc', 'mol', 'cmk', 'hnt', 'amg', 'hp', 'hphc', 'emb', 'oxf', 'ghi', 'bcx', 'cvsc',
  ...['al', 'az', 'il', 'tx', 'nc', 'sc', 'ma', 'mi', 'mn', 'ks', 'ri', 'vt', 'la', 'ne', 'wy', 'fl', 'mt', 'nm', 'ok', 'tn', 't', 'm', 'a'].map((s) => `bcbs${s}`)];

/** Ontario's health number in its printed groups (round 82), and the version code of two capitals after it. */
const ONTARIO_HEALTH_NUMBER = /^\d{4}[ \-]\d{3}[ \-]\d{3}$/;
const ONTARIO_VERSION_CODE = /^[ \-][A-Z]{2}(?![\w\-])/;

/** A clock's four digits, 0000-2359. */
const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;
/** Round 160: a joint's or a movement's word before "extension" and its grades. */
const JOINT_EXTENSION_BEFORE = /(?:knee|hip|elbow|wrist|finger|toe|neck|trunk|lumbar|cervical|thoracic|shoulder|ankle|leg|arm|flexion|abduction|strength|mmt|and)[ \t\/]{1,3}ext(?:ension|\.)?[ \t]{1,2}$/;
/** Round 160: a page that names a thing, not a person's pager, just before the number: "page 2 of", "paged overhead". */
const PAGED_NOT_PERSON = /\b(?:overhead|operator|of)[ \t]{1,2}$/;
/** A pager log's line: "pager 0415: rm 14 ...", its time stamp opening the line before a colon. */
const PAGER_LOG_LINE = /(?:^|\n)[ \t]{0,3}pager[ \t](\d{4}):[ \t]/g;
/**
 * Round 126: "pager 0415: ...\npager 0420: ..." is a log of pages, each line stamped with its time, not pager numbers:
 * the value is a clock's, its line opens "pager HHMM: " and two lines or more of the text do so with clock times rising.
 */
function pagerLogStamp(v: string, doc: DocumentView, start: number): boolean {
  if (!HHMM.test(v) || doc.text.charCodeAt(start + 4) !== 58 || !/(?:^|\n)[ \t]{0,3}pager[ \t]$/.test(doc.lower.slice(Math.max(0, start - 10), start))) return false;
  const stamps = [...doc.lower.matchAll(PAGER_LOG_LINE)].map((m) => m[1] as string);
  if (stamps.length < 2 || !stamps.every((x) => HHMM.test(x))) return false;
  for (let k = 1; k < stamps.length; k++) if ((stamps[k] as string) < (stamps[k - 1] as string) && !((stamps[k - 1] as string) >= '2000' && (stamps[k] as string) < '0600')) return false;
  return true;
}

/** Home and body words: no practice's name after "Location:". */
const NOT_PRACTICE_WORDS = /\b(?:home|residence|patient|left|right|bilateral|upper|lower|anterior|posterior|room|bed|unknown|other|telehealth|virtual|video|phone)\b/i;
/** Round 163: "<Practice words> - <Town>": the town a listed one, the practice no home or body site. */
function practiceAtTown(v: string, doc: DocumentView): boolean {
  const dash = Math.max(v.lastIndexOf(' - '), v.lastIndexOf(' – '));
  if (dash < 0) return false;
  const practice = v.slice(0, dash);
  return doc.dict.allCities.has(v.slice(dash + 3).toLowerCase()) && !NOT_PRACTICE_WORDS.test(practice);
}
/** Round 163: a dictation's and a transcription's date stamps ("DD: 11/27/2026", "DT: 11/28/2026", "D: 11/25/2026"). */
const TRANSCRIPTION_STAMP = /\b(?:DD|DT|D|T)[ \t]?:[ \t]{0,2}\d{1,2}\/\d{1,2}\/\d{2,4}/;
/** Round 163: a radiograph's views, which a pair after "R:" may name ("R: AP/LAT"). */
const RADIOGRAPH_VIEWS = /^(?:ap|pa|lat|obl|lr|rl|ll|ul|oblq|llat|rlat)$/i;
export const IDENTIFIER_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'email',
    type: 'EMAIL',
    trigger: /@/,
    anchor: { char: '@', back: /[\p{L}\p{M}\d._%+\-]/u, maxBack: 64 },
    regex: unparsedRegex(String.raw`[\p{L}\d][\p{L}\p{M}\d._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,8}[A-Za-z]{2,24}\b`, 'gu'),
    score: 0.95,
  },
  {
    // An address spelled out so that mail robots miss it: "jdoe at example dot org", "j.doe [at] example [dot] com".
    // Only notes holding the word "dot" are read.
    id: 'email-spelled',
    type: 'EMAIL',
    indexWords: ['dot'],
    trigger: (doc) => doc.wordIndex.has('dot'),
    // Round 50: as speech recognition writes an address read aloud, the user's part may hold "dot" and a word, and
    // end in a number said in words ("kmonroe ninety one at yahoo dot com", "precious dot m eighty seven at gmail dot com").
    regex: /(?<![\w.+\-])[A-Za-z0-9][\w.+\-]{0,63}(?:[ \t]dot[ \t][A-Za-z0-9][\w\-]{0,30}){0,2}(?:[ \t](?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)){0,4}[ \t](?:at|\[at\]|\(at\))[ \t][A-Za-z0-9][\w\-]{0,62}[ \t](?:dot|\[dot\]|\(dot\))[ \t](?:com|org|net|edu|gov|io|us|uk|ca|info|co)\b/gi,
    score: 0.85,
  },
  {
    // A chat mention names a user ("@maria.k", "@tjohnson"; user names are identifiers). "@home", "@rest" and
    // "@ 0930" are "at": the handle holds a dot, an underscore, a hyphen or a digit, or is no English word.
    id: 'chat-mention',
    type: 'ID',
    anchor: { char: '@', back: /$^/, maxBack: 0 },
    regex: /(?<![\w.@+\-])@([A-Za-z][A-Za-z0-9]{1,30}(?:[._\-][A-Za-z0-9]{1,30}){0,3})(?![\w@]|[.\-][A-Za-z0-9])/g,
    group: 1,
    score: 0.7,
    validate: (v, doc) => /[._\-\d]/.test(v) || (v.length >= 4 && !doc.dict.commonWords.has(v.toLowerCase())),
  },
  {
    // A chat log's speaker by login after the line's time stamp: "[10:02] jsmith42: pt is asking for you",
    // "14:31 k.diaz: ok", "[11/17/26, 07:55] DannyBoyH: thx", "11/21/26, 8:14 PM - kev.h.1987: sorry". Roles
    // ("rn:", "pharmacy:") and English words are no logins; a capital inside one needs a camel's hump or a digit
    // ("Deshawn:" is a name, the speaker rule's).
    id: 'chat-handle',
    type: 'ID',
    anchor: 'digit',
    firstRun: [1, 2],
    // The hour's digits stand before a colon: tried at no other short run of digits.
    runTest: (text, start, length) => text.charCodeAt(start + length) === 58,
    regex: /(?<![\w:.\/\-])\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?(?:[ \t]{1,2}[\-–])?[ \t]{1,2}([A-Za-z][A-Za-z0-9]{0,20}(?:[._\-][A-Za-z0-9]{1,20}){0,2}):[ \t]/g,
    group: 1,
    score: 0.7,
    // The stamp opens its line (looked for in the few characters before the login, so a long line costs no more).
    validate: (v, doc, start) =>
      (start > 36 ? STAMP_OPENS_LINE : STAMP_OPENS_TEXT).test(doc.text.slice(Math.max(0, start - 36), start)) &&
      !CHAT_ROLES.has(v.toLowerCase()) &&
      !DIARIZED_SPEAKER.test(v) &&
      (v === v.toLowerCase() ? /[._\-\d]/.test(v) || (v.length >= 4 && !doc.dict.commonWords.has(v)) : /[._\-\d]|[a-z]{3}[A-Z]/.test(v) || capsInitialsSurname(v, doc)),
  },
  {
    // Round 68: a chat export's speaker by display handle before the line's time stamp, as Slack and Teams exports
    // write it ("*maria.lopez* 6:02 PM", "dan_mwangi  14:31"): a given name of the lists and a listed surname (or a
    // given name), neither a common word, joined by a dot or an underscore. "file.txt 6:02", "e.g. 6:30" stay.
    id: 'chat-handle-before-stamp',
    type: 'NAME',
    trigger: /[a-z]{2}[._][a-z]{2,20}[*_]{0,2}[ \t]{1,3}\d{1,2}:\d{2}/,
    regex: /(?<=(?:^|\n)[ \t]{0,4}[*_]{0,2})[a-z]{2,20}[._][a-z]{2,20}(?=[*_]{0,2}[ \t]{1,3}\d{1,2}:\d{2}(?!\d))/g,
    score: 0.75,
    validate: (v, doc) => {
      const cut = v.search(/[._]/);
      const given = v.slice(0, cut);
      const family = v.slice(cut + 1);
      const common = doc.dict.commonWords;
      return doc.dict.firstNames.has(given) && !common.has(given) && (doc.dict.surnames.has(family) || doc.dict.firstNames.has(family)) && !common.has(family);
    },
  },
  {
    // Round 103: a Slack export's speaker by bare login alone on its line before the stamp ("mkaur  10:14",
    // "tgilchrist 9:02 AM"): an initial or two and a listed surname, or a listed given name and an initial, no word.
    // "lunch 12:00", "vanco 10:00", "heparin 14:00" and a line holding more than the login and its stamp stay.
    id: 'chat-login-before-stamp',
    type: 'ID',
    trigger: /[a-z]{3}[ \t]{1,3}\d{1,2}:\d{2}/,
    regex: /(?<=(?:^|\n)[ \t]{0,4})[a-z]{4,20}(?=[ \t]{1,3}\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*(?:\r?\n|$))/g,
    score: 0.7,
    validate: (v, doc) => chatLogin(v, doc),
  },
  {
    // Round 103: a chat export's "user" field ("user":"hbellweather", "username": "nsaetang", "author":"k.diaz"): the
    // login is an identifier. A role, an English word or a service account ("user":"system", "sender":"noreply") stays.
    id: 'json-user-field',
    type: 'ID',
    trigger: /"(?:user|username|user_id|userName|author|sender|login)"[ \t]?:/,
    regex: /(?<="(?:user|username|user_id|userName|author|sender|login)"[ \t]?:[ \t]?")[a-z][a-z0-9._\-]{2,30}(?=")/g,
    score: 0.7,
    validate: (v, doc) => !roleWordOrGivenName(v, doc) && !SERVICE_ACCOUNT.test(v),
  },
  {
    // Round 103: a Teams export's display name alone on its line before the stamp ("Gideon Marsh  7:05 AM"): a listed
    // name or surname of no word, then one or two capitalised words (a listed surname though also a word: "Marsh").
    // "Morning Huddle 7:00 AM", "Grand Rounds 12:00 PM", "Metoprolol Tartrate 9:00 AM" have no name first.
    id: 'display-name-before-stamp',
    type: 'NAME',
    trigger: (doc) => atSomeDigitRun(doc, clockAfterWordAt),
    // The name ends one to three blanks before the stamp's hour: tried only back from a run of one or two digits
    // that a clock's minutes and its half of the day follow (a scan of the whole note from every position, once a
    // note held a clock after a word, was this recognizer's cost).
    firstRun: [1, 2],
    // Surrogates too: a letter beyond the BMP is two of them, each walked over alone.
    anchor: { digitsAfter: /[\p{L}'\- \t\uD800-\uDFFF]/u, maxBack: 63 },
    runTest: clockMinutesAndHalfAfter,
    regex: unparsedRegex(String.raw`(?<=(?:^|\n)[ \t]{0,4})\p{Lu}\p{Ll}{1,15}(?:[ \t]\p{Lu}[\p{Ll}'\-]{1,20}){1,2}(?=[ \t]{1,3}\d{1,2}:\d{2}[ \t]?[AaPp][Mm][ \t]*(?:\r?\n|$))`, 'gu'),
    score: 0.72,
    validate: (v, doc) => {
      const words = v.toLowerCase().split(/[ \t]/);
      const common = doc.dict.commonWords;
      const first = words[0] as string;
      if (common.has(first) || CHAT_ROLES.has(first) || !(doc.dict.firstNames.has(first) || doc.dict.surnames.has(first))) return false;
      return words.slice(1).every((w) => doc.dict.surnames.has(w) || (!common.has(w) && !CHAT_ROLES.has(w)));
    },
  },
  {
    // Round 103: a patient's initials before an age and sex, as a page or a sign-out writes them ("admit: RT 93F hip
    // fx", "pt in holding is JD 92M", "KL 45 y/o F"). No clinical abbreviation or line's French size: "NG 12F", "IJ 8F",
    // "RIJ 9F", "ED 45M" stay.
    id: 'initials-age-sex',
    type: 'NAME',
    trigger: (doc) => atSomeDigitRun(doc, ageSexAfterCapitalsAt),
    regex: unparsedRegex(String.raw`(?<![\p{L}\d.\-\/])[A-Z]{2,3}(?=[ \t]\d{1,3}(?:[MF]|[ \t]?y\/?o[ \t]?[MF])(?![\p{L}\d]))`, 'gu'),
    score: 0.7,
    validate: (v) => !CLINICAL_ACRONYMS.has(v) && !TWO_LETTER_ACRONYMS.has(v) && !LINE_ACRONYMS.has(v),
  },
  {
    // Round 150: a patient's initials in lower case after "pt", as a clinician types a quick question into a chat
    // tool ("pt jk 58f on warfarin", "pt jk (j. kowalczyk) 58f"): before an age and sex, or before the name they
    // abbreviate in brackets (its initial and its surname's first letter the initials' first and last). "pt is 58f",
    // "pt hx (see below)", "pt ok (per wife)" stay: no English word, no chat or clinical shorthand.
    id: 'lower-initials-pt',
    type: 'NAME',
    trigger: /\bpt[ \t][a-z]{2,3}[ \t]/i,
    regex: unparsedRegex(String.raw`(?<=\b[Pp]t[ \t])(?:[a-z]{2,3}(?=[ \t]\d{1,3}[ \t]?(?:[mf]|y\/?o[ \t]?[mf]?)(?![\p{L}\d]))|([a-z])[a-z]?([a-z])(?=[ \t]\(\1\.?[ \t]?(?:[a-z]{2,15}[ \t])?\2[a-z'\-]{1,20}\)))`, 'giu'),
    score: 0.7,
    validate: (v, doc) => !doc.dict.commonWords.has(v.toLowerCase()) && !CLINICAL_ACRONYMS.has(v.toUpperCase()) && !TWO_LETTER_ACRONYMS.has(v.toUpperCase()) && !/^[a-z]x$/i.test(v) && !LOWER_PT_SHORTHAND.has(v.toLowerCase()),
  },
  {
    // Round 150: the name those initials abbreviate, in brackets right after them ("pt jk (j. kowalczyk) 58f").
    id: 'lower-initials-pt-name',
    type: 'NAME',
    trigger: /\bpt[ \t][a-z]{2,3}[ \t]\(/i,
    regex: /(?<=\b[Pp]t[ \t]([a-z])[a-z]?([a-z])[ \t]\()\1\.?[ \t]?(?:[a-z]{2,15}[ \t])?\2[a-z'\-]{1,20}(?=\))/giu,
    score: 0.7,
    validate: (v, doc) => !doc.dict.commonWords.has(v.toLowerCase()),
  },
  {
    // Round 163: a transcription footer's typist and reviewer, in a document stamped with its dictation and
    // transcription dates ("DD: 11/27/2026 ... DT: ..."): "TR: pw/4421" (the typist's initials and number), "R: ME/dls"
    // (the reviewer's and the typist's initials). A view's pair ("R: AP/LAT") stays.
    id: 'transcription-initials',
    type: 'NAME',
    trigger: TRANSCRIPTION_STAMP,
    regex: /(?<=(?:^|\s)(?:TR|TS|R)[ \t]?:[ \t]{0,2})[A-Za-z]{2,4}(?=\/(?:[A-Za-z]{2,4}|\d{3,6})(?![\w\/]))|(?<=(?:^|\s)(?:TR|TS|R)[ \t]?:[ \t]{0,2}[A-Za-z]{2,4}\/)[A-Za-z]{2,4}(?![\w\/])/g,
    score: 0.7,
    validate: (v) => !RADIOGRAPH_VIEWS.test(v),
  },
  {
    // Round 163: the typist's number after the initials ("TR: pw/4421").
    id: 'transcription-number',
    type: 'ID',
    trigger: TRANSCRIPTION_STAMP,
    regex: /(?<=(?:^|\s)(?:TR|TS)[ \t]?:[ \t]{0,2}[A-Za-z]{2,4}\/)\d{3,6}(?![\w\/])/g,
    score: 0.7,
  },
  {
    // A Windows account as audit logs and printouts write it, the domain in capitals, a backslash, the login:
    // "by user PRIVACY\mfarahani", "HOSP\jsmith2". The login is the person's; a path ("C:\Users", "\\SRV\share",
    // "D:\DATA\reports") has a colon or a backslash before its capitals, or another backslash after the login.
    id: 'domain-login',
    type: 'ID',
    anchor: { char: '\\', back: /[A-Z0-9\-]/, maxBack: 15 },
    regex: /(?<![\w\\:.\/\-])[A-Z][A-Z0-9\-]{1,14}\\([a-z][a-z0-9._\-]{1,30}[a-z0-9])(?![\w\\\/]|\.\w)/g,
    group: 1,
    score: 0.75,
  },
  {
    // Round 47: a web platform's object id, a short type prefix, an underscore, a key of ten characters or more
    // holding three digits ("sess_8f2c71ab90de44", "usr_7Qk2m9XpL4", "pat_00418802"): a session or an account of one
    // person. Snake-case words ("patient_mrn", "session_timeout") hold no such key.
    id: 'object-id-underscore',
    type: 'ID',
    anchor: { char: '_', back: /[a-z]/, maxBack: 7 },
    regex: unparsedRegex(`(?<![\\w.\\-])${OBJECT_ID_PREFIXES}_[A-Za-z0-9]{10,40}(?![\\w\\-])`, 'g'),
    score: 0.8,
    validate: (v) => digitCount(v) >= 3,
  },
  {
    // Round 47: a phone or a tablet as its system names it after its owner, "Maria's iPhone", "Greg's Pixel 8",
    // "Adaeze's Galaxy S23": the word before the possessive is the owner's given name. A role or a kin word
    // ("Patient's iPhone", "Mom's iPad") and a maker ("Google's Pixel") are common words and stay.
    id: 'device-owner-name',
    type: 'NAME',
    // Only notes naming such a device are read (the words are rare in clinical prose).
    needsWords: ['iphone', 'ipad', 'ipod', 'imac', 'macbook', 'mac', 'watch', 'airpods', 'pixel', 'galaxy', 'moto', 'chromebook', 'kindle', 'fitbit', 'android', 'oneplus', 'xperia'],
    anchor: { char: /['\u2019]s[ \t](?:iPhone|iPad|iPod|iMac|MacBook|Mac|Apple[ \t]Watch|Watch|AirPods|Pixel|Galaxy|Moto|Chromebook|Kindle|Fitbit|Android|OnePlus|Xperia)\b/g, back: /[A-Za-z\-]/, maxBack: 41 },
    regex: /(?<![\w'\u2019\-])([A-Z][a-z]{1,19}(?:-[A-Z][a-z]{1,19})?)['\u2019]s[ \t](?:iPhone|iPad|iPod|iMac|MacBook|Mac|Apple[ \t]Watch|Watch|AirPods|Pixel|Galaxy|Moto|Chromebook|Kindle|Fitbit|Android|OnePlus|Xperia)\b/g,
    group: 1,
    score: 0.8,
    validate: (v, doc) => !DEVICE_MAKERS.has(v.toLowerCase()) && (!doc.dict.commonWords.has(v.toLowerCase()) || doc.dict.firstNames.has(v.toLowerCase())),
  },
  {
    // Round 47: a Bluetooth device's advertised name carries its serial ("BT name "UC-352_0A4F11"", "BLE name:
    // Nonin3230_502714"); the whole name, when it holds a digit, after its label.
    id: 'bluetooth-name',
    type: 'DEVICE',
    anchor: { words: ['bt', 'ble', 'bluetooth'] },
    regex: /\b(?:bt|ble|bluetooth)[ \t](?:device[ \t])?name[ \t]{0,2}[:=]?[ \t]{0,2}["'\u201c]?([A-Za-z0-9][\w\-.]{2,38}[A-Za-z0-9])(?![\w\-])/gi,
    group: 1,
    score: 0.85,
    validate: (v) => /\d/.test(v),
  },
  {
    // Round 47: the last four digits of a phone line after "ending", as help desks and two-factor messages write them
    // ("codes going to old number ending 0114", "cell ending in 2291"). A phone word must stand just before.
    id: 'phone-last-four',
    type: 'PHONE',
    firstRun: [4, 4],
    anchor: { digitsAfter: /[a-z \t]/, maxBack: 10 },
    regex: endingLastFour(),
    group: 1,
    score: 0.75,
    validate: (_v, doc, start) => PHONE_BEFORE_ENDING.test(doc.lower.slice(Math.max(0, start - 40), start)),
  },
  {
    // Round 167: the last characters of a licence, a card, a serial or a member number after "ends" / "ending" (see
    // ID_BEFORE_ENDING); a phone's are phone-last-four's, a period's end ("year ending 2025") is no one's.
    id: 'id-last-digits',
    type: 'ID',
    firstRun: [3, 6],
    anchor: { digitsAfter: /[a-z \t]/, maxBack: 12 },
    regex: /\b(?:ending|ends)[ \t](?:in[ \t]|with[ \t])?(\d{3,6}(?:-[A-Z0-9]{1,2})?)(?![\w\-\/]|\.\d)/g,
    group: 1,
    score: 0.75,
    // A year after a cover's word is when it ends ("her medicare ends in 2028"), unless a number is named.
    validate: (v, doc, start) => idLastDigits(doc, start) && !(/^(?:19|20)\d\d$/.test(v) && !NUMBER_WORD_BEFORE.test(doc.lower.slice(Math.max(0, start - 64), start))),
  },
  {
    // Round 167: an identifier dictated one character at a time (see spokenCode); a phone's word before it makes it a
    // phone. It never ends on a letter ("... 0 1 9 2, I can spell it").
    id: 'spaced-digits-code',
    type: 'ID',
    firstRun: [1, 1],
    anchor: { digitsAfter: /[A-Z ]/, maxBack: 8 },
    runTest: spokenRun,
    regex: /(?<![\w\-,])(?:[A-Z] ){0,4}\d(?:(?:,? | dash |-)(?:\d|[A-Z](?=(?:,? | dash |-)[A-Z0-9](?![\w])))(?![\w])){5,23}/g,
    score: 0.8,
    validate: (v, doc, start) => spokenCode(v, doc, start),
    context: ['phone', 'callback', 'call', 'cell', 'reach'],
    contextType: 'PHONE',
  },
  {
    // A UUID names one record (a FHIR resource id, an encounter or order id): "a91f3c2e-77b0-4d1e-9a31-0c4be2f10e88".
    id: 'uuid',
    type: 'ID',
    anchor: { char: '-', back: /[0-9A-Fa-f]/, maxBack: 8 },
    regex: /(?<![\w\-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![\w\-])/g,
    score: 0.85,
  },
  {
    id: 'url',
    type: 'URL',
    // The last character may not be sentence punctuation ("see https://x.org/a.").
    trigger: /:\/\/|www\./i,
    regex: /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'()\[\]{}]{0,2047}[^\s<>"'()\[\]{}.,;:!?]/gi,
    score: 0.9,
    validate: (v) => !publicHealthPage(v),
  },
  {
    // Round 77: a server log's or an API call's path without its host, the record's number after a segment naming
    // whose it is ("GET /v3/patients/7730418/notes", "/fhir/Patient/88213"): the number is the person's; a path of
    // words alone ("/api/patients/search") or a short number ("/v2/users/12") stays.
    id: 'url-path-record',
    type: 'ID',
    trigger: /\/(?:patients?|members?|users?|persons?|subjects?|residents?|clients?|mrn)\//i,
    regex: /(?<![\w.:\/])\/(?:[A-Za-z0-9_\-]{1,24}\/){0,4}(?:patients?|members?|users?|persons?|subjects?|residents?|clients?|mrn)\/([A-Za-z]{0,4}-?\d{4,12})(?![\w\-])/gi,
    group: 1,
    score: 0.75,
    // A year in a path is a page's or a folder's ("/docs/patients/2024"), no record.
    validate: (v) => !/^(?:19|20)\d\d$/.test(v),
  },
  {
    // Bare domains with a path or a known health/organisation TLD ("portal.example.org/login").
    id: 'url-bare',
    type: 'URL',
    trigger: /\.(?:com|org|net|edu|gov|io|health|care|us|info|biz|co)\b/i,
    // Anchored on each top-level domain: the match starts at most 253 characters before it.
    anchor: { char: /\.(?:com|org|net|edu|gov|io|health|care|us|info|biz|co)\b/gi, back: /[A-Za-z0-9.\-]/, maxBack: 253 },
    // Round 136: a country's code after the domain goes with it ("www.nice.org.uk", "clinic.com.au"): cut before it,
    // "www.nice.org" was read alone and the public page never recognised.
    regex: /\b[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,6}(?:com|org|net|edu|gov|io|health|care|us|info|biz|co)(?:\.[a-z]{2}(?![A-Za-z0-9]))?(?:\/(?:[^\s<>"'()\[\]{}]{0,2047}[^\s<>"'()\[\]{}.,;:!?])?)?(?![A-Za-z0-9@])/gi,
    score: 0.75,
    validate: (v) => !publicHealthPage(v),
  },
  {
    // Other top-level domains only with a path, as visit links and short links are written ("doxy.me/drlee",
    // "bit.ly/3xYz", "zoom.us" is above): without one, "pt.me" or "vs.ai" could be shorthand.
    id: 'url-bare-path',
    type: 'URL',
    trigger: /\.(?:me|ly|tv|ai|app|ca|uk|au|nz|ie|de|fr|link|to|gl|site|online|clinic|video)\//i,
    anchor: { char: /\.(?:me|ly|tv|ai|app|ca|uk|au|nz|ie|de|fr|link|to|gl|site|online|clinic|video)\//gi, back: /[A-Za-z0-9.\-]/, maxBack: 253 },
    regex: /(?<![@\w.\-])[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,6}(?:me|ly|tv|ai|app|ca|uk|au|nz|ie|de|fr|link|to|gl|site|online|clinic|video)\/[^\s<>"'()\[\]{}]{0,2047}[^\s<>"'()\[\]{}.,;:!?]/gi,
    score: 0.75,
    // Round 136: "https://www.nice.org.uk/guidance/ng100" is read here from its "www." on: a public page still.
    validate: (v) => !publicHealthPage(v),
  },
  {
    id: 'ipv4',
    firstRun: [1, 3],
    anchor: 'digit',
    type: 'IP',
    trigger: /\d\.\d{1,3}\.\d/,
    regex: /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?!\d|\.\d)/g,
    score: 0.85,
    // Round 130: "Protocol v4.2.0.0", "version 3.1.0.2": a document's or a program's version, no address.
    validate: (_v, doc, start) => !VERSION_BEFORE.test(doc.text.slice(Math.max(0, start - 9), start)),
  },
  {
    // Full, compressed (::) and IPv4-mapped forms; each group starts with ':' so matching is linear.
    id: 'ipv6',
    type: 'IP',
    trigger: /[0-9A-Fa-f]?:[0-9A-Fa-f:]/,
    anchor: { char: ':', back: /[0-9A-Fa-f]/, maxBack: 4 },
    regex: /(?<![0-9A-Fa-f:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::(?:\d{1,3}\.){3}\d{1,3}|(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![0-9A-Fa-f:])/g,
    score: 0.8,
    validate: (v) => {
      const colons = v.match(/:/g)?.length ?? 0;
      if (/^\d{1,2}(?::\d{2}){1,2}$/.test(v)) return false; // a time
      return (v.includes('::') && colons >= 2 && /[0-9a-fA-F]/.test(v.replace(/:/g, ''))) || colons >= 7;
    },
  },
  {
    // A network card's hardware address, a device identifier: six hex pairs joined by ':' or '-'
    // ("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e"). Tried only where three pairs start.
    id: 'mac-address',
    type: 'DEVICE',
    anchor: { char: /[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1/g, back: /[0-9A-Fa-f]/, maxBack: 0 },
    regex: /(?<![0-9A-Za-z:\-])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Za-z]|[:\-][0-9A-Za-z])/g,
    score: 0.85,
    // Dashed pairs of digits only are more often a code or a list ("12-34-56-78-90-12") than a card's address.
    validate: (v) => v.includes(':') || /[A-Fa-f]/.test(v),
  },
  {
    // UDI in GS1 form: (01)GTIN(17)expiry(10)lot(21)serial
    id: 'udi-gs1',
    firstRun: [2, 2],
    anchor: 'digit',
    type: 'DEVICE',
    trigger: /\(01\)/,
    regex: /\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9\-]{1,20}){0,6}/g,
    score: 0.9,
  },
  {
    // Photo, scan and document file names carry dates and names ("IMG_2026_1103_lastname.jpg",
    // "wound-0412.heic", "Solberg_Ingrid_discharge.pdf"): the whole name, when its stem holds four digits or
    // more or a part that is a person's name ("logo.png" and "discharge_instructions.pdf" are left alone).
    id: 'media-file-name',
    type: 'ID',
    trigger: new RegExp(`\\.${MEDIA_EXTENSIONS}\\b`, 'i'),
    anchor: { char: new RegExp(`\\.${MEDIA_EXTENSIONS}\\b`, 'gi'), back: /[A-Za-z0-9_\-]/, maxBack: 100 },
    regex: unparsedRegex(`(?<![A-Za-z0-9_\\-])[A-Za-z0-9][A-Za-z0-9_\\-]{0,99}\\.${MEDIA_EXTENSIONS}\\b`, 'gi'),
    score: 0.8,
    validate: (v, doc) => digitCount(v) >= 4 || stemNamesPerson(v, doc),
  },
  {
    // IBAN, grouped in fours or not: GB82 WEST 1234 5698 7654 32
    id: 'iban',
    type: 'ACCOUNT',
    anchor: { digitsAfter: /[A-Z]/, maxBack: 2 },
    regex: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g,
    score: 0.5,
    validate: (v) => (iban(v) ? 0.92 : false),
  },
  {
    // Any phone-shaped run after a phone cue: "Phone: 0490 75 40 81", "call me at 99 668472", "(72) 754-186"
    id: 'phone-cue',
    anchor: 'digit',
    type: 'PHONE',
    // An extension belongs to the number: "9413085000 ext 8439", "4753855191 x 9676".
    // Round 145: an opening bracket only when it closes round an area code ("(72) 754-186"); "by phone (614-555-0183)."
    // brackets the whole number, its bracket no part of it.
    regex: unparsedRegex(String.raw`(?<![\w+\-.\/])\+?(?:\((?=\d{1,5}\)))?\d[\d ().\-]{4,20}\d(?:${EXTENSION.source})?(?![\w\-\/]|\.\d)`, 'g'),
    score: 0.2,
    validate: (v) => phoneRun(v.replace(EXTENSION_AT_END, ''), v),
    context: ['phone', 'tel', 'telephone', 'mobile', 'cell', 'fax', 'desk', 'office', 'call me at', 'call me on', 'reach me at', 'messages to', 'answering at', 'ph', 'pager', 'landline', 'whatsapp',
      // "HP 9555 0137": a handphone, as Singapore and Malaysia write a mobile.
      'hp', 'handphone',
      // "DSN 555-0117": a military base's switched network.
      'dsn',
      // A call's number: "called from 9413085000", "will call her at 9773973467".
      'called from', 'calling from', 'call from', 'call him at', 'call her at', 'call them at', 'call back at', 'callback', 'call-back', 'reached at', 'text at'],
    contextWindow: 16,
    contextBoost: 0.55,
    contextType: 'PHONE',
  },
  {
    // A phone-shaped run labelled after the number, as signature blocks and contact lists write it:
    // "416 60 039 office", "07700 063 966-Fax", "(37) 788-063 (mobile)". The label is required. In brackets, whose
    // or which line it is: "9555 0108 (son, Tan Wei Liang)", "6555 0193 (home)".
    id: 'phone-labelled-after',
    anchor: 'digit',
    type: 'PHONE',
    needsWords: ['office', 'fax', 'mobile', 'cell', 'tel', 'phone', 'pager', 'landline', 'home', 'work', 'hp', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'partner'],
    regex: /(?<![\w+\-.\/])\+?(?:\((?=\d{1,5}\)))?\d[\d ().\-]{4,20}\d(?=[ \-]?\(?(?:[Oo]ffice|OFFICE|[Ff]ax|FAX|[Mm]obile|MOBILE|[Cc]ell|CELL|[Tt]el|TEL|[Pp]hone|PHONE|[Pp]ager|PAGER|[Ll]andline|LANDLINE)\b|[ \t]\((?:[Hh]ome|HOME|[Ww]ork|WORK|HP|son|daughter|wife|husband|mother|father|sister|brother|partner)\b)/g,
    score: 0.75,
    validate: (v) => phoneRun(v, v),
    context: FAX_CUES,
    contextWindow: 24,
    contextBoost: 0.05,
    contextType: 'FAX',
  },
  {
    // Round 150: an EHR printout's footer and a report's transcription line name the user by login ("Printed by:
    // KMARSH2 11/27/2026 14:02", "Transcribed: mt04"), as clinicians paste them into a prompt. A login's shape only: capitals
    // of three letters or more with digits or none, or lower-case letters with digits; a name ("Printed by Dana
    // Whitlock", "Printed by: DANA WHITLOCK" before another word in capitals) and a service account stay out.
    id: 'printout-login',
    type: 'ID',
    anchor: { words: ['printed', 'transcribed', 'transcriptionist'] },
    regex: /\b(?:[Pp]rinted[ \t]by|PRINTED[ \t]BY|[Tt]ranscribed(?:[ \t]by)?|TRANSCRIBED(?:[ \t]BY)?|[Tt]ranscriptionist)[ \t]?:?[ \t]{1,3}([A-Z]{3,12}\d{0,4}|[a-z]{2,12}\d{1,4})(?![\w.@\-]|[ \t]{1,2}[A-Z]{2})/g,
    group: 1,
    score: 0.75,
    validate: (v) => v.length >= 4 && !SERVICE_ACCOUNT.test(v.toLowerCase()) && !PRINTOUT_NOT_LOGIN.test(v),
  },
  {
    // Round 161: an e-signature log's and a dictation system's user by login ("Authenticated by: edrummondpike via
    // SSO", "Originator: GFAIRW"): printout-login's shapes, and lower-case letters alone of no English word; a name in
    // capitals before more capitals ("Originator: DANA WHITLOCK") and "Authenticated by: password" stay out.
    id: 'signer-login',
    type: 'ID',
    // Round 163: and a MEDITECH header's "RUN USER:" (a login with no dot: "RUN USER: NURHKAPOOR"; user-cue reads
    // "HIM.KOYELARO"), and a chart correction's "HIM Data Integrity: mtsosie".
    anchor: { words: ['authenticated', 'originator', 'run', 'data'] },
    regex: /\b(?:[Aa]uthenticated[ \t]by|AUTHENTICATED[ \t]BY|[Oo]riginator|ORIGINATOR|RUN[ \t]USER|[Rr]un[ \t][Uu]ser|[Dd]ata[ \t][Ii]ntegrity|DATA[ \t]INTEGRITY)[ \t]?:?[ \t]{1,3}([A-Z]{3,12}\d{0,4}|[a-z]{2,12}\d{1,4}|[a-z]{5,24})(?![\w.@\-]|[ \t]{1,2}[A-Z]{2})/g,
    group: 1,
    score: 0.75,
    validate: (v, doc) => v.length >= 4 && !SERVICE_ACCOUNT.test(v.toLowerCase()) && !PRINTOUT_NOT_LOGIN.test(v) && !(/^[a-z]+$/.test(v) && doc.dict.commonWords.has(v)),
  },
  {
    // Round 161: a fax's page header names the sending station in capitals between "FROM:" and its number
    // ("11/30/2026 15:12  FROM: CASCADE SPINE&PAIN 5415550118  TO: ..."): the practice. Only before a number of
    // seven digits or more ("FROM: ED  TO: ICU" is a transfer).
    id: 'fax-station-from',
    type: 'FACILITY',
    anchor: { words: ['from'] },
    regex: /\bFROM[ \t]?:[ \t]{0,3}([A-Z][A-Z0-9&'.\-]*(?:[ \t](?:&[ \t])?[A-Z][A-Z0-9&'.\-]*){0,5})(?=[ \t]{1,3}\+?[\d(][\d ()\-.]{5,16}\d(?![\d\-]))/g,
    group: 1,
    score: 0.7,
    validate: (v) => faxStation(v),
  },
  {
    // Round 163: a visit header's "Location:" naming the practice and its site's town after a dash ("Location: Cascade
    // Spine & Pain - Redmond"): two to six capitalised words, "&" between them allowed, then a listed town closing the
    // field. A body site or a home ("Location: Left Forearm", "Location: Patient Home - Redmond") stays.
    id: 'location-practice-town',
    type: 'FACILITY',
    anchor: { words: ['location'] },
    regex: unparsedRegex(String.raw`\bLocation[ \t]?:[ \t]{1,3}(\p{Lu}[\p{L}'.\-]*(?:[ \t](?:&[ \t])?\p{Lu}[\p{L}'.\-]*){1,5}[ \t][\-–][ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:\r?\n|$)|[ \t]{2}|[,;])`, 'gu'),
    group: 1,
    score: 0.7,
    validate: (v, doc) => practiceAtTown(v, doc),
  },
  {
    // Round 161: a fax server's log names the far station ("Remote Station: CASCADE SPINE & PAIN", "CSID: DRFM
    // CLINIC", "TSID: ..."), in capitals, before a wide gap or the line's end; a number there is the fax's.
    id: 'fax-station-id',
    type: 'FACILITY',
    anchor: { words: ['remote', 'station', 'csid', 'tsid'] },
    regex: /\b(?:[Rr]emote[ \t][Ss]tation(?:[ \t]I[Dd])?|REMOTE[ \t]STATION(?:[ \t]ID)?|[Ss]tation[ \t]I[Dd]|STATION[ \t]ID|CSID|TSID)[ \t]?:[ \t]{0,3}([A-Z][A-Z0-9&'.\-]*(?:[ \t](?:&[ \t])?[A-Z][A-Z0-9&'.\-]*){0,5})(?=[ \t]{2,}|[ \t]*\r?\n|[ \t]*$)/g,
    group: 1,
    score: 0.7,
    validate: (v) => faxStation(v),
  },
  {
    // Log and query fields that name a user: "user=jpatel", "username: jpatel", "login=j.patel"
    id: 'user-field',
    type: 'ID',
    anchor: { words: ['user', 'username', 'userid', 'login', 'uid', 'account'] },
    regex: /\b(?:user|username|userid|user_id|login|uid|account_name)=([A-Za-z][A-Za-z0-9._\-]{1,39})/g,
    group: 1,
    score: 0.75,
  },
  {
    // French numbers in five pairs after a phone cue: "tél. 02 35 55 01 42", "portable 06.55.50.12.34".
    id: 'phone-fr',
    anchor: 'digit',
    firstRun: [2, 2],
    type: 'PHONE',
    regex: /(?<![\d\-.])0[1-9](?:([ .])\d{2})(?:\1\d{2}){3}(?![\d\-]|\.\d)/g,
    score: 0.3,
    context: ['tél', 'tel', 'téléphone', 'telephone', 'portable', 'mobile', 'fixe', 'joindre', 'appeler', 'phone', 'fax', 'contact'],
    contextWindow: 24,
    contextBoost: 0.5,
  },
  {
    // Mobile numbers written without a cue in two plans that have no fictional range: India's, in two groups of
    // five from 6 to 9 ("98450 55501", "+91 98450 55501"; round counts such as "60000 70000" are none), and
    // Nigeria's, 070, 080, 081, 090 or 091 and eight digits ("0803 555 0142", "+234 803 555 0142").
    id: 'phone-mobile-in-ng',
    anchor: 'digit',
    firstRun: [2, 11],
    // Five digits from 6 on, a trunk prefix 0, or a country code after "+".
    runTest: (text, start, length) => (length === 5 && text.charCodeAt(start) >= 54) || text.charCodeAt(start) === 48 || text.charCodeAt(start - 1) === 43,
    type: 'PHONE',
    regex: /(?<![\d\-.\/])(?:(?:\+91[ \-]?)?[6-9]\d{4}[ \-]\d{5}|(?:\+234[ \-]?|0)[789][01]\d[ \-]?\d{3}[ \-]?\d{4})(?![\d\-]|[.,\/]\d)/g,
    score: 0.6,
    // Round 84: nor a range of five-digit codes, a hyphen between two groups that share their first three digits,
    // the second the larger ("99202-99205", "99212-99215": office visits' CPT codes); a phone's halves rarely do.
    validate: (v) => !/0000/.test(v) && !codeRange(v),
  },
  {
    // A battalion of its regiment or brigade as the Army writes it ("1-504th PIR", "2-7 CAV", "3-16 FAR"): with the
    // service member's company it narrows him to a hundred people. Only branch abbreviations that are no English
    // word follow ("2-3 IN THE AM" in a note in capitals is a dose).
    id: 'military-unit',
    anchor: 'digit',
    firstRun: [1, 2],
    // A hyphen or an ordinal's letters right after the first number.
    runTest: (text, start, length) => {
      const c = text.charCodeAt(start + length);
      return c === 45 || (c >= 97 && c <= 122);
    },
    type: 'ID',
    regex: /(?<![\w\-\/.])\d{1,2}(?:st|nd|rd|th)?-\d{1,3}(?:st|nd|rd|th)?[ \t](?:PIR|INF|FAR|CAV|AVN|ADA|BEB|BSB|SFG|ABCT|IBCT|SBCT|CAB)(?![\w\-])/g,
    score: 0.7,
  },
  {
    // A blood unit's donation number (ISBT 128 DIN): the collecting facility's letter and four digits, the year's
    // two digits and a six-digit serial ("W0416 26 118847", "W041626118847"); it leads back to the donor.
    id: 'isbt-din',
    type: 'DEVICE',
    anchor: { digitsAfter: /[A-Z]/, maxBack: 1 },
    firstRun: [4, 12],
    // The check character printed after the number goes with it ("W0414 26 118830 F (RBC)"), but not a blood
    // group written after it ("... 118830 O POS").
    // Round 82: nor when running text goes on after it in lower case ("unit W0447 26 301998 3 of O-neg RBCs", "unit
    // ... V transfused to"), a digit also before a full stop; a blood group's sign ("118830 A neg", "A pos") stays out.
    // Round 98: two blanks may stand before the text or the bracket, as a pasted screen aligns it ("118342 X  product").
    regex: /(?<![\w\-])[A-Z]\d{4}(?:[ \t]\d{2}[ \t]\d{6}|\d{8})(?:[ \t](?:[A-Z0-9](?=[ \t]{0,2}[(,;]|[ \t]*(?:\r?\n|$)|[ \t]{1,2}(?!neg|pos|rh)[a-z])|\d(?=\.(?!\d))))?(?![\w\-])/g,
    score: 0.75,
  },
  {
    // Round 42: the VA's short identifier, the surname's initial and the SSN's last four digits, in brackets after
    // the veteran's name in a VistA heading ("PATIENT: WASHINGTON-LEE,DARNELL T (W4417)"). Only when a surname with
    // that initial, in capitals as VistA writes it, stands before a comma earlier on the line: "(J1885)", "(E1390)"
    // after other words are codes.
    id: 'va-initial-last-four',
    type: 'ID',
    anchor: { digitsAfter: /[A-Z]/, maxBack: 1 },
    firstRun: [4, 4],
    regex: /(?<=\()[A-Z]\d{4}(?=\))/g,
    score: 0.8,
    validate: (v, doc, start) => {
      const before = doc.text.slice(Math.max(0, start - 80), start);
      const line = before.slice(before.lastIndexOf('\n') + 1);
      return new RegExp(`(?:^|[^\\p{L}])${v[0]}[\\p{Lu}'’\\-]{1,30},[ \\t]?\\p{Lu}`, 'u').test(line);
    },
  },
  {
    // Round 48: a clinician's licence number after the credential and "#", as a signature writes it ("Marguerite Odum,
    // LCSW #LCS 77104", "LMFT # 118204", "PsyD #PSY 30912"): the board's letters may lead the digits. "RN #2" (a
    // nurse's turn) has too few digits.
    id: 'credential-licence-number',
    type: 'LICENSE',
    anchor: { words: ['lcsw', 'licsw', 'lmsw', 'lmft', 'lpc', 'lmhc', 'lpcc', 'lcpc', 'psyd', 'cgc', 'lcgc', 'lcadc', 'ladc', 'bcba'] },
    regex: /\b(?:LCSW|LICSW|LMSW|LMFT|LPC|LMHC|LPCC|LCPC|PsyD|CGC|LCGC|LCADC|LADC|BCBA)[ \t]{0,2}#[ \t]{0,2}([A-Z]{0,4}[ \t\-]?\d{4,8})(?![\w\-])/g,
    group: 1,
    score: 0.85,
  },
  {
    // Round 143: a licensed profession's title before its licence, the board's letters and the number ("Licensed
    // Psychologist PY 60211845", "Licensed Clinical Social Worker #LW 12044"); "Licensed Psychologist 20 years" has
    // no number of four digits or more after the letters or a sign.
    id: 'licensed-title-number',
    type: 'LICENSE',
    anchor: { words: ['licensed'] },
    regex: /\b(?:Licensed|LICENSED)[ \t](?:Psychologist|Clinical[ \t]Psychologist|(?:Independent[ \t])?Clinical[ \t]Social[ \t]Worker|Master[ \t]Social[ \t]Worker|(?:Professional|Mental[ \t]Health)[ \t]Counselor|Marriage[ \t]and[ \t]Family[ \t]Therapist|Practical[ \t]Nurse|Vocational[ \t]Nurse|Dietitian|Pharmacist|Midwife|Psychological[ \t]Associate|Behavior[ \t]Analyst)[, \t][ \t]?(?:#[ \t]?|No\.[ \t])?([A-Z]{1,4}[ \t\-]?\d{4,10}|#?\d{5,10})(?![\w\-])/g,
    group: 1,
    score: 0.8,
  },
  {
    // Round 48: the last four digits a few words after the number's name ("SSN on file, last four 6127", "Social
    // Security number verified - last 4: 0831"); a card's or an account's last four has no such name before it.
    id: 'ssn-last-four-after',
    type: 'SSN',
    anchor: { words: ['last'] },
    regex: /\b(?:[Ll]ast|LAST)[ \t]{1,2}(?:4|four|FOUR)(?:[ \t]{1,2}digits)?[ \t]{0,2}[:#]?[ \t]{0,2}(?:(?:is|are)[ \t]{1,2})?(\d{4})(?![\w\-])/g,
    group: 1,
    score: 0.85,
    validate: (_v, doc, start) => /\b(?:ssn|ss#|social security|social sec\.?)\b/.test(doc.lower.slice(Math.max(0, start - 45), start)),
  },
  {
    // Round 62: an ECG system's reading physician with the number it files them under, as the tracing prints it
    // ("Confirmed by Okorafor, Chinedu MD (2286) on 5/2/2024", "Confirmed by SMITH, JOHN (0412)"): two to six
    // digits in brackets after the name; "confirmed by biopsy (2 cores)" has words in its brackets.
    id: 'ecg-confirmer-number',
    type: 'ID',
    anchor: { words: ['confirmed'] },
    regex: unparsedRegex(String.raw`\b(?:[Cc]onfirmed|CONFIRMED)[ \t](?:[Bb]y|BY)[ \t][\p{Lu}][\p{L}'’\-]{1,30},?(?:[ \t][\p{Lu}][\p{L}.'’\-]{0,30}){0,3}[ \t]\((\d{2,6})\)`, 'gu'),
    group: 1,
    score: 0.8,
  },
  {
    // Round 92: the claim file's number with its "C" prefix, as VA letters head it ("C-file: C 24 390 118", "VA File
    // Number C 28 114 907", "CSS 31 882 047"); the cue rule reads the groups without a letter.
    id: 'va-c-file-number',
    type: 'ID',
    anchor: { words: ['va', 'claim', 'c-file', 'cfile'] },
    regex: /\b(?:[Cc]-?[Ff]ile|C-?FILE|VA[ \t](?:[Ff]ile|FILE)|[Cc]laim[ \t][Ff]ile)(?:[ \t](?:[Nn]o\.?|[Nn]umber|NO\.?|NUMBER|#))?[ \t]{0,2}[:#]?[ \t]{0,2}(C{1,3}[ \t]?\d{2,3}[ \t]?\d{2,3}[ \t]?\d{3,4})(?![\w\-])/g,
    group: 1,
    score: 0.85,
  },
  {
    // Round 151: a form's bare "Last 4:" field before four digits (a VA referral's "Last 4: 6612", a card's on a
    // payment line): the label's capital and its colon right after the "4" make it a field; the digits are an SSN's or
    // a card's last four either way. "Last 4 hours: 1200 mL", "last 4: 2 of 3 negative" stay.
    id: 'last-four-label',
    type: 'SSN',
    anchor: { words: ['last'] },
    regex: /(?<![\w\-])(?:Last|LAST)[ \t](?:4|[Ff]our|FOUR):[ \t]{1,2}(\d{4})(?![\w\-.\/:,]\d|[\w\-\/])/g,
    group: 1,
    score: 0.8,
  },
  {
    // Round 92: an SSN masked but its last four in stars ("SSN ***-**-6120", "***-**-0417"), as claims and records
    // requests print it: the SSN's own shape, so no cue is needed ("xxx-xx-4182" is the cue rule's too).
    id: 'ssn-masked-stars',
    type: 'SSN',
    anchor: { digitsAfter: /[*\-]/, maxBack: 8 },
    firstRun: [4, 4],
    regex: /(?<![\w*])\*{3}-\*{2}-(\d{4})(?![\w\-])/g,
    group: 1,
    score: 0.85,
  },
  {
    // "last4 4471" on its own, as VA notes write the last four digits of a veteran's SSN.
    id: 'ssn-last4',
    type: 'SSN',
    anchor: { digitsAfter: /[A-Za-z]/, maxBack: 4 },
    firstRun: [1, 1],
    needsWords: ['last'],
    regex: /(?<![\w\-])(?:[Ll]ast|LAST)4[ \t]{0,2}[:#]?[ \t]{0,2}(\d{4})(?![\w\-])/g,
    group: 1,
    score: 0.9,
  },
  {
    // A refugee's or immigrant's alien number after "A#" ("A#: A 214 778 901", "A# 087654321"): tried only at a "#"
    // (the word "a" is everywhere, so it is no cue word).
    id: 'alien-number',
    type: 'ID',
    anchor: { char: '#', back: /[Aa]/, maxBack: 1 },
    regex: /(?<![\w\-])[Aa]#[ \t]{0,2}:?[ \t]{0,2}(A?[ \t\-]?\d{2,3}[ \t\-]?\d{3}[ \t\-]?\d{3})(?![\w\-])/g,
    group: 1,
    score: 0.85,
  },
  {
    // Italy's codice fiscale: six letters, two digits, a month letter, two digits, a letter, three digits and a
    // check letter ("RSSMRA85T10A562S"); no other code has this shape.
    id: 'codice-fiscale',
    anchor: { digitsAfter: /[A-Z]/, maxBack: 6 },
    firstRun: [2, 2],
    type: 'ID',
    regex: /(?<![A-Za-z0-9])[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])/g,
    score: 0.85,
  },
  {
    // UK and other 0-prefixed national numbers after a phone cue: "Mobile: 07700 900461", in German and French too
    // ("telefonisch unter 0831 5550 147 erreichbar", "Tél. 04 91 55 50 12").
    id: 'phone-national',
    anchor: 'digit',
    type: 'PHONE',
    regex: /(?<![\d\-])0\d{2,4}[ \-]?\d{3,4}[ \-]?\d{3,4}(?![\d\-])/g,
    score: 0.3,
    // Eleven digits in the groups a British number is written in ("0131 496 0118", "020 7946 0321", "01632
    // 960123", "07700 900143") are a phone without a cue: no record number is written so.
    validate: (v) => (BRITISH_GROUPS.test(v) ? 0.6 : true),
    // A relative just before it is a next of kin's number: "Peter Mwangi (husband), 0722 555 091".
    context: ['phone', 'tel', 'mobile', 'mob', 'cell', 'call', 'ph', 'contact', 'home', 'work', 'landline', 'whatsapp', 'text', 'telefon', 'telefonisch', 'handy', 'unter', 'erreichbar', 'téléphone', 'portable', 'cellulaire',
      'kin', 'husband', 'wife', 'spouse', 'mother', 'father', 'son', 'daughter', 'sister', 'brother', 'guardian', 'caregiver',
      // Where or how the number is reached: "UK: 020 7946 0321", "alt 0161 496 0123", "vm 07700 900461".
      'uk', 'intl', 'international', 'number', 'office', 'alt', 'reach', 'reached', 'message', 'msg', 'voicemail', 'vm',
      // Who answers it, as letterheads write: "Secretary: 0131 496 0118", "Switchboard 01632 960000".
      'secretary', 'reception', 'switchboard', 'enquiries', 'appointments', 'bleep', 'helpline'],
    contextWindow: 20,
    contextBoost: 0.5,
  },
  {
    id: 'ssn',
    firstRun: [3, 3],
    anchor: 'digit',
    type: 'SSN',
    regex: /(?<![\d\-])\d{3}[\- ]\d{2}[\- ]\d{4}(?![\d\-])/g,
    score: 0.85,
    validate: (v) => !/^000|^\d{3}.00|0000$/.test(v) && (v.includes('-') || v[3] === v[6]),
  },
  {
    id: 'phone-us',
    // Round 98: an extension after a comma goes with the number when it is spelt out ("503-555-0190, ext 331",
    // "..., extension 12"); a bare "x" after a comma ("555-0190, x2 weekly") stays out.
    firstRun: [1, 3],
    anchor: 'digit',
    type: 'PHONE',
    regex:
      /(?<![\w+\-.\/])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-\/])\d{3}[\s.\-]\d{4}(?:(?:\s{0,2}(?:x|ext\.?|extension|#)|,[ \t]{0,2}(?:ext\.?|extension))\s{0,2}\d{1,6})?(?![\w\-\/])/gi,
    score: 0.85,
    // Round 92: a state's administrative rule in the phone's shape after its code's name ("OAR 436-010-0280",
    // Oregon's workers' compensation rules; "WAC", "Admin. Code"), as claims letters cite them: no one's line.
    validate: (_v, doc, start) => !afterAdminRuleCode(doc.text, start),
    context: FAX_CUES,
    contextWindow: 24,
    contextBoost: 0.05,
    contextType: 'FAX',
  },
  {
    // Round 68: a seven-digit local number with its extension, as clinic signatures and staff emails write it with no
    // phone word before ("office line 555-0144 x3307", "| 555-0144 ext 215"): the extension makes it a phone line.
    // Three digits or more after "x" ("Hb 123-4567 x2" is no extension); a decimal, a slash or a unit after stays
    // ("x100 strips", "x250 mL").
    id: 'phone-local-extension',
    firstRun: [3, 3],
    anchor: 'digit',
    type: 'PHONE',
    regex: /(?<![\w+\-.\/()])\d{3}[.\-]\d{4}[ \t]{1,2}(?:[Ee]xt\.?|EXT\.?|[Ee]xtension|[Xx])[ \t]{0,2}\d{3,6}(?![\w\-\/]|[.,]\d|[ \t]?(?:ml|mL|ML|mg|mcg|cc|units?|iu|IU|strips?|tabs?|vials?|doses?)\b)/g,
    score: 0.8,
  },
  {
    id: 'phone-intl',
    anchor: 'digit',
    type: 'PHONE',
    trigger: /\+\d/,
    regex: /(?<![\w+])\+(?:[1-9]\d{0,2})(?:[\s.\-]?\(?\d{1,5}\)?){2,5}(?![\w\-])/g,
    score: 0.8,
    validate: (v) => digitCount(v) >= 8 && digitCount(v) <= 15,
    context: FAX_CUES,
    contextWindow: 24,
    contextBoost: 0.05,
    contextType: 'FAX',
  },
  {
    // Ten bare digits after a phone cue ("call 5551234567").
    id: 'phone-bare',
    firstRun: [10, 10],
    anchor: 'digit',
    type: 'PHONE',
    regex: /(?<![\w\-])\d{10}(?![\w\-])/g,
    score: 0.2,
    context: ['phone', 'tel', 'call', 'cell', 'mobile', 'pager', 'contact', 'ph', 'fax', 'reach', 'cb', 'callback', 'text', 'sms', 'whatsapp', 'alt'],
    contextWindow: 24,
    contextBoost: 0.5,
  },
  {
    id: 'credit-card',
    firstRun: [4, 19],
    anchor: 'digit',
    type: 'ACCOUNT',
    regex: /(?<![\d\-])\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{1,7}(?![\d\-])/g,
    score: 0.85,
    validate: (v) => luhn(v) && digitCount(v) >= 13 && digitCount(v) <= 19,
  },
  {
    id: 'dea',
    type: 'LICENSE',
    firstRun: [7, 7],
    anchor: { digitsAfter: /[A-Za-z]/, maxBack: 2 },
    regex: /\b[A-Za-z]{2}\d{7}\b/g,
    score: 0.5,
    validate: (v) => (dea(v) ? 0.85 : 0.45),
    context: ['dea'],
    contextBoost: 0.3,
  },
  {
    // "an account at Fifth Third Bank ending in 4471", "Visa card ending in 0192": the last four digits that papers
    // give for an account or a card. An account or card word must come shortly before ("fiscal year ending in 2025"
    // and "a word ending in 1" stay).
    id: 'account-last-four',
    type: 'ACCOUNT',
    firstRun: [4, 4],
    anchor: { digitsAfter: /[a-z \t]/, maxBack: 10 },
    // Round 40: "in" may be left out ("visa ending 4417").
    regex: endingLastFour(),
    group: 1,
    score: 0.75,
    // A passport's or a licence's last four too ("Passport ending 5512"). Not a period's year: "the fiscal year
    // ending 2025", "statement for the period ending 2024" (a card or account word nearby or not).
    context: ['account', 'acct', 'card', 'checking', 'savings', 'bank', 'visa', 'mastercard', 'amex', 'debit', 'credit', 'iban', 'passport', 'license', 'licence'],
    contextWindow: 60,
    requireContext: true,
    contextBoost: 0.1,
    validate: (v, doc, start) => !(/^(?:19|20)\d\d$/.test(v) && PERIOD_BEFORE_ENDING.test(doc.lower.slice(Math.max(0, start - 40), start))),
  },
  {
    // A card's or an account's number masked but its last four ("MASTERCARD xxxx-xxxx-xxxx-0923", "Account:
    // ****6620", "Visa XXXX XXXX XXXX 4417"): four mask characters or more, then the digits, with a card or account
    // word near. A masked SSN's shape ("xxx-xx-4182") is the SSN rules' and stays out.
    id: 'account-masked-last-four',
    type: 'ACCOUNT',
    firstRun: [4, 4],
    anchor: { digitsAfter: /[xX*\u2022 \t\-]/, maxBack: 24 },
    regex: /(?<![\w*\u2022])([xX*\u2022][xX*\u2022 \t\-]{2,22})(\d{4})(?![\w\-\/])/g,
    group: 2,
    score: 0.75,
    validate: (_v, doc, start) => {
      const mask = /[xX*\u2022 \t\-]*$/.exec(doc.text.slice(Math.max(0, start - 24), start))?.[0] ?? '';
      if (/^[xX*]{3}-[xX*]{2}-$/.test(mask)) return false;
      let n = 0;
      for (const ch of mask) if (ch !== ' ' && ch !== '\t' && ch !== '-') n++;
      return n >= 4;
    },
    context: ['account', 'acct', 'card', 'checking', 'savings', 'bank', 'visa', 'mastercard', 'amex', 'discover', 'debit', 'credit', 'iban', 'ach'],
    contextWindow: 60,
    requireContext: true,
    contextBoost: 0.1,
  },
  {
    id: 'npi',
    firstRun: [10, 10],
    anchor: 'digit',
    type: 'LICENSE',
    regex: /(?<![\w\-])\d{10}(?![\w\-])/g,
    score: 0.4,
    validate: (v) => npi(v),
    context: ['npi', 'provider'],
    contextBoost: 0.45,
  },
  {
    id: 'vin',
    type: 'VEHICLE',
    anchor: { digitsAfter: /[A-HJ-NPR-Z]/, maxBack: 16 },
    // Tried back from every run of digits: first ask whether seventeen VIN characters fit around it.
    runTest: vinRoom,
    regex: /\b[A-HJ-NPR-Z0-9]{17}\b/g,
    score: 0.5,
    validate: (v) => (/\d/.test(v) && /[A-Z]/.test(v) ? (vin(v) ? 0.9 : 0.6) : false),
    context: ['vin', 'vehicle'],
  },
  {
    // A plate a few words after its cue: "LICENSE PLATE OF NEIGHBOR'S CAR 7XYZ482", "plate on the van: ABC-1234".
    // The code must mix letters and digits, so the ordinary words in between are never taken.
    id: 'plate-window',
    type: 'VEHICLE',
    anchor: { words: ['license', 'licence', 'plate', 'plates', 'car', 'vehicle', 'auto'] },
    regex: /\b(?:licen[cs]e[ \t]{1,2}plates?|plates?[ \t]{0,2}(?:number|no\.?|#)|(?:car|vehicle|auto)[ \t]{1,2}(?:tags?|registration))\b[^\n\d]{0,40}?(?<![\w\-])((?=[a-z\-]{0,7}\d)(?=[\d\-]{0,7}[a-z])[a-z0-9]{1,4}-?[a-z0-9]{2,5})(?![\w\-])/gi,
    group: 1,
    score: 0.85,
    validate: (v) => v.replace('-', '').length >= 5,
  },
  {
    // Round 167: a plate quoted in prose right after the word, as a witness or a family member gives it: a blank or a
    // hyphen inside ("photographed the plate, "8BFJ 552, California"", "plate is RKD 415"), a state's two letters
    // before it or not. Capitals and digits, both in the code: "plate 3.5 mm", "the plate was removed" have none.
    id: 'plate-spaced',
    type: 'VEHICLE',
    anchor: { words: ['plate', 'plates'] },
    regex: /\b(?:[Pp]lates?|PLATES?)(?:[ \t](?:number|no\.?|#|NUMBER|NO\.?))?[ \t]{0,2}[:,]?[ \t]{0,2}(?:(?:is|was|reads|read)[ \t]{1,2})?["\u201c'(]?(?:[A-Z]{2}[ \t])?([A-Z0-9]{1,4}[ \-][A-Z0-9]{2,5})(?![\w\-])/g,
    group: 1,
    score: 0.85,
    validate: (v) => v.length >= 6 && /\d/.test(v) && /[A-Z]/.test(v),
  },
  {
    // A plate after its cue and its issuing state's code: "plate TX LKR-4471", "plate: CA 7ABC123". The state stays.
    id: 'plate-state',
    type: 'VEHICLE',
    anchor: { words: ['plate', 'plates', 'tag', 'tags'] },
    // Round 83: the label in capitals too, as a run sheet prints it ("PLATE ME 4RT88K").
    regex: /\b(?:[Pp]lates?|PLATES?|[Tt]ags?|TAGS?)(?:[ \t]{1,2}(?:number|no\.?|NUMBER|NO\.?|#))?[ \t]{0,2}:?[ \t]{1,2}[A-Z]{2}[ \t]{1,2}((?=[A-Z\-]{0,7}\d)(?=[\d\-]{0,7}[A-Z])[A-Z0-9]{1,4}-?[A-Z0-9]{2,5})(?![\w\-])/g,
    group: 1,
    score: 0.88,
    validate: (v, doc, start) => v.replace('-', '').length >= 5 && lexicon.STATE_CODES.has(/([A-Z]{2})[ \t]{1,2}$/.exec(doc.text.slice(Math.max(0, start - 4), start))?.[1] ?? ''),
  },
  {
    // Codes with a letter prefix ("SG-920311", "JH-12345", "HPX345678", "#SP-112233", "12345-JS").
    id: 'prefixed-code',
    firstRun: [3, 14],
    type: 'ID',
    anchor: { digitsAfter: /[A-Z#\-]/, maxBack: 8 },
    // Hong Kong's identity card writes its check digit in brackets: "K482913(1)", "Y305127(A)".
    regex: /(?<![\w\-#])#?(?:[A-Z]{1,6}-?\d{4,14}[A-Z]{0,3}(?:\([\dA]\))?|\d{3,12}-?[A-Z]{2,5}\d{0,6})(?![\w\-])/g,
    score: 0.6,
    // Round 44: "CMS-1500", "CMS-485", "CMS-2728": a Medicare form's number, no one's identifier.
    // One letter and four digits is a HCPCS or CDT procedure code ("J1885", "D3330"), not an identifier. A code
    // after "lot" stays found: an implant's lot is part of its device identifier, and redacting a vaccine's
    // batch costs a model nothing. Round 80: nor a dose typed in capitals ("tablet 1000MG", "500MG").
    validate: (v, doc, start) =>
      !/^(?:COVID|SARS|HbA|CD|IL|HLA|ICD|CPT|DSM|LOINC|SNOMED|ISO|ANSI|CMS)-?\d/i.test(v.replace(/^#/, '')) && !TRIAL_REGISTRY_NUMBER.test(v.replace(/^#/, '')) && !PROSPERO.test(v) && !fdaClearance(v, doc.lower) && v !== 'NRS-2002' && !/^[A-Z]\d{4}$/.test(v) && !DOSE_IN_CAPITALS.test(v) && !OASIS_GG_ITEM.test(v) && !HL7_TABLE.test(v) && !FISCAL_YEAR.test(v) && !x12Loop(v, doc, start) && !envelopeControlNumber(doc.text, start) && notCodeSystem(doc, start) && notModelNumber(doc, start) && notOfficeMachine(doc, start) &&
      // Round 144: an implant's catalogue number after "REF" with its lot on the line ("REF L20412, LOT 8813442").
      !catalogueRefAt(doc.text, v.startsWith('#') ? start + 1 : start, start + v.length),
  },
  {
    // Round 166: a member's number and its dependent's two-digit suffix after a payer's name or a member's label
    // ("Cigna U9921847 01", "Member ID: W88271043 02"): the suffix is part of the number on the card (the number
    // alone was found, the "01" left). Only a letter-led code of six digits or more, one blank, two digits, then the
    // clause's end or a bracket; after a payer's word or a member's, insurance's or subscriber's on the line.
    id: 'member-dependent-suffix',
    firstRun: [6, 12],
    type: 'HEALTHPLAN',
    anchor: { digitsAfter: /[A-Z]/, maxBack: 4 },
    runTest: (text, start, length) => text.charCodeAt(start + length) === 32 && isDigit(text.charCodeAt(start + length + 1)) && isDigit(text.charCodeAt(start + length + 2)) && !isDigit(text.charCodeAt(start + length + 3)),
    regex: /(?<![\w\-#])[A-Z]{1,4}\d{6,12} \d{2}(?=$|[ \t]{0,2}[,;)\r\n]|\.(?!\d)|[ \t]{1,2}\()/g,
    score: 0.9,
    validate: (_v, doc, start) => MEMBER_PAYER_BEFORE.test(doc.lower.slice(Math.max(0, start - 40), start)),
  },
  {
    // Letter prefixes with dash-grouped digits: "ROI-25-118842", "A213-498-771", "HPD25-14480", "NBS-2504-118820".
    // Six digits or more: "C5-6", "T10-11", "ICD-10-CM" and "SARS-CoV-2" are anatomy or names of things.
    id: 'grouped-code',
    firstRun: [2, 8],
    type: 'ID',
    anchor: { digitsAfter: /[A-Z\-]/, maxBack: 7 },
    // An addendum or part suffix may follow ("S24-18842-ADD1", "SP-26-018842-B").
    // Round 98: or a program's letters, a state's two and a serial of six digits or more ("WIC-OH-0048127").
    // Round 167: or a sample's or an aliquot's suffix after a participant's code ("PGB-004417-S01", a biobank log's row);
    // not a document's version ("SOP-00412-V2"). Round 170: a suffix of two letters too ("HGB-20417-SV1", saliva).
    // Round 99: a number sign before it that no word holds ("Run #TR-26-118842", "(#DSP-2026-4490)"): the sign says a
    // number follows, and stays outside the span as a label's does; "C#TR-..." stays out.
    regex: /(?<![\w\-.\/])(?<![\w\-.\/#]#)(?:[A-Z]{1,6}-?\d{2,8}(?:-\d{2,8}){1,3}(?:-[A-Z]{1,4}\d{0,2})?|[A-Z]{2,3}-[A-Z]{2}-\d{6,8}|[A-Z]{2,6}-\d{5,8}-[A-UW-Z][A-Z]?\d{1,3})(?![\w\-]|[.\/]\d)/g,
    score: 0.6,
    validate: (v, doc, start) =>
      digitCount(v) >= 6 && !/^(?:COVID|SARS|ICD|CPT|DSM|LOINC|SNOMED|ISO|ANSI|NDC|HCPCS|RX|CVX)-?\d/i.test(v) && !TRIAL_REGISTRY_NUMBER.test(v) && !PROSPERO.test(v) && !medicarePlanContract(v, doc, start) && notCodeSystem(doc, start) && notModelNumber(doc, start),
  },
  {
    // A court's case number after its label, in the shapes courts write: federal "CIVIL ACTION NO. 2:24-cv-01873",
    // state "CAUSE NO. 2025-CI-14877", "cause no. PR-25-01742-2", blank-separated "Case No. 2025 GC 004417", New
    // York's "Index No. 154332/2024". The generic id cue stops at a colon or a blank inside the number.
    // Round 92: a court's own prefix before the colon, as Mississippi writes it ("Cause No. 25CI1:23-cv-00876").
    // Round 143: Washington's shape with its county's court code (court-case-number-bare below).
    id: 'court-case-number',
    type: 'ID',
    // Round 48: a petition's number ("Petition No. 26 JD 01842", juvenile and probate courts) and a docket after its
    // colon alone ("Docket: 1:26-cr-00088"), as probation and presentence reports head them.
    anchor: { words: ['action', 'cause', 'case', 'docket', 'index', 'file', 'matter', 'petition'] },
    regex: /\b(?:(?:[Aa]ction|ACTION|[Cc]ause|CAUSE|[Cc]ase|CASE|[Dd]ocket|DOCKET|[Ii]ndex|INDEX|[Ff]ile|FILE|[Mm]atter|MATTER|[Pp]etition|PETITION)[ \t]{1,2}(?:[Nn]o\.?|NO\.?|[Nn]umber|NUMBER|#)[ \t]{0,2}:?|(?:[Dd]ocket|DOCKET):)[ \t]{0,2}(\d{2}-\d-\d{5}-\d[ \t](?!AND|THE|FOR)[A-Z]{3}(?![A-Za-z\d])|(?:\d{1,2}:|\d{2}[A-Z]{1,3}\d{0,2}:)?[A-Za-z0-9]{1,8}(?:[\-\/][A-Za-z0-9]{1,8}){1,4}|\d{2,4}[ \t][A-Z]{1,4}[ \t]\d{3,8})(?![\w\-\/])/g,
    group: 1,
    score: 0.8,
    validate: (v) => digitCount(v) >= 5,
  },
  {
    // A case number in a caption's "No." when courts' shape says so: two or four digits, the case type's letters,
    // the serial ("In re the Guardianship of M.R., No. 25-PR-0042"); "No. 2 pencil" has no such shape.
    // Round 143: Washington's superior courts' year, case type's digit, serial and check digit, a county's court code
    // after it or not ("No. 26-6-01182-8", "Cause No. 26-1-04418-7 SEA").
    id: 'court-case-number-bare',
    type: 'ID',
    anchor: { words: ['no'] },
    regex: /\b(?:No|NO)\.[ \t]{1,2}(\d{2}(?:\d{2})?-[A-Z]{1,4}-\d{3,7}|\d{2}-\d-\d{5}-\d(?:[ \t](?!AND|THE|FOR)[A-Z]{3}(?![A-Za-z\d]))?)(?![\w\-\/])/g,
    group: 1,
    score: 0.75,
  },
  {
    // An extension on its own, after a name or a department: "Adjuster: G. Achebe, ext. 3371", "nurse, ext 2214",
    // in French "poste 2231".
    id: 'extension-alone',
    type: 'PHONE',
    anchor: { words: ['ext', 'extension', 'poste'] },
    // Internal numbers may carry an exchange digit and a dash ("ext. 4-7731").
    regex: /\b(?:[Ee]xt\.?|EXT\.?|[Ee]xtension|[Pp]oste|POSTE)[ \t]{0,2}(\d{4,5}|\d-\d{4})(?![\d,\/:°%\-]|\.\d|[ \t]?(?:deg|degrees)\b)/g,
    group: 1,
    score: 0.7,
  },
  {
    // An arrival record after its form's name: "I-94 # 69551807A12", "I-94 number: 695518071". Tried only where "94"
    // follows "I-" (the pronoun "I" is everywhere, so the word is no cue of its own).
    id: 'i94-number',
    type: 'ID',
    anchor: { digitsAfter: /[Ii\-]/, maxBack: 2 },
    firstRun: [2, 2],
    runTest: (text, s) => s >= 2 && (text.charCodeAt(s - 2) | 32) === 105 && text.charCodeAt(s - 1) === 45 && text.startsWith('94', s),
    regex: /(?<![\w\-])[Ii]-94(?:[ \t]{1,2}(?:number|no\.?|record))?[ \t]{0,2}[#:]?[ \t]{0,2}([A-Z0-9]{8,12})(?![\w\-])/g,
    group: 1,
    score: 0.85,
    validate: (v) => digitCount(v) >= 6,
  },
  {
    // A UPS tracking number ("1Z999AA10123456784"): medicines and devices shipped to a patient's home are traced
    // by it. Its shape is its own, so no cue is needed.
    id: 'ups-tracking',
    type: 'ID',
    anchor: 'digit',
    firstRun: [1, 1],
    // Round 72: as a label prints it, in groups after one blank each ("1Z 999 AA1 01 2345 6784").
    regex: /(?<![\w\-])1Z(?:[0-9A-Z]{16}|[ ][0-9A-Z]{3}[ ][0-9A-Z]{3}[ ][0-9A-Z]{2}[ ][0-9A-Z]{4}[ ][0-9A-Z]{4})(?![\w\-])/g,
    score: 0.8,
    validate: (v) => digitCount(v.slice(2)) >= 8,
  },
  {
    // An extension as a signature block or a request writes it: "Care Coordination | x5521", "call x4412".
    id: 'extension-x',
    type: 'PHONE',
    anchor: 'digit',
    firstRun: [4, 5],
    needsWords: ['x'],
    // After a bracketed place too: "or work (Milton Academy) x 2210".
    // Round 57: a page's or a text's sender ("PAGE from x5521", "page @ 0214 from x7730"), and a name between the
    // request and the number ("call bri x6640"); "from x1000 magnification" has no page before it.
    // Round 58: a staff member's extension after a credential or a role ("— emil RN x2204", "RN charge x3318"),
    // after a signature's dash and name ("— dario x5186"), a login in brackets ("(kbeaumont) x4419"), or a
    // capitalised name or two capitals closing the line or a speaker's label ("Transport Anselm x2460:", "Charge: TW
    // x5203"); "Magnification x1000 oil" has neither.
    // Round 68: a page's call-back written "cb" ("BP soft, cb x5120"), as the internal-number cue reads it.
    regex: unparsedRegex(String.raw`(?<=(?:\|[ \t]{0,2}|(?<![\p{L}])(?:[Cc]all|[Aa]t|[Pp]age|[Dd]ial|[Rr]each|[Cc]b|CB)[ \t]{1,2}|(?<![\p{L}])(?:[Cc]all|[Pp]age|[Tt]ext)[ \t]\p{L}{2,15}[ \t]|(?<![\p{L}])(?:[Pp]age|PAGE|[Tt]ext|TXT|[Mm]sg|MSG)\b[^\n]{0,16}[ \t](?:from|FROM)[ \t]{1,2}|\(\p{Lu}[^()\n]{0,40}\)[ \t]{1,2}|\([a-z][a-z0-9]{3,14}\)[ \t]|(?<![\p{L}])(?:RN|LPN|MD|RPh|PharmD|CM|SW|RT|NP|PA|CNA|charge|Charge)[ \t]|[—–][ \t]\p{L}{2,15}[ \t]|(?<![\p{L}])\p{Lu}(?:\p{Ll}{1,14}|\p{Lu})[ \t](?=[xX]\d{4,5}(?::|[ \t]{0,2}(?:\r?\n|$))))[xX][ \t]?)\d{4,5}(?![\d\-\/]|[.,:]\d|[ \t]?(?:ml|mL|ML|mg|mcg|cc|units?|iu|IU|kcal|steps)\b)`, 'gu'),
    score: 0.7,
  },
  {
    // Round 103: a page's call-back extension with no "x" ("still soft. cb 5512", "call back 4410"): four or five digits
    // after "cb" or "call back", ending the clause or before "pls". "cb 1000 mL", "cb 0700 huddle" and a longer number
    // (the phone patterns') stay.
    id: 'callback-bare-extension',
    type: 'PHONE',
    trigger: /(?:\b[Cc][Bb]|[Cc]all[ \t]?[Bb]ack)[ \t]{1,2}\d{4}/,
    // The number ends its clause or a request follows ("cb 0147 pls"): "cb 0700 huddle" is a time.
    regex: unparsedRegex(String.raw`(?<=(?<![\p{L}])(?:[Cc][Bb]|[Cc]all[ \t]?[Bb]ack)[ \t]{1,2})\d{4,5}(?=[ \t]*(?:$|\r?\n|[,;.)!?\-–]|(?:pls|please|thx|ty|asap|if|or)\b))(?![.,:]\d)`, 'gu'),
    score: 0.7,
  },
  {
    // Round 58: a staff member's login in brackets after the name: "RPh Farouk (fmansour):", "Tech Ines (igarcia3):",
    // "Resident Okoye (cokoye2)". Five to fifteen lower-case letters (a digit or two may end them) that start
    // with the name's initial or hold the name, and are no word or given name: "Rosa (here)", "Farouk (friend)",
    // "Maria (daughter)" stay.
    id: 'login-bracket',
    type: 'ID',
    trigger: / \([a-z]{5}/,
    regex: unparsedRegex(String.raw`(?<=(?<![\p{L}])\p{Lu}\p{Ll}{1,15} \()[a-z]{5,15}\d{0,2}(?=\))`, 'gu'),
    score: 0.7,
    validate: (v, doc, start) => {
      const letters = v.replace(/\d+$/, '');
      const nameStart = doc.lower.lastIndexOf(' ', start - 3) + 1;
      const name = doc.lower.slice(Math.max(nameStart, doc.lower.lastIndexOf('\n', start - 3) + 1), start - 2);
      if (!(letters.charCodeAt(0) === name.charCodeAt(0) || letters.includes(name))) return false;
      // The word before is a listed name and no word: "Pharmacy (pyxis)" is a cabinet's.
      if (doc.dict.commonWords.has(name) || !(doc.dict.firstNames.has(name) || doc.dict.surnames.has(name))) return false;
      return !doc.dict.commonWords.has(letters) && !doc.dict.firstNames.has(letters) && !doc.dict.surnames.has(letters);
    },
  },
  {
    // A hospital's internal extension, exchange digit and four: "x4-3321" under a signature, "call x7-5512".
    id: 'extension-x-dashed',
    type: 'PHONE',
    trigger: /[xX]\d-\d{4}/,
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])[xX](\d-\d{4})(?![\d\-\/]|[.,]\d)`, 'gu'),
    group: 1,
    score: 0.7,
  },
  {
    // Round 57: a hospital's internal number, exchange digit and four, in a page or a text that asks for a call: "pls
    // page me at 4-7719", "PAGE from 4-3308 @ 0231", "the Rapid Response pager today 2-9001", "questions -> call aj
    // 4-1187". A paging or calling word within the 40 characters before; "4-5 days", "1-2 tabs" have no four digits.
    id: 'internal-number-cue',
    type: 'PHONE',
    anchor: 'digit',
    firstRun: [1, 1],
    needsWords: ['page', 'pager', 'paged', 'paging', 'pgr', 'call', 'callback', 'cb', 'vocera', 'beeper', 'text', 'reach', 'ext'],
    regex: /(?<![\w\-\/.+,])\d-\d{4}(?![\w\-\/]|[.,:]\d)/g,
    score: 0.68,
    validate: (_v, doc, start) => INTERNAL_NUMBER_CUE.test(doc.lower.slice(Math.max(0, start - 40), start)),
  },
  {
    // An extension alone in brackets after a department: "the lab (x4412)", "(X 20931)".
    id: 'extension-bracketed',
    type: 'PHONE',
    anchor: 'digit',
    firstRun: [4, 5],
    regex: /(?<=\([xX][ \t]?)\d{4,5}(?=\))/g,
    score: 0.7,
  },
  {
    // Australian mobiles, grouped 4-3-3: "Mob: 0491 570 156", "wife 0412 345 678".
    id: 'phone-au-mobile',
    type: 'PHONE',
    anchor: 'digit',
    firstRun: [4, 4],
    regex: /(?<![\w+\-.\/])04\d{2}[ \-]\d{3}[ \-]\d{3}(?![\w\-]|[.,\/]\d)/g,
    score: 0.75,
  },
  {
    // A Medicare Beneficiary Identifier by its shape (digit, letter, letter or digit, digit, ... letters
    // other than S L O I B Z): "3KT9-RD2-MN41", "1EG4TE5MK73".
    id: 'medicare-mbi',
    type: 'HEALTHPLAN',
    anchor: 'digit',
    firstRun: [1, 1],
    regex: /(?<![\w\-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w\-])/g,
    score: 0.8,
  },
  {
    // Round 98: a legacy Medicare claim number (HICN) or a railroad one: nine digits in the SSN's shape with the
    // beneficiary's letter code after them ("044-38-9921A", "123456789C1"); the SSN rule alone would leave the
    // letter out and call it an SSN. A letter the code never uses ("...9921X") or a word after it stays out.
    id: 'hicn-suffix',
    type: 'HEALTHPLAN',
    anchor: 'digit',
    firstRun: [3, 9],
    regex: /(?<![\w\-])\d{3}(?:-\d{2}-|\d{2})\d{4}[A-HJKMTW]\d?(?![\w\-])/g,
    score: 0.9,
  },
  {
    // A payer's short name before the member number it issued, as billing staff copy a card: "UHC 908447120",
    // "BCBS XOF917203554", "BCBSIL XOD 8821 9047 3", "HUM H58210774", "KP 000117 4432". The letters go with the
    // number (they tell whose member it is). Six digits or more: "KP 2" and "HP 100" are no member numbers.
    id: 'payer-member-code',
    type: 'HEALTHPLAN',
    anchor: { words: PAYER_ABBREVIATIONS },
    regex: /\b(?:UHC|BCBS[A-Z]{0,2}|HUM|AET|CIG|KP|ANT|WLC|MOL|CMK|HNT|AMG|HP|HPHC|EMB|OXF|GHI|BCX|CVSC)[ \t\-]{1,2}(?:[A-Z]{1,4}[ \t])?[A-Z]{0,3}\d{2,14}(?:[ \t\-]\d{1,8}){0,3}(?:[A-Z]{1,2}\d{0,2})?(?![\w\-]|[.,\/]\d)/g,
    score: 0.85,
    validate: (v) => digitCount(v) >= 6,
  },
  {
    // An area code said apart from its number, as callers give it: "555-0193, area code 614", "area code is (503)".
    id: 'area-code',
    type: 'PHONE',
    anchor: 'digit',
    firstRun: [3, 3],
    // Only in notes that say "area": most notes hold runs of three digits.
    needsWords: ['area'],
    regex: /(?<=\barea[ \t]code[ \t]{1,2}(?:is[ \t]{1,2})?\(?)\d{3}(?![\d\-])/gi,
    score: 0.75,
  },
  {
    // Numbers read aloud in a dictation, seven digits or more: "five five five, zero one six two", "area code
    // six one four ...", "medical record number seven seven four zero two one eight".
    id: 'spoken-digits',
    type: 'ID',
    anchor: { words: ['area', ...SPOKEN_DIGITS] },
    regex: unparsedRegex(`\\b(?:area[ \\t]code[ \\t]{1,2})?${SPOKEN_DIGIT}(?:[ \\t,\\-]{1,3}${SPOKEN_DIGIT}){6,14}\\b`, 'gi'),
    score: 0.75,
    context: ['phone', 'call', 'cell', 'mobile', 'number is', 'at', 'reach', 'fax', 'area'],
    contextWindow: 24,
    contextBoost: 0.05,
    contextType: 'PHONE',
  },
  {
    // Round 155: a number read aloud with its repeated digits said once, as callers give phones: "triple five, zero
    // one zero seven", "double two six, five five five, oh one nine one". The run holds "double" or "triple" and
    // seven to fifteen digits once they are counted out; "double check two things", "triple bypass" and "double
    // five" alone hold no such run.
    id: 'spoken-digits-repeated',
    type: 'ID',
    // Only in notes that say "double" or "triple" (a literal gate).
    trigger: /\b(?:double|triple)\b/i,
    regex: unparsedRegex(`\\b(?:(?:double|triple)[ \\t]{1,2})?${SPOKEN_DIGIT}(?:[ \\t,\\-]{1,3}(?:(?:double|triple)[ \\t]{1,2})?${SPOKEN_DIGIT}){3,14}\\b`, 'gi'),
    score: 0.75,
    context: ['phone', 'call', 'cell', 'mobile', 'number is', 'at', 'reach', 'fax', 'house', 'home'],
    contextWindow: 24,
    contextBoost: 0.05,
    contextType: 'PHONE',
    validate: (v) => repeatedSpokenDigits(v),
  },
  {
    // Round 155: digits keyed on a phone's pad, as an IVR log writes them one by one after "DTMF": "DTMF 6 1 4 4 0 2 7
    // #" (a prescription number), "DTMF 0 9 2 3 1 9 6 1" (a birth date). Four keys or more: "DTMF 1" is a menu's choice.
    id: 'dtmf-digits',
    type: 'ID',
    trigger: /DTMF/i,
    regex: /\bDTMF[ \t:]{1,3}(\d(?:[ \t]\d){3,19})(?![\w.\/\-])/gi,
    group: 1,
    score: 0.75,
  },
  {
    // Round 50: an extension read aloud after a number read aloud: "reach me at three one nine ... two one four four
    // extension two zero six", "five five five, oh one eight six, ext four one". Two to five digit words after
    // "extension" or "ext", itself right after a digit word ("extension two" of a ward's phone list has none before).
    id: 'spoken-extension',
    type: 'PHONE',
    anchor: { words: ['extension', 'ext'] },
    regex: unparsedRegex(`(?<=\\b${SPOKEN_DIGIT},?[ \\t]{1,2})(?:extension|ext\\.?)[ \\t]{1,2}(${SPOKEN_DIGIT}(?:[ \\t,\\-]{1,3}${SPOKEN_DIGIT}){1,4})\\b(?![ \\t,\\-]{1,3}${SPOKEN_DIGIT}\\b)`, 'gi'),
    group: 1,
    score: 0.75,
  },
  {
    // A shorter number read aloud right after what names it, four to six digits: "interpreter number four oh oh
    // eight one", "it's on my card, five five zero one three two" after "your chart number". Only after a number's
    // label within the turn or the question before it ("one two three four" alone is counting).
    id: 'spoken-digits-labelled',
    type: 'ID',
    anchor: { words: SPOKEN_DIGITS },
    regex: SPOKEN_SHORT_RUN,
    score: 0.7,
    validate: (_v, doc, start) => !SPOKEN_DIGIT_BEFORE.test(doc.lower.slice(Math.max(0, start - 8), start)) && SPOKEN_NUMBER_LABEL.test(doc.lower.slice(Math.max(0, start - 70), start)) && !SSN_CUE.test(doc.lower.slice(Math.max(0, start - 70), start)) && !spokenZipAfterTown(doc, start),
  },
  {
    // A code read aloud letter by letter, then its digits: "my number is P S H, two two eight seven, zero zero...",
    // "It's M as in Mary, four four nine, two...", "W C two zero two four, dash, eight eight one seven three". One to
    // four capitals spelled apart (each may say "as in" a word), then three digits or more read aloud, a "dash" between
    // groups allowed; only after a number's label in the turn or the question before ("A two three four" alone stays).
    id: 'spoken-code',
    type: 'ID',
    anchor: { words: SPELLED_LETTERS },
    regex: unparsedRegex(`\\b[A-Z](?:[ \\t]as[ \\t]in[ \\t][A-Z][a-z]{1,10})?(?:,?[ \\t]{1,2}[A-Z](?:[ \\t]as[ \\t]in[ \\t][A-Z][a-z]{1,10})?){0,3},?[ \\t]{1,2}(?:dash,?[ \\t]{1,2})?${SPOKEN_DIGIT}(?:,?[ \\t]{1,2}(?:dash,?[ \\t]{1,2})?${SPOKEN_DIGIT}){2,16}\\b`, 'g'),
    score: 0.72,
    validate: (_v, doc, start) => SPOKEN_NUMBER_LABEL.test(doc.lower.slice(Math.max(0, start - 70), start)),
  },
  {
    // Round 55: a plan's number read aloud with its letters and digits mixed, as a Medicare number is ("four T Q
    // nine, E K two, M P seven eight", "Five N K seven, C three four, Y R two one"): spoken-code wants its letters
    // first. Eight to sixteen tokens, each a capital alone or a digit word, after "Medicare", "Medicaid", "member",
    // "subscriber", "policy" or "MBI" in the turn or the question before; two letters and three digits at least, a
    // letter after a digit ("member since two thousand one" and "policy A one" hold no such run).
    id: 'spoken-plan-code',
    type: 'HEALTHPLAN',
    anchor: { words: ['medicare', 'medicaid', 'member', 'subscriber', 'policy', 'mbi'] },
    regex: unparsedRegex(`\\b(?:[Mm]edicare|MEDICARE|[Mm]edicaid|MEDICAID|[Mm]ember|MEMBER|[Ss]ubscriber|[Pp]olicy|MBI)\\b[^\\n]{0,44}?(?:\\n[^\\n]{0,28}?)?\\b(${SPOKEN_CODE_TOKEN}(?:,?[ \\t]{1,2}(?:dash,?[ \\t]{1,2})?${SPOKEN_CODE_TOKEN}){7,15})\\b`, 'g'),
    group: 1,
    score: 0.75,
    validate: (v) => mixedSpokenCode(v),
  },
  {
    // Round 79: the last four characters of a Medicare or Medicaid number, which mix letters and digits as an MBI does
    // ("her medicare number ends in 4RT9", "Medicaid ID ending 4410"); "ends in 2 weeks" and "ends in June" hold no
    // digit and letter run of four.
    id: 'plan-last-four',
    type: 'HEALTHPLAN',
    anchor: { words: ['medicare', 'medicaid', 'mbi'] },
    regex: /\b(?:medicare|medicaid|mbi)(?:[ \t]{1,2}(?:id|number|no\.?|#|card))?(?:[ \t]{1,2}(?:number|is))?[ \t]{1,2}(?:ending|ends)[ \t]{1,2}(?:in[ \t]{1,2}|with[ \t]{1,2})?([0-9A-Za-z]{4})(?![\w\-\/])/gi,
    group: 1,
    score: 0.75,
    // A year is the plan's end ("medicare ends in 2028") unless a number's word names the card's number.
    validate: (v, doc, start) => /\d/.test(v) && (!/^(?:19|20)\d{2}$/.test(v) || /(?:id|number|no\.?|#|card)[ \t]{1,2}(?:number[ \t]{1,2}|is[ \t]{1,2})?(?:ending|ends)/.test(doc.lower.slice(Math.max(0, start - 30), start))),
  },
  {
    // The last four of a social security number read aloud: "your social, just the last four? - Six six one two".
    id: 'spoken-ssn-last-four',
    type: 'SSN',
    anchor: { words: SPOKEN_DIGITS },
    regex: SPOKEN_SHORT_RUN,
    score: 0.75,
    validate: (v, doc, start) => !SPOKEN_DIGIT_BEFORE.test(doc.lower.slice(Math.max(0, start - 8), start)) && SSN_CUE.test(doc.lower.slice(Math.max(0, start - 70), start)) && v.split(/[ \t,\-]+/).length === 4,
  },
  {
    // A ZIP code read aloud after its town: "Houston, seven seven zero three six", "Cary, two seven five one three";
    // five digits exactly, after a listed town and its comma (or a state's), or after "zip".
    id: 'spoken-zip',
    type: 'LOCATION',
    anchor: { words: SPOKEN_DIGITS },
    regex: unparsedRegex(`\\b${SPOKEN_DIGIT}(?:[ \\t\\-]{1,2}${SPOKEN_DIGIT}){4}\\b(?![ \\t,\\-]{1,3}${SPOKEN_DIGIT}\\b)`, 'gi'),
    score: 0.75,
    // Round 102: or as the reply to "And your zip?" in the next turn of a transcript.
    validate: (_v, doc, start) => spokenZipAfterTown(doc, start) || /\bzip(?:[ \t]?code)?(?:[ \t]{1,2}is)?[ \t:,]{1,3}$/.test(doc.lower.slice(Math.max(0, start - 16), start)) || ZIP_ASKED_TURN_BEFORE.test(doc.text.slice(Math.max(0, start - 60), start)),
  },
  {
    // A pager number on its own: "pager 5-0147", "beeper #41187", "pgr 2239".
    // Round 160: a hospital's wireless phones and badges by their makers' names ("Vocera 4471", "spectralink 7-3300",
    // "Ascom 5120") and a team's group pager ("pager group 8100").
    id: 'pager-alone',
    type: 'PHONE',
    anchor: { words: ['pager', 'beeper', 'pgr', 'vocera', 'spectralink', 'ascom'] },
    // Round 57: a colon after the number closes it ("pager 7-1150: transferring"); a clock's "2239:15" stays out.
    regex: /\b(?:[Pp]ager|PAGER|[Bb]eeper|BEEPER|[Pp]gr|PGR|[Vv]ocera|VOCERA|[Ss]pectra[Ll]ink|SPECTRALINK|[Aa]scom|ASCOM)(?:[ \t]{1,2}(?:[Nn]o\.?|[Nn]umber|NO\.?|NUMBER|[Gg]roup|GROUP))?[ \t]{0,2}[:#]?[ \t]{0,2}(\d{4,5}|\d-\d{4})(?![\d\/°%\-]|[.,:]\d)/g,
    group: 1,
    score: 0.7,
    validate: (v, doc, start) => !pagerLogStamp(v, doc, start),
  },
  {
    // Round 160: a pager's number in brackets after "p" or "pg", as sign-outs write it after a name ("Dr. Farah
    // Qureshi (p. 3318)", "holder: Yusuf Demir (p 6602)"); a page number is no four-digit run in brackets of its own.
    id: 'pager-p-bracket',
    type: 'PHONE',
    trigger: /\([Pp][Gg]?\.?[ \t]?\d/,
    regex: unparsedRegex(String.raw`(?<=\p{L}\.?[ \t]{1,2}\([Pp][Gg]?\.?[ \t]?)(?:\d{4,5}|\d-\d{4})(?=\))`, 'gu'),
    score: 0.7,
  },
  {
    // Round 160: a number paged, after "paged", "page" or "pg" and up to four words naming whom ("Dr. Lindqvist paged
    // 7702", "page GI fellow 4455", "pg GI fellow Ingrid Solberg 2-4418"). A four-digit clock stays ("paged 0215",
    // "page ortho at 2210"), as do longer numbers (the phone patterns').
    id: 'paged-number',
    type: 'PHONE',
    // Tried at the word only (a lookbehind at the start made V8 try every position of every note holding "page").
    anchor: { words: ['page', 'paged', 'pg'] },
    regex: unparsedRegex(String.raw`(?<![\p{L}])(?:[Pp]aged?|PAGED?|[Pp]g)(?:[ \t]{1,2}\p{L}[\p{L}.'\-]{0,14}){0,4}[ \t]{1,2}(\d{4,5}|\d-\d{4})(?![\d\/\-]|[.,:]\d|[ \t]?(?:mg|mL|ml|mcg|units?|hrs?|min)\b)`, 'gu'),
    group: 1,
    score: 0.68,
    validate: (v, doc, start) => !HHMM.test(v) && !PAGED_NOT_PERSON.test(doc.lower.slice(Math.max(0, start - 40), start)),
  },
  {
    // Round 160: a phone or an extension read digit by digit in a transcript, as numerals: "it's 5 0 3, 5 5 5, 0 1 8
    // 8", "extension 4 4 1 9". Ten single digits grouped three, three and four by commas, or three to five after
    // "extension"/"ext"; a row of checkbox scores ("0 1 0 0 1 0 1 1 0 0") has no such commas.
    id: 'phone-digit-by-digit',
    type: 'PHONE',
    trigger: /\d[ \t]\d[ \t]\d/,
    regex: /(?<![\d.,\/\-][ \t]?|\d:[ \t]?|:)(?:\b\d[ \t]\d[ \t]\d,[ \t]\d[ \t]\d[ \t]\d,[ \t]\d[ \t]\d[ \t]\d[ \t]\d|(?<=\b(?:[Ee]xtension|EXTENSION|[Ee]xt\.?|EXT\.?)[ \t]{1,2})\d[ \t]\d[ \t]\d(?:[ \t]\d){0,2})(?![ \t]?\d|[\/.]\d|,[ \t]\d)/g,
    score: 0.72,
    // Round 170: a colon refuses the number only when it touches it ("12:5 5 5") or closes a clock's or a count's digit
    // ("at 10: 5 5 5, ..."); after a speaker's or a field's label ("Rep: 8 8 8, 5 5 5, 0 1 6 9") the number is read.
    // A joint's extension graded by muscle strength ("knee extension 4 4 5", "flexion/extension 5 5 4") is no extension's number.
    validate: (_v, doc, start) => !JOINT_EXTENSION_BEFORE.test(doc.lower.slice(Math.max(0, start - 32), start)),
  },
  {
    // Round 160: an officer's, a guard's or an investigator's badge number after the name ("security officer Ruiz #214",
    // "per inv. Delacruz #A-118"); hash-number takes four digits or more, and a "#2" after a name is a list's count
    // unless such a role stands before the name.
    id: 'badge-after-name',
    type: 'ID',
    // Tried at the role's word only (a lookbehind at the start made V8 try every position of every note holding "#").
    anchor: { words: ['officer', 'ofc', 'security', 'inv', 'investigator', 'sgt', 'lt', 'deputy', 'guard', 'trooper', 'detective', 'det'] },
    regex: unparsedRegex(String.raw`(?<![\p{L}])(?:[Oo]fficer|OFFICER|[Oo]fc\.|OFC\.|[Ss]ecurity|SECURITY|[Ii]nv\.|[Ii]nvestigator|[Ss]gt\.|[Ll]t\.|[Dd]eputy|[Gg]uard|[Tt]rooper|[Dd]etective|[Dd]et\.)(?:[ \t]{1,2}\p{Lu}\.)?(?:[ \t]{1,2}\p{Lu}[\p{Ll}'’\-]{1,20}){1,2}[ \t]{1,2}#[ \t]?([A-Z]?-?\d{2,6})(?![\w\-\/])`, 'gu'),
    group: 1,
    score: 0.7,
    // Round 167: an initial may open the name ("Deputy R. Abernethy #318").
    // The words before the sign are a name, not a desk's or a post's ("Security Desk #12", "Guard Post #3").
    validate: (_v, doc, start) => {
      const words = /((?:\p{Lu}[\p{Ll}'’\-]{1,20}[ \t]{1,2}){1,2})#[ \t]?[A-Z]?-?$/u.exec(doc.text.slice(Math.max(0, start - 48), start));
      return words !== null && (words[1] as string).trim().split(/[ \t]+/).every((w) => !doc.dict.commonWords.has(w.toLowerCase()) || doc.dict.surnames.has(w.toLowerCase()));
    },
  },
  {
    // Round 160: a log's entry number opening its row, the year's two digits and a serial, before the row's first pipe
    // ("#26-311 | Harrowgate, Lionel | MRN ..."), as a decedent, a property or an incident log numbers its cases.
    id: 'log-entry-number',
    type: 'ID',
    trigger: /(?:^|\n)[ \t]{0,3}#\d{2}-\d{3}/,
    regex: /(?<=(?:^|\n)[ \t]{0,3}#)\d{2}-\d{3,6}(?=[ \t]{1,2}\|)/g,
    score: 0.7,
  },
  {
    // Round 160: the login of whoever exported or printed a list, after "by" on the export's line ("ED ADMIT QUEUE —
    // exported 12/03/2026 11:42 by tgallardo"): an initial and a listed surname, or letters and digits; "printed by
    // pharmacy", "generated by system" stay.
    id: 'export-by-login',
    type: 'ID',
    // Tried at the verb only: a trigger regex scanned every note for these common words, then a lookbehind every position.
    anchor: { words: ['exported', 'printed', 'generated', 'pulled', 'run'] },
    regex: /\b(?:[Ee]xported|[Pp]rinted|[Gg]enerated|[Pp]ulled|[Rr]un)\b[^\n]{0,32}?[ \t][Bb]y[ \t]{1,2}([a-z][a-z0-9]{0,23}(?:[._][a-z0-9]{1,23}){0,2})(?![\w@\-]|\.\w)/g,
    group: 1,
    score: 0.7,
    validate: (v, doc) => (v.length >= 5 && /[._]|[a-z]\d+$/.test(v)) || (/^[a-z]+$/.test(v) && v.length >= 6 && !doc.dict.commonWords.has(v) && !doc.dict.firstNames.has(v) && doc.dict.surnames.has(v.slice(1))),
  },
  {
    // A user name after its cue: "user anab.lucero61", "username: t_ngata", "login id rkowal2", "handle tkim88": the code has
    // a dot, an underscore or trailing digits, so that "user of 3 inhalers" and "IV drug user" stay prose.
    // Round 77: as a portal or an app's user says it, with "is" ("my user ID is k.obi.fit", "my account is dlee_04", a part of digits after the mark), and
    // after "username is" or "login is" a lower-case login of letters alone that is no English word ("username is
    // pquintero"; not "username is incorrect", "login is required").
    id: 'user-cue',
    type: 'ID',
    anchor: { words: ['user', 'username', 'userid', 'login', 'handle', 'account'] },
    regex: /\b(?:user(?:[ \t]?(?:name|id))?|login(?:[ \t]id)?|handle|account(?=[ \t]{1,2}is\b))(?:[ \t]{1,2}is)?[ \t]{0,2}[:#=]?[ \t]{0,2}([a-z][a-z0-9]{0,23}(?:[._][a-z0-9]{1,24}){0,2})(?![\w@\-]|\.\w)/gi,
    group: 1,
    score: 0.75,
    validate: (v, doc, start) => {
      if (v.length < 5) return false;
      if (/[._]|[a-z]{2}\d+$/i.test(v)) return true;
      if (!/^[a-z]{5,24}$/.test(v) || doc.dict.commonWords.has(v)) return false;
      const before = doc.lower.slice(Math.max(0, start - 16), start);
      return LOGIN_IS_BEFORE.test(before) || BY_USER_BEFORE.test(before) || USERNAME_LABEL_BEFORE.test(before);
    },
  },
  {
    // Round 162: a user's login in a log's or a queue's prose, after the word that says whom a job was for or who did
    // it ("queued for mpatel4", "reassigned to kwestbrook", "| Agent tnguyen4 |"): lower-case letters that are an
    // initial or two and a listed surname ("m" + "patel"), perhaps digits after. An English word ("for across") or a
    // name alone ("to smith") is no such login; a surname that is a word ("kbrown") needs the digits.
    id: 'login-after-cue',
    type: 'ID',
    anchor: { words: ['for', 'by', 'to', 'agent', 'assignee', 'owner', 'operator'] },
    regex: /\b(?:for|by|to|agent|assignee|owner|operator)[ \t]{1,2}:?[ \t]{0,2}([a-z]{5,22}\d{0,3})(?![\w@\-]|\.\w)/gi,
    group: 1,
    score: 0.7,
    validate: (v, doc) => personLogin(doc, v),
  },
  {
    // Round 162: a relay call's communications assistant by number ("CA 7702", "CA#4471"), in a note that speaks of a
    // relay, TTY or VRS call: four digits (a ZIP after "CA" has five; tumour markers "CA 125", "CA 19-9" fewer or a dash).
    id: 'relay-operator-number',
    type: 'ID',
    anchor: { words: ['ca'] },
    regex: /\bCA[ \t]?#?[ \t]?(\d{4})(?![\d\-.\/])/g,
    group: 1,
    score: 0.7,
    // Not a town's state before four digits ("Sacramento, CA 9581": a ZIP typed short).
    validate: (_v, doc, start) => relayCall(doc) && !/,[ \t]CA[ \t#]{1,3}$/.test(doc.text.slice(Math.max(0, start - 7), start)),
  },
  {
    // A social or payment app's user name after the app's name: "snap: jordyyy_cr", "ig jordy.spins.sea", "insta
    // is kiki_rn", 'app username "TrailRunnerMike"'. It has a dot, an underscore, a digit or a camel's hump, so
    // that "snap: yes", "ig: none" and "Twitter account" stay prose.
    id: 'app-handle',
    type: 'ID',
    anchor: { words: ['snap', 'snapchat', 'ig', 'insta', 'instagram', 'tiktok', 'twitter', 'discord', 'telegram', 'kik', 'username'] },
    regex: /\b(?:snap(?:chat)?|ig|insta(?:gram)?|tiktok|twitter|discord|telegram|kik|username)(?:[ \t]{1,2}is)?[ \t]{0,2}[:\-]?[ \t]{0,2}["“']?@?([A-Za-z][A-Za-z0-9]{0,29}(?:[._][A-Za-z0-9]{1,29}){0,3})(?![\w@\-]|\.\w)/gi,
    group: 1,
    score: 0.75,
    validate: (v) => v.length >= 5 && /[._\d]|[a-z]{3}[A-Z]/.test(v),
  },
  {
    // Lead's probe: a payment app's cashtag after the app's name ("CashApp $lenaorr5", "cash app me at $Dre-Wills"), as a
    // family asks for help with a bill; "$" before letters is no amount.
    id: 'cashtag',
    type: 'ID',
    anchor: { words: ['cashapp', 'cash', 'cashtag'] },
    regex: /\bcash[ \t]?(?:app|tag)(?:[ \t]{1,2}(?:is|me(?:[ \t]at)?|at|to))?[ \t]{0,2}[:\-]?[ \t]{0,2}\$([A-Za-z][A-Za-z0-9_\-]{2,19})(?![\w\-])/gi,
    group: 1,
    score: 0.75,
  },
  {
    // A crypto wallet's address, a unique account of a person's (refunds, payments, fundraisers): Bitcoin's and
    // Litecoin's bech32 ("bc1q...", in one case throughout, as the format requires), tried just before their "1".
    id: 'crypto-bech32',
    type: 'ACCOUNT',
    anchor: { digitsAfter: /[a-zA-Z]/, maxBack: 3 },
    regex: /(?<![\w\-])(?:(?:bc|tb|ltc)1[ac-hj-np-z02-9]{25,87}|(?:BC|TB|LTC)1[AC-HJ-NP-Z02-9]{25,87})(?![\w\-])/g,
    score: 0.85,
  },
  {
    // An Ethereum address: "0x" and forty hex digits.
    id: 'crypto-eth',
    firstRun: [1, 1],
    anchor: 'digit',
    type: 'ACCOUNT',
    regex: /(?<![\w\-])0x[0-9a-fA-F]{40}(?![\w\-])/g,
    score: 0.85,
  },
  {
    // A Bitcoin address of the older base58 form ("1BoatSLRHt...", "3J98t1Wp..."): 26-35 characters of the base58
    // alphabet after a "1" or "3", capitals and small letters both, as every such address holds.
    id: 'crypto-base58',
    firstRun: [1, 1],
    anchor: 'digit',
    type: 'ACCOUNT',
    regex: /(?<![\w\-./])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w\-])/g,
    score: 0.8,
    validate: (v) => /[A-Z]/.test(v) && /[a-z]/.test(v),
  },
  {
    // A home-monitoring kit's parts named by their code after the device's noun ("tablet BWH-TAB-0719", "hub
    // MH-4471"): capitals and digits in dash-joined groups, three digits or more ("tablet PO-BID", "pump V-2" stay).
    // Round 80: or one run of six to twelve capitals and digits, letters and digits mixed both ways, as a CGM
    // transmitter's serial is printed ("transmitter 5RW2N7"); "tablet 1000MG" (digits, then a unit) stays.
    id: 'device-noun-code',
    type: 'DEVICE',
    // Round 165: a remote-monitoring programme's cuffs, scales and pulse oximeters too ("BP cuff BPM-4G-0021874", "scale
    // SC-4G-1140392", "pulse ox OX-BT-992017"); "cuff 12/8", "scale 0-10", "ox 98%" have no such code.
    anchor: { words: ['tablet', 'hub', 'monitor', 'glucometer', 'pump', 'sensor', 'transmitter', 'receiver', 'ipad', 'gateway', 'cuff', 'scale', 'ox', 'oximeter', 'meter'] },
    regex: /\b(?:[Tt]ablet|[Hh]ub|[Mm]onitor|[Gg]lucometer|[Pp]ump|[Ss]ensor|[Tt]ransmitter|[Rr]eceiver|iPad|[Gg]ateway|[Cc]uff|[Ss]cale|[Oo]x|[Oo]ximeter|[Mm]eter)[ \t]{1,2}(?:#[ \t]?)?([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,10}){1,3}|[A-Z0-9]{6,12})(?![\w\-])/g,
    group: 1,
    score: 0.75,
    validate: (v) => (v.includes('-') ? digitCount(v) >= 3 : MIXED_BOTH_WAYS.every((re) => re.test(v))),
  },
  {
    // CLIA laboratory certificate: two digits, "D", seven digits ("CLIA# 05D0642827"); the shape is specific.
    id: 'clia',
    firstRun: [2, 2],
    anchor: 'digit',
    type: 'LICENSE',
    regex: /(?<![\w\-])\d{2}D\d{7}(?![\w\-])/g,
    score: 0.8,
    context: ['clia'],
    contextBoost: 0.15,
  },
  {
    // Round 143: a police, sheriff's or fire agency's letters before its dash-grouped case number, after the record's
    // word ("incident TPD 26-118457", "case HCSO 26-041877", "Report # APD 2026-0041"); the number alone was an ID
    // already, the letters name the agency that holds it. "case CHF 2-3 days" has no such number.
    id: 'agency-case-number',
    type: 'ID',
    anchor: { words: ['incident', 'case', 'report', 'event'] },
    regex: /\b(?:[Ii]ncident|INCIDENT|[Cc]ase|CASE|[Rr]eport|REPORT|[Ee]vent|EVENT)(?:[ \t](?:[Nn]o\.?|NO\.?|#|[Nn]umber))?[ \t]?:?[ \t]{1,2}([A-Z]{2,5}[ \t]\d{2,4}-\d{4,8})(?![\w\-\/])/g,
    group: 1,
    score: 0.8,
  },
  {
    // "case ME26-11873", "CASE 2024-118832": a case number without a colon mixes letters and digits (or is
    // dash-grouped), with four digits or more; "case 2 of 3", "in case 1", "case report" are prose.
    id: 'case-code',
    type: 'ID',
    anchor: { words: ['case'] },
    regex: /\b(?:[Cc]ase|CASE)[ \t]{1,2}(?:#[ \t]?)?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,24})(?![\w\-])/g,
    group: 1,
    score: 0.8,
    validate: (v) => {
      const digits = digitCount(v);
      if (digits < 4) return false;
      if (/[A-Za-z]/.test(v)) return true;
      return v.includes('-') && digits >= 6 && !/^(?:19|20)\d{2}-(?:19|20)?\d{2}$/.test(v);
    },
  },
  {
    // An IVF laboratory's embryo and oocyte codes after their noun ("Embryo HO-0418-E03", "oocyte AFC-2291-07",
    // "blastocyst #KW-118-B2"): the code carries the patient's or the cycle's letters and numbers, so it leads back
    // to her. Letters and digits joined by dashes, three digits or more; "Embryo 4AA" (a Gardner grade), "embryo
    // day 5", "embryo E03" (its place in this cycle's list) stay.
    id: 'embryo-code',
    type: 'ID',
    anchor: { words: ['embryo', 'embryos', 'oocyte', 'oocytes', 'blastocyst', 'blastocysts', 'blast'] },
    regex: /\b(?:[Ee]mbryos?|EMBRYOS?|[Oo]ocytes?|OOCYTES?|[Bb]lastocysts?|BLASTOCYSTS?|[Bb]last)[ \t]{1,2}(?:#[ \t]?)?([A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,3})(?![\w\-])/g,
    group: 1,
    score: 0.8,
    validate: (v) => digitCount(v) >= 3 && /[A-Z]/.test(v),
  },
  {
    // Round 145: a deceased donor's ID after its noun, as an OPO's and a transplant centre's notes write the UNOS-style
    // code of capitals and three digits or more ("Donor AJHT441 assigned", "DONOR # BKQ2290"); prefixed-code wants four
    // digits. HLA antigens ("donor A2, B44, DR15") and serologies ("Donor CMV+") have fewer digits or none.
    id: 'donor-code',
    type: 'ID',
    anchor: { words: ['donor'] },
    regex: /\b(?:[Dd]onor|DONOR)[ \t]{1,2}(?:(?:ID|[Ii]d)[ \t]{0,2}:?[ \t]{0,2}|#[ \t]?)?([A-Z]{2,5}\d{3,6})(?![\w\-])/g,
    group: 1,
    score: 0.8,
  },
  {
    // Round 161: a mailed statement's address window prints the account between number signs on its own line, in
    // groups ("#7748 2210 0391 55#", above the "*****AUTO**5-DIGIT" presort line): the whole run, not its first group.
    id: 'window-account',
    anchor: { digitsAfter: /#/, maxBack: 1 },
    firstRun: [3, 6],
    type: 'ACCOUNT',
    regex: /(?<=^[ \t]{0,12}#)\d{3,6}(?:[ \t]\d{2,6}){1,5}(?=#[ \t]*\r?$)/gm,
    score: 0.75,
  },
  {
    // Round 161: a specimen's accession printed alone on a label, the year's two digits, the section's letters and
    // the serial ("26-CH-0048812", "26-SP-004417"); a cue or a repeat found it before, a label has neither.
    id: 'year-section-serial',
    anchor: 'digit',
    firstRun: [2, 2],
    type: 'ID',
    regex: /(?<![\w\-#\/.])\d{2}-[A-Z]{1,4}-\d{5,8}(?![\w\-\/]|\.\d)/g,
    score: 0.6,
  },
  {
    id: 'hash-number',
    anchor: { digitsAfter: /[#\s]/, maxBack: 2 },
    // The digits are a whole run (a word character may not follow), so runs of other lengths are skipped.
    firstRun: [4, 14],
    type: 'ID',
    regex: /(?<![\w#])#\s?\d{4,14}(?![\w\-])/g,
    score: 0.6,
    // Round 144: a product's catalogue number ("catalog # 8888145023", "Model # 5076"): a kind of device, no one's.
    // "Cat # 5408800": the sign is the catalogue label's own.
    validate: (_v, doc, start) => notModelNumber(doc, start) && !CATALOGUE_LABEL_BEFORE.test(doc.lower.slice(Math.max(0, start - 20), start + 1)),
  },
  {
    // A mail-piece's tracking number printed in groups of four ("CERTIFIED MAIL No. 7022 0410 0001 8834 5521", a
    // USPS label's 20 or 22 digits): it leads to the addressee. Not a row of years or of clock times, which a flow
    // sheet prints the same way ("0800 1200 1600 2000 2400", "2019 2020 2021 2022 2023").
    id: 'grouped-tracking-number',
    firstRun: [4, 4],
    anchor: 'digit',
    type: 'ID',
    // Round 78: a FedEx number's twelve digits in three groups ("FedEx 6621 4470 9183") right after the carrier's name or
    // "tracking", which a row of three counts or times has not.
    // Only a run of four with a blank and four digits after it is tried.
    runTest: (text, start) => text.charCodeAt(start + 4) === 32 && isDigit(text.charCodeAt(start + 5)) && isDigit(text.charCodeAt(start + 6)) && isDigit(text.charCodeAt(start + 7)) && isDigit(text.charCodeAt(start + 8)),
    regex: /(?<![\w\-.\/,]|\d )\d{4}(?: \d{4}){2,5}(?: \d{2})?(?![\w\-]|[.,\/]\d| \d)/g,
    score: 0.6,
    validate: (v, doc, start) => {
      // Said to be a mailing's: a flow sheet's row of counts is printed the same way ("1200 1350 1100 1425 1500").
      if (!MAILING_BEFORE.test(doc.lower.slice(Math.max(0, start - 60), start))) return false;
      if (v.length < 24 && !CARRIER_RIGHT_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start))) return false;
      const groups = v.split(' ').filter((g) => g.length === 4);
      return !groups.every((g) => /^(?:19|20)\d\d$/.test(g)) && !groups.every((g) => Number(g.slice(0, 2)) <= 24 && Number(g.slice(2)) <= 59);
    },
  },
  {
    // Long digit runs and dash-grouped numbers are record, account or member numbers far more often than
    // clinical values ("789-1234-567", "87654321", an I-94's "69402381755", an unformatted "6175550123").
    id: 'long-number',
    firstRun: [2, 20],
    anchor: 'digit',
    type: 'ID',
    // A national number may end in a check digit of its own ("36302-4418273-6", Pakistan's CNIC).
    regex: /(?<![\w\-.\/,])(?:\d{9,20}|\d{2,8}(?:-\d{2,8}){0,3}(?:-\d)?)(?![\w\-]|[.,\/]\d)/g,
    score: 0.55,
    validate: (v, doc, start) => {
      // Dashed or not, seven digits or more (counted first: most numbers are shorter); eleven before a lone
      // check digit ("2024-03-1" is a date, "12-3456-7" a range or a code of little).
      const digits = digitCount(v);
      if (digits < 7 || (digits < 11 && /-\d$/.test(v))) return false;
      if (v.length === 9 && (yearRange(v) || clockRange(v) || lifespan(v, doc.text, start))) return false;
      // Round 84: a range of five-digit codes ("E/M level 99202-99205").
      if (v.length === 11 && codeRange(v)) return false;
      // "C.R.S. § 27-65-106", "§§ 13-21-117": a statute's section, not an identifier.
      if (SECTION_SIGN_BEFORE.test(doc.text.slice(Math.max(0, start - 4), start))) return false;
      // Round 92: a state's administrative rule ("OAR 436-010-0280"), as the phone rule reads it.
      if (afterAdminRuleCode(doc.text, start)) return false;
      // Round 40: a CPT code and its modifier ("99213-25", "20610-59", "27447-RT" is no match anyway).
      if (v.length === 8 && CPT_WITH_MODIFIER.test(v)) return false;
      // Round 43: a dose taper ("prednisone taper 60-40-20-10", "wean 40-30-20-10-5"): falling doses after a taper's word.
      if (doseTaper(v) && TAPER_BEFORE.test(doc.lower.slice(Math.max(0, start - 48), start))) return false;
      if (envelopeControlNumber(doc.text, start) || x12EnvelopeDate(doc.text, start) || productExpiry(doc, start)) return false;
      if (catalogueRefAt(doc.text, start, start + v.length)) return false;
      // Round 144: a product's catalogue number after its label ("catalog # 8888145023", "Cat. no. 54840006545").
      if (CATALOGUE_LABEL_BEFORE.test(doc.lower.slice(Math.max(0, start - 20), start))) return false;
      // Round 154: an IRB's study or protocol number ("IRB #2024-0117", "IRB protocol no. 2025-10482"), which earlier
      // rounds' golds leave unlabelled: it names a study, not a person (a subject's number after its own label stays).
      if (IRB_LABEL_BEFORE.test(doc.lower.slice(Math.max(0, start - 28), start))) return false;
      // Round 60: a dose range before its unit ("500-1500 mg PO BID", "1000-2000 units"), as a dose table's cell holds it.
      if (DOSE_RANGE.test(v) && DOSE_UNIT_AFTER.test(doc.text.slice(start + v.length, start + v.length + 8))) return false;
      // Round 86: a reading's reference range in brackets ("610 ohm (ref 200-1500)", "(normal 150-450)").
      if (DOSE_RANGE.test(v) && referenceRange(v) && REFERENCE_RANGE_BEFORE.test(doc.lower.slice(Math.max(0, start - 12), start))) return false;
      // Round 40: a bank's routing number (the ABA checksum) right after its label: no person's account.
      if (v.length === 9 && ROUTING_BEFORE.test(doc.lower.slice(Math.max(0, start - 20), start)) && abaRouting(v)) return false;
      return notCodeSystem(doc, start) ? 0.55 : false;
    },
  },
];

/** A reference range's label in brackets right before it (round 86). */
const REFERENCE_RANGE_BEFORE = /\((?:ref(?:erence)?\.?(?:[ \t]range)?|normal|nl|rr)[ \t]{0,2}:?[ \t]{0,2}$/;
/** Two numbers of one to five digits and a dash: a range (round 60). */
const DOSE_RANGE = /^\d{1,5}-\d{1,5}$/;
/** A dose's or an amount's unit right after a range (round 60). */
// Round 84: and a laboratory's reference interval before its unit ("B12 232-1245 pg/mL", "Ferritin 24-336 ng/mL").
// Round 122: and a band of frequencies (audiometry's "250-4000 Hz", "0.5-4 kHz").
const DOSE_UNIT_AFTER = /^[ \t]?(?:mg|mcg|g|ml|mL|units?|Hz|kHz|iu|IU|meq|mEq|mmol|kg|ng|mg\/kg|mcg\/kg|(?:pg|ng|mcg|ug|µg|mg|g|mmol|umol|µmol|nmol|pmol|mIU|uIU|µIU|IU|U|mU|mEq|cells)\/(?:mL|dL|L|uL|µL|24h)|fL|mOsm\/kg)(?![\p{L}\d])/u;
/** A taper's word shortly before its doses (round 43). */
const TAPER_BEFORE = /\b(?:taper(?:ed|ing|s)?|wean(?:ed|ing)?|titrat(?:e|ed|ing|ion)|step[ \-]?down|decreas(?:e|ed|ing))\b/;
/** Three or more doses of one to three digits, each smaller than the one before ("60-40-20-10", "4-3-2-1"). */
function doseTaper(v: string): boolean {
  const parts = v.split('-');
  if (parts.length < 3 || parts.some((p) => p.length > 3)) return false;
  for (let k = 1; k < parts.length; k++) if (Number(parts[k]) >= Number(parts[k - 1])) return false;
  return true;
}

/** "Payer ID", "payor id", "Submitter ID": an organisation's ID in a claim's header. */
/** Round 83: a policy manual's section number ("4.12", "7.3.1"). */
const POLICY_SECTION = /^\d{1,3}(?:\.\d{1,3}){1,2}$/;
/** Round 156: a policy document's number, two groups of letters or more then a short serial ("LAB-PRE-014", "NUR-IPC-0021"). */
const POLICY_DOCUMENT = /^[A-Z]{2,6}(?:-[A-Z]{2,6}){1,2}-\d{2,4}$/;
/** Round 83: a range of two numbers with a decimal point in one ("6.2-19.4", "0.45-4.50", "3.5-5"). */
/** Round 155: a score from 0 to 1 with its decimals ("0.81", ".97", "1.00"). */
const CONFIDENCE_SCORE = /^(?:0?\.\d{1,4}|1\.0{1,4})$/;
/** Round 165: a number and its ordinal suffix ("5th", "21st"), which no cue's value is. */
const ORDINAL_VALUE = /^\d{1,3}(?:st|nd|rd|th)$/i;
const DECIMAL_RANGE = /^(?=[\d\-–]*\.)\d{1,4}(?:\.\d{1,3})?[\-–]\d{1,4}(?:\.\d{1,3})?$/;
/**
 * A UID under the DICOM standard's own root (1.2.840.10008): a transfer syntax or an SOP class, the same in every
 * hospital's images. A study's, series' or instance's UID is under a maker's or a site's root and stays found.
 */
const DICOM_STANDARD_UID = /^1\.2\.840\.10008(?:\.\d{1,10}){1,8}$/;
const PAYER_ID_BEFORE = /(?:payer|payor|submitter|receiver|clearinghouse)[ \t]{1,2}$/;
/** Round 48: a genetic catalogue's label before "ID" (ClinVar's variation and allele, OMIM, HGNC): no person's number. */
const VARIANT_CATALOGUE_BEFORE = /(?:variation|variant|allele|clinvar|omim|mim|hgnc|orphanet|dbsnp|gene)[ \t]{1,2}$/;
/** "routing 091000022", "ABA #: 122187076", "RTN 021000021": a routing number's label. */
const ROUTING_BEFORE = /(?:routing|aba|rtn)(?:[ \t](?:number|no\.?|#))?[ \t:#]{0,3}$/;
/** A five-digit CPT code and a numeric modifier that claims and EOBs append: 25, 26, 50, 51, 59, 76-79, 91... */
const CPT_WITH_MODIFIER = /^\d{5}-(?:2[2-7]|3[23]|5[0-9]|6[2-6]|7[3-9]|8[0-2]|9[0-9])$/;

/** Words of a mailing before its tracking number: "Certified Mail No.", "USPS tracking", "Article number". */
const MAILING_BEFORE = /(?:mail|tracking|certified|registered|receipt|article|usps|parcel|shipment|fedex)[^\n]{0,40}$/;
/** A carrier's name or "tracking" right before a short grouped number: "FedEx 6621 4470 9183", "tracking #: 5120 ...". */
const CARRIER_RIGHT_BEFORE = /(?:fedex|tracking)(?:[ \t]{1,2}(?:number|no\.?))?[ \t:#]{1,4}$/;

/**
 * Round 70: car makes whose model and then a plate a dispatch or a police record writes with no plate's word ("white
 * Kia Soul 8RTF114", "VEH: GRY NISSAN ALTIMA 4KQZ229"). Makes that are words or names ("Ram", "Lincoln", "Saturn") are
 * left out.
 */
const CAR_MAKES = ['ford', 'chevrolet', 'chevy', 'toyota', 'honda', 'nissan', 'dodge', 'jeep', 'gmc', 'hyundai', 'kia', 'subaru', 'mazda', 'volkswagen', 'vw', 'bmw', 'audi', 'lexus', 'acura', 'buick', 'cadillac', 'chrysler', 'tesla', 'volvo', 'mitsubishi', 'infiniti', 'pontiac'];
/**
 * A make and one or two words of its model ("ford escape", "honda cr-v", "toyota camry le"), lower case as the cue
 * reads; the second word holds no digit, so that a plate opening with letters ("Ford Escape ABC1234") is no model's.
 */
// Round 170: then the plate's state after a comma ("Toyota Tacoma, HI RKD 415"), as a crash report lists a vehicle.
const CAR_MAKE_MODEL = String.raw`(?:${CAR_MAKES.join('|')})[ \t]{1,2}[a-z][a-z0-9\-]{1,12}(?:[ \t]{1,2}[a-z][a-z\-]{1,12})?(?:,[ \t]{1,2}(?:${[...lexicon.STATE_CODES].map((c) => c.toLowerCase()).join('|')})(?=[ \t]{1,2}[a-z0-9]{1,4}[ \t\-]?[a-z0-9]{1,5}(?![a-z0-9])))?`;
const CAR_MAKE_CUE = new RegExp(String.raw`^(?:${CAR_MAKES.join('|')})[ \t]`);
/** A plate's shape: letters and digits, both, five to eight of them, in one or two groups ("8RTF114", "WPD-3318"). */
const PLATE_GROUPS = /^(?=[^\d]{0,9}\d)(?=[^A-Za-z]{0,9}[A-Za-z])[A-Za-z0-9]{1,6}[ \-]?[A-Za-z0-9]{1,6}$/;
/** A heavy-duty truck's model number ("2500HD", "3500 HD", "350XL"), no plate. */
const TRUCK_MODEL = /^\d{3,4}[ \-]?(?:hd|xl|sd|xd)$/i;
function plateShaped(value: string): boolean {
  const n = value.replace(/[ \-]/g, '').length;
  return n >= 5 && n <= 8 && PLATE_GROUPS.test(value) && !TRUCK_MODEL.test(value);
}

/** An aircraft type: one to three letters, an optional hyphen, two or three digits and a letter at most ("EC-145", "AW139", "S-76D"), no N-number. */
const AIRCRAFT_MODEL = /^(?![Nn][1-9])[A-Za-z]{1,3}-?\d{2,3}[A-Za-z]?$/;

/** A section sign right before a number: the number is a statute's or a rule's section. */
const SECTION_SIGN_BEFORE = /§[ \t\u00a0]{0,2}$/;

/** A British number's groups: area code of three to five digits, then the rest in one group or two. */
const BRITISH_GROUPS = /^0(?:\d{2} \d{4} \d{4}|\d{3} \d{3} \d{4}|\d{4} \d{6}|\d{4} \d{3} \d{3})$/;

/** A fiscal, calendar or academic year ("FY2027", "CY-2026", "AY2025"): a year, no identifier. */
const FISCAL_YEAR = /^(?:FY|CY|AY|SY)-?(?:19|20)\d\d$/;

// Cue phrases, longest first so that "insurance id" is read before "id".
const CUES: readonly CueIdSpec[] = [
  {
    id: 'mrn-cue',
    firstWords: ['mrn', 'm', 'emr', 'ehr', 'medical', 'med', 'chart', 'hospital', 'hosp', 'record', 'unit', 'patient', 'pt', 'mr', 'folder', 'hrn'],
    type: 'MRN',
    // "HRN PR 0048819": the Indian Health Service's health record number, a service unit's letters before it.
    cue: /(?:mrn|hrn(?: number| no\.?| #)?|m\.r\.n\.?|emr|ehr|emr number|ehr number|medical record(?:s)?(?: number| no\.?| #)?|med\.? ?rec(?:ord)?\.?(?: ?#| no\.?| number)?|chart(?: number| no\.?| #)|(?<![a-z][ \t])chart(?=:)|hospital (?:number|no\.?|#)|hosp\.? ?(?:number|no\.?|#)|folder (?:number|no\.?|#)|record(?: number| no\.?| #)?|unit (?:number|no\.?)|patient (?:number|no\.?|#)|pt (?:number|no\.?|#)|mr#|mr #|mr no)/g,
    score: 0.9,
  },
  {
    id: 'ssn-cue',
    firstWords: ['ssn', 's', 'ss', 'social'],
    type: 'SSN',
    // "SSN (last 4): 7719", "SSN last four 0042", "SSN last4 0042", "SS# ending 4471": the label may say which digits follow.
    cue: /(?:ssn|s\.s\.n\.?|ss#|ss #|social security(?: number| no\.?| #)?|social sec(?:urity)?\.?(?: #| no\.?)?)(?: ?\(last ?(?:4|four)(?: digits)?\)| last ?(?:4|four)(?: digits)?| ending(?: in| with)?)?/g,
    score: 0.9,
  },
  {
    id: 'healthplan-cue',
    firstWords: ['insurance', 'insur', 'ins', 'policy', 'member', 'mbr', 'subscriber', 'group', 'grp', 'plan', 'health', 'beneficiary', 'hbn', 'hicn', 'mbi', 'medicare', 'medicaid', 'hmo', 'ppo', 'coverage', 'benefits', 'benefit', 'tricare', 'insurer', 'payer', 'payor', 'bic', 'philhealth', 'gms', 'nhf', 'nhif', 'nhis', 'thiqa', 'daman', 'medi-cal', 'masshealth', 'tenncare', 'ahcccs', 'soonercare', 'badgercare'],
    type: 'HEALTHPLAN',
    // The named cues first: alternation takes the first that matches, and "insurance" alone would. "BIC" is
    // Medi-Cal's benefits identification card. National schemes abroad by their acronym: Ireland's General Medical
    // Services card ("GMS No: 1427893J"), Jamaica's National Health Fund, Kenya's and Nigeria's health insurance,
    // Abu Dhabi's Thiqa and Daman.
    // Medi-Cal's client index number ("Medi-Cal CIN 91742855C"), and whose card it is in brackets ("Medicaid ID (infant):") (round 41).
    // Round 167: "mbr", "mbr#", "mbr id", a pharmacy's and a DME supplier's short form of "member" ("Verified mbr# XEG 331 88 4402").
    // Round 69: "group" alone before five digits or more, as a card's group number is typed ("member QWE5512 group 004418");
    // "group 2", "group 4 patients" stay. Round 80: a full stop may end it ("group 00733."), not a decimal ("group 12345.6").
    cue: /(?:plan:|insurance:|insurer:|payer:|payor:|insurance(?: policy| plan| member| subscriber| group)?(?: id| number| no\.?| #)?|insur(?:ance)?\.?(?: id| #)?|ins\.?(?: id| #| no\.?| policy| plan)|policy(?: number| no\.?| #| id)?|member(?: id| number| no\.?| #)?|mbr(?: id| number| no\.?| #|#)?|subscriber(?: id| number| no\.?| #)|group(?: number| no\.?| #|:|(?= 0?\d{5,}(?![\d\/\-]|\.\d)))|grp\.?(?: number| no\.?| #)?|plan(?: id| number| no\.?| #)|health plan(?: id| number| no\.?| #)?|beneficiary(?: id| number| no\.?| #)?|hbn|hicn|mbi|medicare(?: \((?:au|aus|australia|nz)\))?(?: card)?(?: id| number| no\.?| #)?|medicaid(?: id| number| no\.?| #| cin)?(?: \((?:infant|baby|child|newborn|mother|mom|father|dad|patient|pt|bebé|bebe|niño|niña|madre|padre)\))?|(?:medi-cal|masshealth|tenncare|ahcccs|soonercare|badgercare)(?: id| number| no\.?| #| cin)?(?: \((?:infant|baby|child|newborn|mother|mom|father|dad|patient|pt|bebé|bebe|niño|niña|madre|padre)\))?|hmo(?: id| number| #)?|ppo(?: id| #)?|coverage id|benefits number|benefit number|tricare(?: id| number)?|bic|philhealth(?: id| number| no\.?| #)?|(?:gms|nhf|nhif|nhis|thiqa|daman)(?: card)?(?: id| number| no\.?| #)?)/g,
    score: 0.88,
    namedCues: new Set(['plan:', 'insurance:', 'insurer:', 'payer:', 'payor:']),
    // Round 83: a manual's section after "policy" alone ("NURSING POLICY 4.12 - FOLEY CARE", "per policy 7.3.1") is no
    // member's number; "Policy # 8830126", "policy 88-1044" stay.
    // Round 98: a Medicare plan's contract and benefit package ("MA plan: Humana Gold Plus H5216-044") is the plan's,
    // printed on every member's card; the member's number follows under its own label.
    // A pharmacy benefit's BIN after "insurance" ("Insurance BIN 610014") routes claims to its processor, the same
    // for every member (the member's number has its own label).
    // Round 166: a share after "Group:" ("Group: 0/4 items") is a count, no group number.
    notPersonal: (cue, value) => (cue === 'policy' && (POLICY_SECTION.test(value) || POLICY_DOCUMENT.test(value))) || PLAN_CONTRACT.test(value) || PHARMACY_BIN.test(value) || SHARE_VALUE.test(value),
  },
  {
    id: 'account-cue',
    firstWords: ['account', 'acct', 'a', 'billing', 'invoice', 'claim', 'card', 'bank', 'routing', 'iban'],
    type: 'ACCOUNT',
    cue: /(?:account(?: number| no\.?| #)?|acct\.?(?: number| no\.?| #)?|a\/c|billing(?: number| no\.?| #| id)|invoice(?: number| no\.?| #)?|claim(?: number| no\.?| #| id)?|card(?: number| no\.?| #)|bank(?: account)?|routing(?: number| no\.?| #)?|iban)/g,
    score: 0.88,
    // Round 40: nine digits after "routing" that pass the ABA checksum name the bank ("Routing 122187076", a number
    // printed on every cheque of that bank), not the person's account, which follows it under its own label.
    notPersonal: (cue, value) => cue.startsWith('routing') && abaRouting(value),
  },
  {
    id: 'license-cue',
    firstWords: ['license', 'licence', 'licensed', 'licenced', 'lic', 'dea', 'npi', 'certificate', 'cert', 'registration', 'driver', 'driver\'s', 'dl', 'passport', 'board', 'crm', 'coren', 'cdl', 'permis', 'state', 'sbn', 'csr'],
    type: 'LICENSE',
    // "licensed CA A 148822": a state's two letters, then its board's number (California writes a letter first).
    // "CDL WDL7LP2K49XB": a commercial driver's licence. "permis 1-09447": a Quebec physician's licence (and a French
    // driving licence, "permis de conduire n° ..."). "State Bar No. 031877", "SBN 215530": an attorney's bar number
    // (not "grab bar no. 2"). Round 92: a court reporter's certificate ("CSR No. 1294"), with its label only.
    // Round 136: "License No. TX R7741": the issuing state's code between the label and the number goes with the label.
    // Round 145: "DL" alone before a state's licence of letters then digits ("(DL WDL8K2Q71M3P)", "DL: S5304417821"); "mg/dL"
    // before a reading holds no such code.
    // Round 149: the board's letters may join the number with a dash ("Lic VT OPT-026.0041188", an optometrist's).
    // Round 153: the DVLA's "Driver number:" before a British licence's sixteen characters (five of the surname, six of
    // the birth date, initials, a digit, two check letters: "FERRI701158D99XY"); "Driver number 7" stays.
    // Round 139: after "lic" too ("lic # CA RN 445521", "lic CA A 188231", "lic # MA LICSW 118873": a credential of up
    // to five letters before the number).
    cue: new RegExp(String.raw`(?:licen[cs]e(?: number| no\.?| #| id)?(?: (?:${STATE_CODE_ALTERNATION})(?= [a-z]{0,2} ?\d))?|state bar(?: number| no\.?| #)?|sbn|csr(?: number| no\.?| #)|licen[cs]ed(?: in)? [a-z]{2}(?= [a-z]{0,2} ?\d)|permis(?: de conduire)?(?: n[º°o]\.?| #)?|cdl(?: number| no\.?| #)?|lic\.?(?: number| no\.?| #)?(?: (?:${STATE_CODE_ALTERNATION})(?= [a-z]{0,5}[ \-]?\d))?|dea(?: number| no\.?| #)?|npi(?: number| no\.?| #)?|certificate(?: number| no\.?| #)?|cert\.?(?: number| no\.?| #)|registration(?: number| no\.?| #)?|driver'?s licen[cs]e|driver (?:number|no\.?)(?=:? {1,2}[a-z9]{5}\d{6}[a-z9]{2}\d[a-z]{2}(?![a-z0-9]))|dl(?: number| no\.?| #)|dl(?=:? [a-z]{1,3}\d[a-z0-9]{5})|passport(?: number| no\.?| #)?|board cert(?:ification)?|dl#|(?:crm|coren)(?:[\-\/][a-z]{2})?)`, 'g'),
    score: 0.88,
  },
  {
    // Round 167: an attorney's bar number after a state bar association's letters or "Bar No." ("WSBA No. 51227",
    // "NYSBA # 4418207", "Bar No. 0318774"), as a subpoena or a letter signs; four digits at least ("grab bar no. 2").
    id: 'bar-number-cue',
    firstWords: ['wsba', 'osba', 'nysba', 'isba', 'msba', 'bar'],
    type: 'LICENSE',
    cue: /(?:(?:wsba|osba|nysba|isba|msba)(?: number| no\.?| #)?|bar(?: number| no\.?| #))/g,
    score: 0.85,
    minDigits: 4,
    // A year after the association's letters is a publication's ("the WSBA 2025 guide").
    notPersonal: (_cue, value) => /^(?:19|20)\d\d$/.test(value),
  },
  {
    // A clinician's registration after the acronym of the council that keeps the register, as letters abroad sign
    // ("MCNZ 48213", "HPCSA MP 0718345", "IMC No. 402119", "CPSBC 38811", "PMDC 41877-P", "COC Reg. 9914"); the
    // long ones are long-number's. Four digits or more: "IMC 3" is an intermediate-care bed, "COC" alone a pill.
    id: 'regulator-cue',
    firstWords: ['ahpra', 'mcnz', 'ncnz', 'hpcsa', 'sanc', 'imc', 'nmbi', 'cpso', 'cpsbc', 'cpsa', 'cpsm', 'cpss', 'cpsns', 'cpsnb', 'cpsnl', 'mdcn', 'kmpdc', 'kmpdb', 'coc', 'pmdc', 'pmc', 'mchk', 'smc', 'mmc', 'hcpc', 'gdc', 'gphc', 'nmc', 'mbtt', 'mcj', 'reg'],
    type: 'LICENSE',
    cue: /(?:(?:ahpra|mcnz|ncnz|hpcsa|sanc|imc|nmbi|cpso|cpsbc|cpsa|cpsm|cpss|cpsns|cpsnb|cpsnl|mdcn|kmpdc|kmpdb|pmdc|pmc|mchk|smc|mmc|hcpc|gdc|gphc|nmc|mbtt|mcj)(?: reg(?:istration)?\.?)?(?: number| no\.?| #)?|coc reg(?:istration)?\.?(?: number| no\.?| #)?|reg\. ?(?:no\.?|#)|reg(?:istration)? no\.?)/g,
    score: 0.85,
    minDigits: 4,
  },
  {
    id: 'vehicle-cue',
    firstWords: ['vin', 'license', 'licence', 'plate', 'tag', 'vehicle', 'tail', 'aircraft', ...CAR_MAKES],
    type: 'VEHICLE',
    // Aircraft too: "tail no. N417HN" (air ambulance), "tail number N88QX", "AIRCRAFT N911LF". Round 70: "tail"
    // alone when a US registration follows (an N, a digit 1-9, four more letters or digits at most: "tail N52KW",
    // "tail: N7731T"), as a flight crew's record names its aircraft; "tail end", "tail of the pancreas" stay prose.
    cue: new RegExp(String.raw`(?:vin|license plate|licence plate|plate(?: number| no\.?| #)?|tag(?: number| no\.?| #)?|vehicle(?: id| number| #)?|tail(?: number| no\.?| #|(?=:?[ \t]{1,2}n[1-9][a-z0-9]{0,4}(?![a-z0-9])))|aircraft(?: id| number| no\.?| #)?|${CAR_MAKE_MODEL})`, 'g'),
    score: 0.88,
    needsDigit: true,
    // Round 70: the type after the bare word ("Aircraft: EC-145", "aircraft AW139", "Aircraft S-76D") is a make's
    // model, flown by every operator; a registration (an N-number, "C-GKQX") holds other shapes. After a car's make and
    // model only a plate's shape counts ("Nissan Altima 8RTF114"; not "Ram 2500HD", "Ford F-150 4x4").
    notPersonal: (cue, value) => (cue === 'aircraft' && AIRCRAFT_MODEL.test(value)) || (CAR_MAKE_CUE.test(cue) && !plateShaped(value)),
  },
  {
    id: 'device-cue',
    firstWords: ['serial', 'serials', 's', 'sn', 'udi', 'device', 'imei', 'iccid', 'meid', 'imsi', 'pacemaker', 'implant', 'lot', 'ser', 'transmitter'],
    type: 'DEVICE',
    // A bilateral device's side may stand between: "serial L 2244X1KQ" (hearing aids, cochlear implants), also after
    // a plural label and its colon ("Serial numbers: right 2241A0Y7K, left 2241A0Y8M"; the second side is
    // withOtherSide's). Round 47: a cellular modem's SIM card (ICCID), its subscriber (IMSI) and a CDMA phone's MEID.
    // Round 51: a fax header's or a label's short form "Ser#", "Ser. No.".
    // Round 65: "lot" alone before a code of letters and digits, as an implant log or an op note prints a device's
    // lot ("LOT QTR8C24", "REF 8888145023, Lot: MD21C0452"): in capitals as a label prints it, or after a catalogue
    // number or an implant's word on its line (implantLot). Round 67: a vaccine's lot after the word alone, when the
    // code opens with a letter and holds a digit ("Sanofi lot UT7741BB"). A study drug's "lot 4F31J22A", digits alone
    // ("lot 12345 67890", "parking lot 44") and "a lot 2x" stay out.
    cue: /(?:transmitter(?: id| sn| serial| #)?(?: \((?:new|old|current|replacement|spare)(?: one)?\))?(?=:? (?:is )?(?=[a-z0-9]{0,8}[a-z])(?=[a-z0-9]{0,8}\d)[a-z0-9]{5,10}(?![a-z0-9\-]))|serials?(?: numbers?| nos?\.?| #)?(?::? (?:l|r|left|right|lt|rt):?(?= [a-z]{0,4}\d))?|ser(?:#| #|\. ?no\.?| no\.?)|s\/n|sn|udi|device(?: id| identifier| number| serial| #)|imei|iccid|meid|imsi|pacemaker(?: serial| id)|implant(?: id| serial)|lot(?: number| no\.?| #|(?=:?[ \t]{1,2}(?=[a-z0-9\-]{0,20}[a-z])(?=[a-z0-9\-]{0,20}\d)[a-z0-9\-]{5})|(?= [a-z](?=[a-z\-]{0,10}\d)[a-z0-9\-]{3,11}(?![a-z0-9]))))/g,
    score: 0.88,
    // Round 170: a CGM's transmitter by its code, after the word and perhaps which one in brackets ("transmitter (new
    // one) is 8G4K2R", "Transmitter ID: 4KM2T9"): five to ten letters and digits, both; "transmitter is 2 weeks old" stays.
    // A lot that cars stand on ("parking lot C12A", "visitor lot B4") is a place, no batch.
    notPersonal: (cue, value, before, after) => cue === 'lot' && (PARKING_BEFORE.test(before) || !(VACCINE_LOT.test(value) || implantLot(after))),
  },
  {
    id: 'id-cue',
    firstWords: ['patient', 'pt', 'id', 'identifier', 'ref', 'reference', 'case', 'accession', 'acc', 'sample', 'biobank', 'specimen', 'encounter', 'visit', 'order', 'requisition', 'confirmation', 'tracking', 'ticket', 'employee', 'badge', 'student', 'fin', 'csn', 'har', 'empi', 'enterprise', 'study', 'subject', 'participant',
      'conf', 'uid', 'request', 'report', 'incident', 'pcr', 'alien', 'uscis', 'visa', 'barcode', 'authorization', 'auth', 'referral', 'randomization', 'manifest', 'rx', 'prescription', 'foil', 'ids',
      'provider', 'activation', 'access', 'verification', 'invitation', 'enrollment', 'enrolment', 'passcode', 'password', 'passwd', 'pwd', 'share', 'sharing', 'pairing', 'invite', 'meeting', 'follower', 'service', 'svc', 'edipi', 'ip', 'op', 'ipd', 'opd', 'uhid', 'enc', 'register', 'registry',
      'booking', 'inmate', 'offender', 'so', 'mission', 'docket', 'req', 'doc', 'armband', 'wristband', 'login', 'username', 'user',
      'a-number', 'season', 'ski', 'lift', 'bus', 'transit', 'parking', 'boarding', 'visitor', 'interpreter', 'juror', 'jury',
      // Round 78: an electronic prior authorisation's key ("CoverMyMeds key QX7TRW2M", "CMM key: B2LK9PZR").
      'block', 'blocks', 'kit', 'family', 'site', 'covermymeds', 'cmm', 'application',
      // Round 147: an immigration exam's civil surgeon by the code USCIS gave him, a disability office's request ID
      // ("RQID: N26A0047718"), a life insurer's application number ("Policy app #: SNL-A-7781204").
      'civil', 'rqid', 'policy',
      // Round 165: a court's number of a case in a subpoena's caption ("Superior Court No. 26-2-01147-32").
      'court'],
    type: 'ID',
    // Search-and-rescue missions ("Mission # CCSAR-26-118"), court dockets and lab requisitions ("req IGX-77120-3");
    // a Department of Corrections number ("DOC# 418826").
    // Numbered records of other offices too: requests, reports, incidents and run sheets (EMS "PCR #"),
    // immigration (alien and USCIS numbers, visa foils), prescriptions, referrals, authorizations, barcodes;
    // military service numbers and EDIPIs; Indian hospitals' in- and out-patient numbers ("IP No.", "UHID");
    // encounters ("ENC: 9001..."), and entries of a register or registry ("TB register no. GP-SOW-26-4471"); a blood
    // bank's armband ("BB armband BBA 77214") and a portal login holding a digit ('login "jroberts1957"'); an
    // immigrant's "A-number A 247 118 903" (the arrival record is 'i94-number'); a numbered pass ("Season pass #
    // SL-66210-P"; the number's label is needed: "bus pass 2 weeks" is prose).
    // A research participant's number, with or without its label ("Participant 07-0131 withdrew", "Participant no.
    // SP-10448-7"); a subject's after "number" or "#" too ("Subject # 0147-0093").
    // Round 47: a video visit's passcode and an app's share or pairing code ("Passcode: Tq7wz2", "share code QJ4-MX2-HT9")
    // open that person's visit or data; the code needs a digit ("password reset" has none).
    // Round 48: a court or medical interpreter's number ("interpreter no. 301522"), as an evaluation records who
    // interpreted; the word alone ("Spanish interpreter 2 hours") is no label.
    // Round 49: a juror's number on a summons ("juror number 2026-J-04471", "Jury summons no. 448120"), which a
    // physician's excuse letter quotes; "jury" alone ("jury duty 3 days") is no label.
    // Round 62: an outside lab's report by its number with no label word, when the code has letters and two
    // hyphened digit groups ("ThyroSeq ... ; report TQ2-2404-0931"); "report covid-19 symptoms" has one group.
    // Round 72: a pathology block by its code ("paraffin blocks (HX-S25-3310-B2, HX-S25-3310-B4)", "block SP24-0581-C3"),
    // when it is an accession with letters, dashes and three digits or more: "block A7", "heart block 1st degree",
    // "nerve block 100 mg" and a range of blocks ("blocks A1-A12") stay. A test kit's number ("saliva kit #QX-SK-20418"),
    // a lab's family code for a relative's test ("family code FX-5512-K"), and a trial's site number ("Site #: NY204").
    // A benefits application's number with its label ("Medicaid application # IA-MA-2026-448817", "SSDI application
    // no. 44-7781"): the applicant's case; "application 2x daily" has no label.
    cue: /(?:patient id|pt\.? id|patient identifier|id#|id #|id no\.?|id|identifier|ref(?:erence)?\.?(?: code| number| no\.?| #| id)?|case(?: number| no\.?| #| id)|accession(?: number| no\.?| #)?|acc(?: no\.?| #)?|sample(?: id| number| no\.?| #)?|biobank(?: id| number| #)?|specimen(?: number| no\.?| #| id)?|encounter(?: number| no\.?| #| id)?|visit(?: number| no\.?| #| id)|order(?: number| no\.?| #| id)|requisition(?: number| no\.?| #)?|confirmation(?: number| no\.?| #| code)?|tracking(?: number| no\.?| #)?|ticket(?: number| no\.?| #)?|employee(?: id| number| no\.?| #)|badge(?: id| number| #)?|student(?: id| number| #)|fin|csn|har|empi|enterprise id|study(?: id| number| no\.?| #| uid| instance uid)|subject (?:id|number|no\.?|#)|participant(?: id| number| no\.?| #)?|conf\.?(?: number| no\.?| #| code)?|(?:study |series |instance )?uid|request(?: number| no\.?| #| id)|report(?: number| no\.?| #| (?=[a-z]{1,4}\d{0,2}-\d{2,6}-\d{2}))|incident(?: number| no\.?| #| id|:)|pcr(?: number| no\.?| #)|alien(?: registration)?(?: number| no\.?| #)?|uscis(?: number| no\.?| #)?|visa(?: foil)?(?: number| no\.?| #)|barcode|authori[sz]ation(?: number| no\.?| ?#| id)|auth(?: number| no\.?| ?#)|referral(?: number| no\.?| #| id)|randomi[sz]ation(?: number| no\.?| #| id)|manifest(?: number| no\.?| #)?|rx(?: number| no\.?| #)|prescription(?: number| no\.?| #)|foil(?: number| no\.?| #)|ids|provider(?: number| no\.?| #| id)|(?:activation|access|verification|invitation|enrol(?:l)?ment)(?: code| key| pin)|passcode|password|passwd|pwd|(?:share|sharing|pairing|invite|meeting|follower)(?: code| key| pin)|(?:service|svc)(?: number| no\.?| #)|edipi|(?:ip|op|ipd|opd)(?: number| no\.?| #)|uhid|enc(?: number| no\.?| #| id)?|(?:register|registry)(?: number| no\.?| #| id)|booking(?: number| no\.?| #| id)?|(?:inmate|offender)(?: number| no\.?| #| id)|so#|so #|doc#|doc #|doc(?: number| no\.?)|mission(?: number| no\.?| #| id)|docket(?: number| no\.?| #)?|req(?: number| no\.?| #)?|(?:armband|wristband)(?: number| no\.?| #| id)?|(?:portal |mychart )?(?:login|username|user name|user id)(?: name| id)?(?= ?[:"'“])|a-number|(?:season|ski|lift|bus|transit|parking|boarding|visitor) pass(?: number| no\.?| #| id)|interpreter(?: id| number| no\.?| #)|(?:juror|jury)(?: id| number| no\.?| #| badge(?: number| no\.?| #)?|[ \t]summons(?: number| no\.?| #))|blocks?(?: id| number| no\.?| #)?|kit(?: id| number| no\.?| #)|family(?: code| id| number| no\.?| #)|site(?: id| number| no\.?| #)|(?:covermymeds|cmm) key|application(?: number| no\.?| #| id)|civil surgeon(?: code| id| number| no\.?| #)|rqid|policy app(?:lication)?(?: number| no\.?| ?#)|court(?: case)?(?: number| no\.?| #))/g,
    score: 0.85,
    // Round 40: a payer's or a clearinghouse's ID ("Payer ID 60054", "Payor ID: SX107") names the insurer, not a person.
    // Round 48: a variant's catalogue number ("ClinVar Variation ID 17677", "Allele ID 32203", "OMIM ID 113705") names
    // a change in a gene, not a person; "ACC 2024" before a guideline is the American College of Cardiology's year.
    // Round 53: a year alone after "reference" is a cited work's ("ISMP list reference (2024)", "reference 2019").
    // Round 65: a product's catalogue number on an implant label, "REF" in capitals before its lot or serial on the
    // line ("REF 7720-G-314, LOT QTR8C24"), names a model, not the patient's unit (the lot and serial stay found).
    notPersonal: (cue, value, before, after) =>
      catalogueRef(cue, after) || fdaClearance(value, after.text.toLowerCase()) || DICOM_STANDARD_UID.test(value) ||
      (cue.startsWith('block') && !blockCode(value)) ||
      (cue === 'id' && (PAYER_ID_BEFORE.test(before) || VARIANT_CATALOGUE_BEFORE.test(before))) || ((cue === 'acc' || cue.startsWith('ref')) && /^(?:19|20)\d\d$/.test(value)) ||
      // A lab's reference range after "reference" (round 83: "CORTISOL AM REFERENCE 6.2-19.4 UG/DL"), or in brackets
      // after a reading, a low and a higher bound (round 86: "RA lead 610 ohm (ref 200-1500)", "(ref. 3.5-5.1)"): no record.
      (cue.startsWith('ref') && (DECIMAL_RANGE.test(value) || (before.endsWith('(') && referenceRange(value)))) ||
      // Round 84: "REF" in capitals, one blank, then the number is a label's catalogue symbol (ISO 15223-1), the
      // model every unit shares ("REF 9355118"); "Ref: 2026-4471", "ref # 55120" and "Ref No." stay.
      (cue === 'ref' && after.end - value.length === after.cueStart + 4 && catalogueSymbolAt(after.text, after.cueStart + 4)) ||
      // Round 155: a speech recognizer's confidence after "conf" ("(conf 0.81)") is a score from 0 to 1, no confirmation.
      ((cue === 'conf' || cue === 'conf.') && CONFIDENCE_SCORE.test(value)) ||
      // Round 165: an ordinal is a rank, a floor or a percentile, never a record's number ("Ref (5th pct)", "ref # 5th floor").
      ORDINAL_VALUE.test(value),
  },
  {
    // Round 154: a medical examiner's or a coroner's case number ("ME Case # 26-01473", "ME #26-1877", "OCME no.
    // 2026-00412", "Coroner's case 26-0315"), and a clinic's Vaccines for Children PIN ("VFC PIN: 048213"), which
    // names the enrolled provider's site and is read as an ID (no postal code, though India's "PIN" cues one). "ME"
    // only in capitals ("text me # 5" is prose); the code needs a digit.
    id: 'examiner-case-cue',
    firstWords: ['me', 'ome', 'ocme', 'medical', 'coroner', "coroner's", 'coroners', 'vfc'],
    type: 'ID',
    cue: /(?:(?:me|ome|ocme|medical examiner(?:['’]s)?|coroner(?:['’]s)?)(?: case)?(?: number| no\.?| ?#)|(?:ome|ocme|medical examiner(?:['’]s)?|coroner(?:['’]s)?) case|vfc(?: pin| id)(?: number| no\.?| #)?)/g,
    score: 0.86,
    needsDigit: true,
    minLength: 5,
    notPersonal: (cue, _value, _before, after) => cue.startsWith('me') && !after.text.startsWith('ME', after.cueStart),
  },
  {
    // Lead's probe: a biometric identifier's code, as an access or time-clock record keeps it ("fingerprint template
    // hash 9f3a77c2e1", "voiceprint ID VP-20417", "palm vein template 88KQ-1174"): Safe Harbor names finger and voice
    // prints. The code needs a digit and six characters; "iris scan normal", "face template" have none.
    id: 'biometric-cue',
    firstWords: ['fingerprint', 'fingerprints', 'voiceprint', 'voice', 'iris', 'retina', 'retinal', 'palm', 'biometric', 'facial', 'face'],
    type: 'ID',
    cue: /(?:fingerprints?|voiceprint|voice[ \t]print|iris|retinal?|palm(?:[ \t]vein)?|biometric|facial|face)(?:[ \t](?:template|scan|print|signature|enrollment|enrolment))?[ \t](?:hash|id|identifier|code|number|no\.?|#)/g,
    score: 0.8,
    needsDigit: true,
    minLength: 6,
  },
  {
    // A study subject's or a screened candidate's number after the word alone, as research staff write it: "subject
    // 1043-22", "Subj 07-019", "(SCR 004-117)", "screening # S-88213". Four digits or more and no decimal point:
    // "SCr 1.42" and "SCr 0.8-1.2" are creatinine, "subject to 45 CFR 46" has no code after the word, and a year
    // ("screening 2019-2021", "Subject 2024") is none.
    id: 'subject-cue',
    firstWords: ['subject', 'subj', 'scr', 'screening', 'screen'],
    type: 'ID',
    cue: /(?:subject|subj\.?|scr|screening(?: id| number| no\.?| #|#)|screen(?: id| number| no\.?| #|#))/g,
    score: 0.8,
    maxGap: 4,
    minDigits: 4,
    notCode: /\d[.,]\d|^(?:19|20)\d\d(?:[\-–\/](?:19|20)?\d\d)?$|^\d{1,2}\/\d{1,2}\/\d{2,4}$|^\d{4}-\d{2}-\d{2}$/,
  },
  {
    // Round 71: a prescription's number after "Rx" alone, as a pharmacy's label, dispensing history or text message
    // prints it ("Rx 604417 sertraline 50 mg", "Rx: 318820 is ready"). Seven digits or more are the long-number
    // rule's; this reads five and six, digits only (a decimal, a date or a code with letters is another rule's or
    // none), and not an amount before its unit ("Rx 50000 IU weekly", "rx 10000 units").
    id: 'rx-number-cue',
    firstWords: ['rx'],
    type: 'ID',
    cue: /rx/g,
    score: 0.8,
    maxGap: 3,
    minDigits: 5,
    notCode: /[^\d#]/,
    notPersonal: (_cue, _value, _before, after) => RX_AMOUNT_UNIT_AFTER.test(after.text.slice(after.end, after.end + 10)),
  },
  {
    // National health numbers after their scheme's name: "CHI 0209314471" (Scotland), "NHS No: 943 476 5919",
    // "OHIP 1234-567-890", "PHN 9123456789", "IHI 8003 6012 3456 7890", Quebec's "RAMQ TREE 5856 1514", and
    // European national and insurance numbers after their names (DNI, NIR "sécurité sociale : 1 84 12 76 451 089
    // 46", tessera or tarjeta sanitaria, KVNR, BSN, PESEL, personnummer, AHV), and Latin America's (Brazil's CPF and
    // CNS, Mexico's CURP, a cédula) and India's Aadhaar; a territory's or province's "health card 1 0044 8821". Eight
    // digits or more: "chi 2" is a statistic. Round 46: the prairie provinces' numbers, Saskatchewan's "HSN: 903 446
    // 112" and Alberta's "AHCIP 12345-6789".
    // Round 49: Chile's RUT, dotted with a check digit or K ("RUT 14.567.892-K").
    // England's e-Referral Service books each referral under a twelve-digit UBRN ("UBRN 0004 5521 8893"), printed on
    // the patient's letter: a number of one person's referral.
    id: 'national-health-number-cue',
    firstWords: ['hsn', 'ahcip', 'health', 'nhs', 'chi', 'ohip', 'phn', 'phin', 'ihi', 'hcn', 'ramq', 'dni', 'nie', 'nir', 'sécurité', 'securite', 'tessera', 'tarjeta', 'codice', 'carte', 'kvnr', 'versichertennummer', 'krankenversicherungsnummer', 'bsn', 'pesel', 'personnummer', 'ahv', 'avs', 'cpf', 'cns', 'curp', 'cédula', 'cedula', 'aadhaar', 'aadhar', 'rut', 'ubrn'],
    type: 'ID',
    cue: /(?:health card(?: number| no\.?| #)?|nhs(?: number| no\.?| #)?|chi(?: number| no\.?| #)?|ohip(?: number| no\.?| #)?|(?:hsn|ahcip)(?: number| no\.?| #)?|phi?n|ihi(?: number| no\.?)?|hcn|ramq(?: number| no\.?| #)?|(?:dni|nie|nir)(?: es| n[º°o]\.?)?|s[ée]curit[ée] sociale|(?:tessera|tarjeta) sanitaria(?: es| n\.| n[º°o]\.?)?|codice fiscale|carte vitale|kvnr|versichertennummer|krankenversicherungsnummer|bsn|pesel|personnummer|ahv(?:-nr\.?)?|avs|cpf|cns|curp|c[ée]dula(?: de identidad)?|aadhaa?r(?: number| no\.?| #)?|rut|ubrn)/g,
    score: 0.85,
    minDigits: 8,
    // Round 82: Ontario's card prints a two-letter version code after its ten digits in groups of 4, 3 and 3
    // ("health card 3306 271 554 JC", "OHIP 1234-567-890-XY"); it goes with the number. Other schemes' numbers
    // keep a word after them ("NHS No: <ten digits> GP aware").
    suffix: (value, after) => (ONTARIO_HEALTH_NUMBER.test(value) ? (ONTARIO_VERSION_CODE.exec(after)?.[0] ?? '') : ''),
  },
  {
    // Round 63: the code that opens a patient's gate, door or key lockbox, as visiting nurses' route sheets and DME
    // delivery tickets write it ("gate code 4471", "Key in lockbox, code 1931", "door code: 2580#", "keypad combo
    // 7714"): it opens one person's home. Three digits or more; "door code blue" and "code status" have none.
    id: 'access-code-cue',
    firstWords: ['gate', 'lockbox', 'lock', 'key', 'keybox', 'keypad', 'door', 'entry', 'garage', 'alarm'],
    type: 'ID',
    cue: /(?:(?:gate|lockbox|lock box|key ?box|keypad|door|entry|garage|alarm)(?:,? (?:code|combo|combination)))/g,
    score: 0.8,
    maxGap: 6,
    minDigits: 3,
  },
  {
    // Round 63: a home health or hospice agency's Medicare certification number (CCN, six characters) or its
    // supplier's transaction access number (PTAN), as OASIS and DME paperwork print them: "CMS Cert No. (CCN):
    // 147523", "CCN 237412", "PTAN TN0451906". It names the small agency that cares for the patient at home. Five
    // digits or more: "CCN 2" is a list's item.
    id: 'provider-certification-cue',
    firstWords: ['ccn', 'ptan', 'cms', 'medicare'],
    type: 'ID',
    cue: /(?:ccn|ptan|cms cert(?:ification)?\.?(?: number| no\.?| #)?(?: \(ccn\))?|medicare provider(?: number| no\.?| #))/g,
    score: 0.8,
    maxGap: 6,
    minDigits: 5,
  },
  {
    // A veteran's discharge form and the service number on it ("DD-214 on file #RA 18 442 917", "DD214: 18442917"):
    // the old Army prefixes (RA, US, NG, ER, O) come before blank-separated groups, so the code may start with
    // letters; six digits or more.
    id: 'military-discharge-cue',
    firstWords: ['dd-214', 'dd214', 'dd'],
    type: 'ID',
    cue: /(?:dd-214|dd214|dd 214|dd form 214)(?: number| no\.?| #)?/g,
    score: 0.8,
    needsDigit: false,
    minLength: 2,
    minDigits: 6,
  },
  {
    // Round 92: a veteran's VA file number (the claim file, "C-file") and a service number, as claims, rating
    // decisions and buddy statements print them: in blank-separated groups, the first of two digits or a letter
    // ("VA file no.: 31 882 047", "C-file: C 24 390 118", "Service number: RA 18 447 203"); six digits or more, so
    // "VA file reviewed", "C-file 2 volumes" stay.
    id: 'va-file-cue',
    firstWords: ['va', 'c-file', 'cfile', 'c', 'claim', 'service'],
    type: 'ID',
    cue: /(?:va (?:c-file|claim file|file|claim)(?: number| no\.?| #)?|c-?file(?: number| no\.?| #)?|c file(?: number| no\.?| #)|claim file(?: number| no\.?| #)|service(?: number| no\.?| #))/g,
    score: 0.85,
    needsDigit: false,
    minLength: 1,
    minDigits: 6,
  },
  {
    // A claim's control number after its label ("orig ICN 22263100418", "DCN 0412..."): "ICN" is also the intensive
    // care nursery, so only a code of eight digits or more.
    id: 'claim-control-cue',
    firstWords: ['icn', 'dcn', 'tcn'],
    type: 'ACCOUNT',
    cue: /(?:icn|dcn|tcn)/g,
    score: 0.8,
    minDigits: 8,
  },
  {
    // The last four digits of a national number, the label saying so ("Aadhaar (last 4): 7781", "PESEL last four 2345").
    id: 'national-number-last4-cue',
    firstWords: ['aadhaar', 'aadhar', 'pesel', 'nhs', 'sin', 'nir', 'cpf', 'curp', 'dni'],
    type: 'ID',
    cue: /(?:aadhaa?r|pesel|nhs(?: number| no\.?)?|sin|nir|cpf|curp|dni)(?: ?\(last ?(?:4|four)(?: digits)?\)| last ?(?:4|four)(?: digits)?)/g,
    score: 0.85,
    minDigits: 4,
  },
  {
    // A numbered study or consultation after its label: "EEG #: 24-1187", "PSG no. 5512", "consult #MCC-C24-06611",
    // "Cath #: 24-0871". The label needs its number word or sign ("EEG 24 hours" is prose), and the code four digits.
    id: 'study-number-cue',
    firstWords: ['eeg', 'emg', 'psg', 'echo', 'cath', 'consult', 'consultation', 'procedure'],
    type: 'ID',
    cue: /(?:eeg|emg|psg|echo|cath|consult(?:ation)?|procedure)(?: number| no\.?| #|#)/g,
    score: 0.85,
    minDigits: 4,
  },
  {
    // A dictated note's transcription numbers at its foot: "Job #: 772019", "eScription document: 4-8812390",
    // "Dictation ID 55120", "Transcription no. 88-2241". "Job" needs its number word or sign ("job 3 days a week").
    id: 'dictation-job-cue',
    // Round 76: an old system's batch and index numbers on the stamps' line ("Batch: 40817 Index No. K7QD2M9X").
    firstWords: ['job', 'escription', 'dictation', 'transcription', 'document', 'batch'],
    type: 'ID',
    cue: /(?:job(?: number| no\.?| #| id)|job#|escription(?: document| doc| job)?(?: number| no\.?| #| id)?|(?:dictation|transcription)(?: number| no\.?| #| id)|document(?: number| no\.?| #| id)|batch(?: number| no\.?| #|:))/g,
    score: 0.85,
    minDigits: 4,
  },
  {
    // Round 76: a transcription's index code after its label, letters and digits mixed ("Index No. K7QD2M9X"); the
    // label needs its number word or sign ("index finger", "body mass index 31" are no label).
    id: 'dictation-index-cue',
    firstWords: ['index'],
    type: 'ID',
    cue: /index(?: number| no\.?| #)/g,
    score: 0.8,
    minDigits: 3,
  },
  {
    // A pathology or lab case number after its label ("Case: SP-26-018842", "path #: S26-4410"): "case"
    // alone is prose ("case 2 of 3"), so only the labelled forms, with a code of four digits or more.
    id: 'case-cue',
    firstWords: ['case', 'path', 'pathology', 'surgical', 'cytology', 'lab', 'specimen'],
    type: 'ID',
    cue: /(?:case:|case#|surgical case|surgical pathology(?: case| number| no\.?| #)?|pathology(?: case| number| no\.?| #)|path(?: case| number| no\.?| #|:)|cytology(?: case| number| no\.?| #)|lab(?: case| number| no\.?| #)|specimen:)/g,
    score: 0.85,
    minDigits: 4,
  },
];

/**
 * Round 40: an account-notes login in capitals, one or two initials run into a listed surname ("11/02/26 09:14
 * JMORALES:", "KBAPTISTE:"); a word in capitals ("NOTE:", "PLAN:", "INBOUND:") is none.
 */
function capsInitialsSurname(v: string, doc: DocumentView): boolean {
  if (v.length < 5 || v.length > 16 || !/^[A-Z]+$/.test(v)) return false;
  const lower = v.toLowerCase();
  if (doc.dict.commonWords.has(lower) || doc.dict.surnames.has(lower) || doc.dict.firstNames.has(lower)) return false;
  for (let k = 1; k <= 2; k++) {
    const rest = lower.slice(k);
    if (rest.length >= 4 && doc.dict.surnames.has(rest) && !doc.dict.commonWords.has(rest)) return true;
  }
  return false;
}

/** A time stamp alone before the login on its line: "[10:02] ", "14:31 ", "2:05 PM ", "[11/17/26, 07:42] ", "11/21/26, 8:14 PM - ". */
const STAMP_BEFORE_LOGIN = String.raw`[ \t]*\[?(?:\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d{2,4},?[ \t]{1,2})?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?(?:[ \t]{1,2}[\-–])?[ \t]{1,2}$`;
const STAMP_OPENS_LINE = new RegExp(`\\n${STAMP_BEFORE_LOGIN}`);
const STAMP_OPENS_TEXT = new RegExp(`(?:^|\\n)${STAMP_BEFORE_LOGIN}`);

/** Roles and services that speak in a unit's chat log, by their own name: not logins. */
/** Round 102: a speaker as diarised transcripts number them ("[00:00:04] Spk1:", "Speaker_2:", "S1:"), no login. */
const DIARIZED_SPEAKER = /^(?:spk|spkr|speaker|sp|s|participant|unknown|voice)[_\-]?\d{1,2}$/i;
/**
 * Round 103: a bare login of a chat export: an initial or two and a listed surname ("mkaur", "jbonaventure"), or a
 * listed given name and an initial ("priyan"); no English word, given name alone, role or drug's ending.
 */
function chatLogin(v: string, doc: DocumentView): boolean {
  const d = doc.dict;
  if (roleWordOrGivenName(v, doc) || d.surnames.has(v)) return false;
  const sur = (k: number): boolean => d.surnames.has(v.slice(k)) && !d.commonWords.has(v.slice(k)) && v.length - k >= 3;
  return sur(1) || sur(2) || (d.firstNames.has(v.slice(0, -1)) && !d.commonWords.has(v.slice(0, -1)) && v.length >= 5);
}
/** A chat's role, an English word or a given name alone ("nurse", "lunch", "maria"): a login names no one by it. */
function roleWordOrGivenName(v: string, doc: DocumentView): boolean {
  return CHAT_ROLES.has(v) || doc.dict.commonWords.has(v) || doc.dict.firstNames.has(v);
}
/** Round 103: a chat's service accounts in a "user" field ("noreply", "do-not-reply", "mailer-daemon"). */
/** Round 150: lower-case shorthand after "pt" that is no one's initials ("pt w/u", "pt pmh", "pt eta 2h"). */
const LOWER_PT_SHORTHAND = new Set(['pmh', 'eta', 'yo', 'ok', 'rn', 'md', 'np', 'pa', 'pt', 'ot', 'rt', 'nh', 'alf', 'snf', 'ltc', 'mom', 'dad', 'hpi', 'ros', 'wt', 'ht', 'bmi', 'lmp', 'nka', 'nkda', 'dnr', 'dni', 'poa', 'sob', 'cp', 'ha', 'n', 'v', 'loc', 'fall', 'ama', 'npo', 'prn', 'bid', 'tid', 'qid', 'qd', 'hs', 'stat', 'ed', 'er', 'or', 'ir', 'icu', 'ccu']);
/** Round 150: footer words after "Printed by:" that are no login (the system or a role printed the page). */
/** A fax station's name: three letters running at least, none of the words a fax log writes for no name. */
const FAX_STATION_NONE = /^(?:UNKNOWN|NONE|N\/A|NA|FAX|PRIVATE|ANONYMOUS|BLOCKED|UNAVAILABLE|NOT[ \t]AVAILABLE|NO[ \t]ID|OK|ERROR|BUSY)$/;
const faxStation = (v: string): boolean => /[A-Z]{3}/.test(v) && !FAX_STATION_NONE.test(v) && !/\d{5}/.test(v);
const PRINTOUT_NOT_LOGIN = /^(?:SYSTEM|ADMIN|EPIC|CERNER|INTERFACE|BATCH|SERVER|USER|STAFF|NURSE|PHYSICIAN|PROVIDER|CLINIC|PAGE|ON|AT|DATE|TIME)$/i;
const SERVICE_ACCOUNT = /^(?:no-?reply|do-?not-?reply|mailer|daemon|root|guest|anonymous|unknown|null|none|webhook|integration)/;
/** Round 103: lines and tubes whose French size reads like an age and sex ("RIJ 9F", "PICC 5F", "ETT 7F"). */
const LINE_ACRONYMS = new Set(['RIJ', 'LIJ', 'REJ', 'LEJ', 'TLC', 'ETT', 'NGT', 'OGT', 'PEG', 'CVC', 'PICC', 'IJ', 'EJ', 'SC', 'HD', 'CVL', 'RSC', 'LSC', 'FEM']);
const CHAT_ROLES = new Set(['rn', 'md', 'np', 'pa', 'pt', 'ot', 'rt', 'cna', 'lpn', 'me', 'dr', 'doc', 'pharm', 'pharmacy', 'charge', 'admin', 'system', 'unit', 'desk', 'nurse', 'resident', 'attending', 'fellow', 'intern', 'scribe', 'lab', 'rad', 'radiology', 'case', 'cm', 'sw', 'team', 'bot', 'auto', 'pcp', 'hospitalist', 'ed', 'er', 'icu', 'patient', 'caller', 'agent', 'operator']);

/** Round 42: an OASIS or MDS Section GG item ("GG0170 walk 10 ft = 04", "GG0130A"), a form's question, not an identifier. */
const OASIS_GG_ITEM = /^GG0\d{3}[A-Z]?\d?$/;
/**
 * Round 44: a loop of an X12 claim or remittance file ("2010AA NPI error", "loop 2300"), when the text speaks of those
 * files (837, 835, 270/271, EDI, X12, loop, segment): a billing office's question, no one's identifier.
 */
const X12_LOOP = /^(?:1000|2000|2010|2300|2310|2320|2330|2400|2410|2420|2430)[A-H]{1,2}$/;
// The view a scan is read through may repair "837I" to "8371" (a digit's look-alike between digits).
const X12_WORDS = /\b(?:83[57][ipd1]?|27[0-7]|edi|x12|loop|segment|clearinghouse)\b/;
function x12Loop(v: string, doc: { lower: string }, start: number): boolean {
  return X12_LOOP.test(v) && X12_WORDS.test(doc.lower.slice(Math.max(0, start - 240), start + 240));
}
/**
 * Round 60: a message's or an interchange's own control number, no one's identifier: HL7's MSH-10 ("MSH|^~\\&|...
 * |ADT^A01|MSG00912|P|2.5") and its acknowledgement's echo (MSA-2), X12's ISA13, GS06, ST02 and their trailers' echoes (SE02, GE02, IEA02). The value's
 * segment is found within 300 characters back and its separators counted, so the look is bounded.
 */
const CONTROL_NUMBER_FIELDS: Readonly<Record<string, number>> = { 'MSH|': 9, 'MSA|': 2, 'ISA*': 13, 'GS*': 6, 'ST*': 2, 'SE*': 2, 'GE*': 2, 'IEA*': 2 };
function envelopeControlNumber(text: string, start: number): boolean {
  return envelopeField(text, start, CONTROL_NUMBER_FIELDS);
}
/**
 * Round 159: an X12 interchange's and a functional group's dates (ISA09, GS04), and (round 162) a transaction set's
 * beginning date (BGN03): the file's, when it was made and sent, not a person's. The patient's and the service's dates (DMG, DTP) stay.
 */
// Round 162: an 834's or 820's BGN03, the date the transaction set was made (the file's, as GS04).
const ENVELOPE_DATE_FIELDS: Readonly<Record<string, number>> = { 'ISA*': 9, 'GS*': 4, 'BGN*': 3 };
export function x12EnvelopeDate(text: string, start: number): boolean {
  return envelopeField(text, start, ENVELOPE_DATE_FIELDS);
}
function envelopeField(text: string, start: number, fields: Readonly<Record<string, number>>): boolean {
  const sep = text.charCodeAt(start - 1);
  if (sep !== 124 && sep !== 42) return false;
  let from = start - 1;
  let seps = 0;
  for (; from > 0 && start - from < 300; from--) {
    const c = text.charCodeAt(from - 1);
    // X12 ends a segment with "~"; HL7's MSH holds one among its encoding characters ("^~\\&").
    if (c === 10 || c === 13 || (c === 126 && sep === 42)) break;
    if (c === sep) seps++;
  }
  while (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9) from++;
  const head = text.slice(from, from + 4);
  const name = sep === 124 ? head : head.slice(0, head.indexOf('*') + 1);
  // seps counts the separators before the value, the one right before it included.
  return name !== '' && fields[name] === seps + 1;
}
/** A pharmacy benefit's processor (its Bank Identification Number: six digits), after its label. */
const PHARMACY_BIN = /^(?:rx)?bin \d{6}$/i;
/** Round 44: a Medicare Advantage or Part D contract and benefit package ("H5521-004") after a plan's word: the plan's, not the member's. */
const PLAN_CONTRACT = /^[HRSE]\d{4}-\d{3}$/;
const PLAN_WORDS = /\b(?:plan|advantage|part[ \t]d|pbp|contract|mapd|pdp|snp)\b/;
function medicarePlanContract(v: string, doc: { lower: string }, start: number): boolean {
  return PLAN_CONTRACT.test(v) && PLAN_WORDS.test(doc.lower.slice(Math.max(0, start - 40), start));
}

/** A block's code is an accession: dash-joined, with a letter and three digits or more; not a range of blocks ("A1-A12"). */
function blockCode(v: string): boolean {
  return v.includes('-') && /[A-Za-z]/.test(v) && digitCount(v) >= 3 && !/^[A-Za-z]\d{1,2}-[A-Za-z]?\d{1,2}$/.test(v);
}

/** A version's mark right before dotted numbers: "v4.2.0.0", "V 3.1.0.2", "version 4.0.1.2" (the letter alone, not a word's end). */
const VERSION_BEFORE = /(?:(?<![A-Za-z])[vV]\.?[ \t]?|\b[Vv]ersion[ \t]{1,2}|\bver\.?[ \t]?)$/;

// The label a device's lot or serial carries, within the next few words of the same line.
const LOT_OR_SERIAL_AFTER = /^[^\n]{0,24}?(?<![A-Za-z])(?:LOT|Lot|SN|S\/N|SERIAL|Serial)(?![A-Za-z])/;
/** "200-1500", "3.5-5.1": two bounds, the first below the second. */
function referenceRange(value: string): boolean {
  const m = /^(\d{1,5}(?:\.\d{1,3})?)[\-–](\d{1,5}(?:\.\d{1,3})?)$/.exec(value);
  return m !== null && Number(m[1]) < Number(m[2]);
}

function catalogueRef(cue: string, after: CueAfter): boolean {
  return cue === 'ref' && after.text.startsWith('REF', after.cueStart) && LOT_OR_SERIAL_AFTER.test(after.text.slice(after.end, after.end + 40));
}
// An implant's or a device's word before a bare "lot" on its line: its catalogue number, its size, its kind.
const IMPLANT_LINE_BEFORE = /(?:\bREF\b|\bSN\b|\b[Cc]at(?:alog(?:ue)?)?\b|\bmm\b|\bFr\b|\b[Ss]ize\b|[Ii]mplant|[Ss]tent|[Cc]atheter|[Cc]omponent|[Ss]crew|[Gg]raft|[Ll]iner|[Bb]aseplate|[Ss]heath|[Ll]ead\b|[Vv]alve|[Mm]esh|[Ss]ystem)[^\n]{0,60}$/;
/** Round 71: a unit after a number that follows "Rx": an amount prescribed, not the prescription's number. */
const RX_AMOUNT_UNIT_AFTER = /^[ \t]{0,2}(?:iu|units?|u|mg|mcg|ml|g|tabs?|tablets?|caps?|capsules?|doses?)(?![a-z])/i;
/** Words before "lot" that make it a car park's: "parking lot C12A". */
const PARKING_BEFORE = /(?:parking|car|vacant|empty|staff|visitor|visitors|employee|garage)[ \t]$/;
/** A vaccine's lot after the bare word: a letter first, a digit in it, 4-12 characters ("UT7741BB"). */
const VACCINE_LOT = /^[a-z](?=[a-z\-]{0,10}\d)[a-z0-9\-]{3,11}$/i;
function implantLot(after: CueAfter): boolean {
  return after.text.startsWith('LOT', after.cueStart) || IMPLANT_LINE_BEFORE.test(after.text.slice(Math.max(0, after.cueStart - 80), after.cueStart));
}
/** A catalogue number's label right before it: "catalog # ", "Catalogue No.: ", "cat. no. ", "Cat #". */
/** Round 154: "IRB", perhaps "protocol", "study" or "approval", then a number's label, right before a number. */
const IRB_LABEL_BEFORE = /(?:^|[^a-z])irb(?:[ \t]{1,2}(?:protocol|study|approval|record))?(?:[ \t]{0,2}(?:#|no\.?|number|id))?[ \t]{0,2}[:#]?[ \t]{0,2}$/;
const CATALOGUE_LABEL_BEFORE = /(?:^|[^a-z])(?:catalog(?:ue)?[ \t]{0,2}(?:#|no\.?|number|num\.?)?|cat\.?[ \t]{0,2}(?:#|no\.?))[ \t]{0,2}:?[ \t]{0,2}$/;
/** The same catalogue number when another rule reads it (a ten-digit "REF 8888145023, LOT ..."). */
const REF_LABEL_BEFORE = /REF:?[ \t]{1,2}$/;
function catalogueRefAt(text: string, start: number, end: number): boolean {
  return (REF_LABEL_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && LOT_OR_SERIAL_AFTER.test(text.slice(end, end + 40))) || catalogueSymbolAt(text, start);
}

/**
 * Round 84: the value at `start` follows "REF" in capitals and one blank, a label's catalogue symbol (ISO 15223-1),
 * on a line that also holds lower case ("Manufactured by ... REF 9355118 — model number"): the model every unit
 * shares, with or without a lot after it. A note in capitals ("REF 4471203 TO CARDIOLOGY") may mean a referral.
 */
function catalogueSymbolAt(text: string, start: number): boolean {
  if (start < 4 || !text.startsWith('REF ', start - 4) || /[A-Za-z]/.test(text.charAt(start - 5))) return false;
  // The line's text within 80 characters either side (a line a megabyte long is not walked at each "REF").
  const from = Math.max(0, start - 80);
  const around = text.slice(from, start + 80);
  const cut = start - from;
  const lineStart = around.lastIndexOf('\n', cut) + 1;
  const lineEnd = around.indexOf('\n', cut);
  return /[a-z]/.test(around.slice(lineStart, lineEnd < 0 ? around.length : lineEnd));
}

/**
 * What /[a-z][ \t]{1,3}\d{1,2}:\d{2}[ \t]?[AaPp][Mm]/ finds ("Marsh  7:05 AM"), read at a run of digits (atSomeDigitRun)
 * instead of a scan from every small letter: the hour's run of one or two digits after blanks and a small letter, then
 * the minutes.
 */
/** A clock's minutes and its half of the day right after a run of digits (n, at s): ":05 AM", ":30pm". */
function clockMinutesAndHalfAfter(text: string, s: number, n: number): boolean {
  const e = s + n;
  if (text.charCodeAt(e) !== 58 || !isDigit(text.charCodeAt(e + 1)) || !isDigit(text.charCodeAt(e + 2))) return false;
  let k = e + 3;
  if (isBlank(text.charCodeAt(k))) k++;
  const h = text.charCodeAt(k);
  const m = text.charCodeAt(k + 1);
  return (h === 65 || h === 97 || h === 80 || h === 112) && (m === 77 || m === 109);
}

function clockAfterWordAt(text: string, s: number, n: number): boolean {
  const e = s + n;
  if (n > 2 || text.charCodeAt(e) !== 58 || !isDigit(text.charCodeAt(e + 1)) || !isDigit(text.charCodeAt(e + 2))) return false;
  let k = e + 3;
  if (isBlank(text.charCodeAt(k))) k++;
  const h = text.charCodeAt(k);
  const m = text.charCodeAt(k + 1);
  if (!(h === 65 || h === 97 || h === 80 || h === 112) || !(m === 77 || m === 109)) return false;
  for (let b = 1; b <= 3 && s - b > 0 && isBlank(text.charCodeAt(s - b)); b++) {
    const c = text.charCodeAt(s - b - 1);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * What /[A-Z]{2}[ \t]\d{1,3}[ \t]?(?:[MF]\b|y\/?o)/ finds ("JD 92M", "KL 45 y/o"), read at a run of digits: a run of
 * one to three after two capitals and a blank, then "M" or "F" ending a word, or "yo" or "y/o".
 */
function ageSexAfterCapitalsAt(text: string, s: number, n: number): boolean {
  if (n > 3 || s < 3 || !isBlank(text.charCodeAt(s - 1)) || !isUpperAscii(text.charCodeAt(s - 2)) || !isUpperAscii(text.charCodeAt(s - 3))) return false;
  let k = s + n;
  if (isBlank(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if ((c === 77 || c === 70) && !isRegexWord(text.charCodeAt(k + 1))) return true;
  return c === 121 && (text.charCodeAt(k + 1) === 111 || (text.charCodeAt(k + 1) === 47 && text.charCodeAt(k + 2) === 111));
}
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
/** A character of \w without the u flag ([A-Za-z0-9_]); NaN past the end is none. */
const isRegexWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Round 76: an old dictation system's codes at a discharge summary's foot. After the signer's credential on a
 * "Dictated By:" or "Attending:" line, the signer's code and the document's ("Attending: ROE, ANN, M.D. AR17
 * QX204/8813"): letters then digits, the document's with a slash and its serial. A resident's year ("MD PGY2")
 * is no code.
 */
const SIGNER_LINE = /(?:^|\n)[ \t]{0,4}(?:Dictated[ \t]By|Dictated[ \t]by|DICTATED[ \t]BY|Attending|ATTENDING)[ \t]?:[ \t]?/g;
const SIGNER_CREDENTIAL = /,?[ \t]{0,2}(?:M\.D\.|M\.D|MD|D\.O\.|DO)(?=[ \t])/g;
const SIGNER_CODE = /^[A-Z]{1,4}\d{1,5}(?:\/\d{2,6})?$/;
/**
 * Round 76: a legacy export's record header row, fields between pipes ("7731204 | SMH | 40291785 | | 551920 |
 * 3/2/2081 12:00:00 AM | Discharge Summary | Signed | DIS | ..."): a row with a report status field. Its bare
 * numbers of five digits or more are the record's identifiers; the short capitals right after its first number
 * are the hospital's initials, which name the hospital wherever else the note writes them.
 */
const HEADER_ROW = /(?:^|\n)([^\n|]{0,40}\d{5,12}[ \t]{0,2}\|[^\n]{0,600})/g;
const HEADER_STATUS = /\|[ \t]{0,2}(?:Signed|Unsigned|SIGNED|Final|Preliminary)[ \t]{0,2}\|/;
const HEADER_DATE = /\|[ \t]{0,2}\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const NOT_SITE_CODES: ReadonlySet<string> = new Set(['DIS', 'ADM', 'ED', 'ER', 'OP', 'IP', 'OR', 'AM', 'PM', 'MD', 'RN', 'NA', 'NEW', 'ADD', 'EDIT', 'ICU']);

function findDictationCodes(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  // The gate lets in every note with a "|": the signer's line is searched for only where its label is written.
  const signerLabel = text.includes('Attending') || text.includes('Dictated') || text.includes('ATTENDING') || text.includes('DICTATED');
  SIGNER_LINE.lastIndex = 0;
  for (let m = signerLabel ? SIGNER_LINE.exec(text) : null; m !== null; m = SIGNER_LINE.exec(text)) {
    const from = m.index + m[0].length;
    let lineEnd = text.indexOf('\n', from);
    if (lineEnd < 0 || lineEnd - from > 160) lineEnd = Math.min(text.length, from + 160);
    const line = text.slice(from, lineEnd);
    let credEnd = -1;
    SIGNER_CREDENTIAL.lastIndex = 0;
    for (let c = SIGNER_CREDENTIAL.exec(line); c !== null; c = SIGNER_CREDENTIAL.exec(line)) credEnd = c.index + c[0].length;
    if (credEnd < 0) continue;
    let at = credEnd;
    for (let k = 0; k < 3; k++) {
      while (at < line.length && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at++;
      let end = at;
      while (end < line.length && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 9) end++;
      const code = line.slice(at, end);
      if (end === at || !SIGNER_CODE.test(code) || code.startsWith('PGY')) break;
      out.push(candidate(from + at, from + end, 'ID', 0.8, 'dictation-code', { kind: 'context', detail: 'signer-code' }));
      at = end;
    }
  }
  // A row counts only with a status field and a date: a note without both anywhere has none (one search each).
  const headerRows = HEADER_STATUS.test(text) && HEADER_DATE.test(text);
  HEADER_ROW.lastIndex = 0;
  let sites: Set<string> | undefined;
  for (let m = headerRows ? HEADER_ROW.exec(text) : null; m !== null; m = HEADER_ROW.exec(text)) {
    const row = m[1] as string;
    if (!HEADER_STATUS.test(row) || !HEADER_DATE.test(row)) continue;
    const rowStart = m.index + m[0].length - row.length;
    let fieldStart = 0;
    let numbers = 0;
    let site = '';
    for (let f = 0; f < 12 && fieldStart <= row.length; f++) {
      let bar = row.indexOf('|', fieldStart);
      if (bar < 0) bar = row.length;
      let a = fieldStart;
      let b = bar;
      while (a < b && (row.charCodeAt(a) === 32 || row.charCodeAt(a) === 9)) a++;
      while (b > a && (row.charCodeAt(b - 1) === 32 || row.charCodeAt(b - 1) === 9)) b--;
      const field = row.slice(a, b);
      if (/^\d{5,12}$/.test(field)) {
        out.push(candidate(rowStart + a, rowStart + b, 'ID', 0.8, 'dictation-code', { kind: 'context', detail: 'header-row-number' }));
        numbers++;
      } else if (numbers === 1 && site === '' && /^[A-Z]{2,5}$/.test(field) && !NOT_SITE_CODES.has(field)) {
        site = field;
      } else if (field !== '') numbers = Math.max(numbers, 2);
      fieldStart = bar + 1;
    }
    if (site !== '') (sites ??= new Set()).add(site);
  }
  // The hospital's initials elsewhere in the note, a whole word in capitals: one search of the note per distinct
  // site (its own row's field is found again, the same span).
  if (sites !== undefined) {
    for (const site of sites) {
      for (let at = text.indexOf(site); at >= 0; at = text.indexOf(site, at + site.length)) {
        if (/[\p{L}\d]/u.test(text.charAt(at - 1)) || /[\p{L}\d]/u.test(text.charAt(at + site.length))) continue;
        out.push(candidate(at, at + site.length, 'FACILITY', 0.7, 'dictation-code', { kind: 'context', detail: 'header-row-site' }));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const DICTATION_CODES_RECOGNIZER: Recognizer = {
  id: 'dictation-code',
  types: ['ID', 'FACILITY'],
  needs: { literals: [{ lower: false, literals: ['Dictated', 'DICTATED', 'Attending', 'ATTENDING', '|'] }] },
  find: findDictationCodes,
};

export const IDENTIFIER_RECOGNIZERS: readonly Recognizer[] = [
  DICTATION_CODES_RECOGNIZER,
  // A CLIA number holds a run of seven digits after its "D": the gate skips notes without one.
  ...IDENTIFIER_PATTERNS.map((spec) => {
    const r = patternRecognizer(spec);
    return spec.id === 'clia' ? { ...r, needs: { ...r.needs, digitRun: [7, 7] as const } } : r;
  }),
  ...CUES.map((spec) => {
    const r = withSpacedGroups(spec.id === 'vehicle-cue' ? withoutModelYears(cueIdRecognizer(spec)) : cueIdRecognizer(spec));
    return spec.id === 'device-cue' ? withOtherSide(withoutVisitFrequencies(r)) : r;
  }),
];

/**
 * The other side's serial after a bilateral device's first (", left 2241A0Y8M", "; L 88KQ1174", " and AS
 * 2241A0Y8M"): the side word and a code of letters and digits, five characters and three digits or more, right
 * after the first code ("serial R 2244X1KQ, left ear fine" has no code after its side).
 */
const OTHER_SIDE = /^(?:[,;][ \t]{0,2}|[ \t]{1,2})(?:and[ \t]{1,2})?(?:[Ll]eft|[Rr]ight|LEFT|RIGHT|[LR]|[Ll]t|[Rr]t|A[DS])[ \t]?:?[ \t]{1,2}([A-Z0-9][A-Za-z0-9]{2,19}(?:-[A-Za-z0-9]{1,10}){0,2})(?![\w\-])/;

function withOtherSide(r: Recognizer): Recognizer {
  return {
    ...r,
    find(doc) {
      const found = r.find(doc) as Candidate[];
      const n = found.length;
      for (let k = 0; k < n; k++) {
        const c = found[k] as Candidate;
        const m = OTHER_SIDE.exec(doc.text.slice(c.end, c.end + 48));
        const code = m?.[1];
        if (m === null || code === undefined || code.length < 5 || digitCount(code) < 3) continue;
        const start = c.end + m[0].length - code.length;
        found.push({ ...c, start, end: start + code.length });
      }
      return n === found.length ? found : found.sort((a, b) => a.start - b.start);
    },
  };
}

// Digit groups written with single blanks after a cue's short code ("Member ID: W123 456 789", "Claim no. 2025
// 1234 5678", "Alien registration number A 087 654 321"); the code reader stops at the first blank.
const SPACED_GROUPS = /^(?: \d{1,6}){1,5}(?: [A-Z](?![\w\-]))?(?![\w\-]|[.,\/]\d|[ \t]?(?:%|mg|mcg|ml|kg|lbs?|days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|min|times|tabs?|x)\b)/;

/** Round 167: a code of a short letter prefix, one blank and digits ("ZXW 40017"), and the longer groups after it. */
const LETTERS_SPACE_DIGITS = /^[A-Z]{2,5} \d{3,12}$/;
const SPACED_LONG_GROUPS = /^(?: \d{3,6}){1,3}(?![\w\-]|[.,\/]\d|[ \t]?(?:%|mg|mcg|ml|kg|lbs?|units?|tabs?|days?|weeks?|months?|years?|visits?|x)\b)/;
/** Extends a cue's code of four digits or fewer over the blank-separated digit groups after it. */
function withSpacedGroups(r: Recognizer): Recognizer {
  return adjustCandidates(r, (doc, c) => {
    if (doc.text.charCodeAt(c.end) !== 32) return c;
    if (digitCount(doc.text.slice(c.start, c.end)) > 4) {
      // Round 167: a payer's letters, a blank and a group of digits, then more groups ("Member ID: ZXW 40017 2291").
      if (!LETTERS_SPACE_DIGITS.test(doc.text.slice(c.start, c.end))) return c;
      const g = SPACED_LONG_GROUPS.exec(doc.text.slice(c.end, c.end + 24));
      return g ? { ...c, end: c.end + g[0].length } : c;
    }
    const m = SPACED_GROUPS.exec(doc.text.slice(c.end, c.end + 40));
    return m && digitCount(doc.text.slice(c.start, c.end)) + digitCount(m[0]) >= 6 ? { ...c, end: c.end + m[0].length } : c;
  });
}

/** "Vehicle: 2014 Subaru Outback", "vehicle: 2011 pickup": a model year is not the vehicle's identifier. */
/**
 * Round 42: a home-health order's visit frequency after "SN" (skilled nursing), "SN 2w2, 1w7" (twice a week for two
 * weeks, then weekly for seven), is no serial number; nor "SN 3x/wk". "SN 2W4K7Q" keeps a code's shape.
 */
function withoutVisitFrequencies(r: Recognizer): Recognizer {
  return {
    ...r,
    find(doc) {
      const found = r.find(doc);
      return found.length === 0 ? found : found.filter((c) => c.end - c.start > 5 || !VISIT_FREQUENCY.test(doc.text.slice(c.start, c.end)));
    },
  };
}
const VISIT_FREQUENCY = /^\d{1,2}[wWdDmM]\d{1,2}$/;

function withoutModelYears(r: Recognizer): Recognizer {
  return {
    ...r,
    find(doc) {
      const found = r.find(doc);
      return found.some((c) => c.end - c.start === 4) ? found.filter((c) => !MODEL_YEAR.test(doc.text.slice(c.start, c.end + 3))) : found;
    },
  };
}
const MODEL_YEAR = /^(?:19|20)\d{2}(?![\w\-])/;

/** Round 92: the name of a state's administrative code right before a rule's number. */
const ADMIN_RULE_BEFORE = /(?:^|[^\p{L}])(?:OAR|WAC|Admin\.?[ \t]Code|Adm\.?[ \t]Code|Admin\.?[ \t]R\.)[ \t]{1,2}(?:§[ \t]?)?$/u;
/** Whether the fourteen characters before `start` end in a state's administrative code's name ("OAR 436-010-0280"). */
function afterAdminRuleCode(text: string, start: number): boolean {
  return ADMIN_RULE_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

/** Round 84: two five-digit groups joined by a hyphen that share their first three digits, the second the larger: a range of codes ("99202-99205"). */
function codeRange(v: string): boolean {
  const m = /^(\d{5})-(\d{5})$/.exec(v);
  return m !== null && (m[1] as string).slice(0, 3) === (m[2] as string).slice(0, 3) && (m[2] as string) > (m[1] as string);
}

/** A trial registry's number (ClinicalTrials.gov, ISRCTN, ANZCTR, ChiCTR, CTRI, DRKS; round 84): a study's, no person's. */
const TRIAL_REGISTRY_NUMBER = /^(?:NCT|ISRCTN|ACTRN|ChiCTR|CTRI|DRKS)-?\d/i;
/** Round 84: a systematic review's PROSPERO registration ("CRD42023412345"): public, no person's ("CRD-26-3301" is a photo's). */
const PROSPERO = /^CRD42\d{9}$/;
/**
 * Round 96: an FDA 510(k) number ("K" and six digits: "Groshong CVC (K880419)", "clearance letter reference K231884")
 * in a text that speaks of 510(k)s: a public clearance of a kind of device, no person's. "K482913" elsewhere stays.
 */
function fdaClearance(v: string, lower: string): boolean {
  return /^K\d{6}$/.test(v) && (lower.includes('510(k)') || lower.includes('510 (k)'));
}
