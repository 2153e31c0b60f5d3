// Street addresses (US, military, European and unit forms), PO boxes, counties, ZIP and postal codes, and
// place fields in JSON or key=value text, as pattern data.
import { lexicon } from '../dictionaries/index.js';
import { CharCodeSet, charAt, isAsciiLetter, isBlank } from '../text/chars.js';
import { COUNTRY_NAMES } from './cities.js';
import { HOLIDAY_WORDS, MONTH_WORDS } from './dates.js';
import { DENOMINATIONS } from './congregations.js';
import { literalTrigger, unparsedRegex, type PatternSpec, type RegexSource } from './pattern.js';
import { fold } from '../text/tokens.js';
import type { DocumentView } from './types.js';

/** Number words a house number is read aloud in, lower case (the anchor's) and capitalised (the regex's). */
/** Round 142: what follows the father of a baby named after "FOB" ("present", "at bedside", "involved", "is"). */
const FATHER_OF_BABY_AFTER = /^,?[ \t]{1,2}(?:present|at[ \t]bedside|involved|not[ \t]involved|supportive|aware|updated|here|is|was|will|declined|agrees|works)\b/;
const HOUSE_NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SPOKEN_HOUSE_WORD = `(?:${HOUSE_NUMBER_WORDS.map((w) => `[${(w[0] as string).toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}|oh|hundred)(?![\\p{L}])`;
const SPOKEN_STREET_SUFFIX = 'Street|Avenue|Boulevard|Lane|Road|Drive|Court|Terrace|Parkway|Highway|Place|Circle|Way|Trail|Ct|Dr|Rd|Ave|Ln|St';
/** What stands before a house number read aloud: a line's start, a colon, a stop, or a word placing it. */
// Round 50: "it's" as "is" ("my address changed, it's four eighteen Wissahickon Drive").
// Round 102: a filler may stand between the cue and the number ("It's, uh, twenty-two fourteen North Elm Street").
const SPOKEN_HOUSE_CUE = /(?:^|[\r\n:.?!]|\b(?:is|it['’]s|at|on|to|address|lives|moved))(?:,?[ \t]{1,2}(?:uh|um|uhm|er),?)?[ \t]{0,3}$/i;

/** The 32 counties of Ireland, written after "Co." in an address. */
// A county's own offices, written after it in title case or capitals ("Sheriff's Office", "Department of Children and
// Family Services", "Parole & Probation"); each word of a department's name is capitalised, so prose stops it.
const COUNTY_OFFICE_WORD = "[A-Z][a-z]{1,20}";
const COUNTY_OFFICE_WORD_CAPS = '[A-Z]{2,21}';
const COUNTY_OFFICE_TAIL = [
  // Round 162: or the sheriff named alone ("the Multnomah County Sheriff", "Nevada County Sheriff deputies").
  `[ \\t]Sheriff(?:['’]s[ \\t](?:Office|Department))?\\b`,
  `[ \\t]SHERIFF(?:['’]S[ \\t](?:OFFICE|DEPARTMENT))?\\b`,
  `[ \\t]Department[ \\t]of[ \\t]${COUNTY_OFFICE_WORD}(?:[ \\t](?:and|&)[ \\t]${COUNTY_OFFICE_WORD}|[ \\t]${COUNTY_OFFICE_WORD}){0,3}`,
  `[ \\t]DEPARTMENT[ \\t]OF[ \\t]${COUNTY_OFFICE_WORD_CAPS}(?:[ \\t](?:AND|&)[ \\t]${COUNTY_OFFICE_WORD_CAPS}|[ \\t](?!AND[ \\t])${COUNTY_OFFICE_WORD_CAPS}){0,3}`,
  `[ \\t](?:Adult[ \\t]|Juvenile[ \\t])?(?:Parole[ \\t](?:&|and)[ \\t]Probation|Probation[ \\t](?:Department|Office))`,
  `[ \\t](?:PAROLE[ \\t](?:&|AND)[ \\t]PROBATION|PROBATION[ \\t](?:DEPARTMENT|OFFICE))`,
  `[ \\t](?:Medical[ \\t]Examiner|Coroner|District[ \\t]Attorney|Public[ \\t]Defender|Prosecutor)['’]s[ \\t]Office`,
  `[ \\t](?:MEDICAL[ \\t]EXAMINER|CORONER|DISTRICT[ \\t]ATTORNEY|PUBLIC[ \\t]DEFENDER|PROSECUTOR)['’]S[ \\t]OFFICE`,
  `[ \\t](?:Jail|Detention[ \\t]Center|Health[ \\t]Department|JAIL|DETENTION[ \\t]CENTER|HEALTH[ \\t]DEPARTMENT)`,
  // Round 92: Ohio's and Pennsylvania's trial court after its county ("Cuyahoga County Court of Common Pleas").
  `[ \\t](?:Court[ \\t]of[ \\t]Common[ \\t]Pleas|COURT[ \\t]OF[ \\t]COMMON[ \\t]PLEAS)`,
  // Round 48: the office named without "'s Office", as forensic reports write it ("Fresno County Public Defender",
  // "St. Louis County Medical Examiner"); the possessive forms above are tried first.
  `[ \\t](?:Medical[ \\t]Examiner|Public[ \\t]Defender|MEDICAL[ \\t]EXAMINER|PUBLIC[ \\t]DEFENDER)(?![\\p{L}'’])`,
  // Round 68: a county's protective and social services agency as a social worker's referral names it ("Lane County
  // Adult Protective Services", "Polk County Children's Services", "Kern County Social Services").
  `[ \\t](?:(?:Adult|Child|Children['’]s|Elder)[ \\t])?Protective[ \\t]Services|[ \\t](?:Children['’]s|Social|Human|Family)[ \\t]Services(?![\\p{L}'’])`,
  // Round 145: the county's officers for those with no one else, as conservatorship and estate papers name them ("San
  // Joaquin County Public Guardian", "Cook County Public Administrator's office", "Riverside County Public Conservator").
  // Round 148: Arizona's "Public Fiduciary" ("Maricopa County Public Fiduciary").
  `[ \\t](?:Public[ \\t](?:Guardian|Administrator|Conservator|Fiduciary)(?:['’]s(?:[ \\t]Office)?)?|PUBLIC[ \\t](?:GUARDIAN|ADMINISTRATOR|CONSERVATOR|FIDUCIARY)(?:['’]S[ \\t]OFFICE)?)(?![\\p{L}'’])`,
  // Round 148: the county's ambulance service ("Brown County EMS", "Pima County Emergency Medical Services").
  `[ \\t](?:EMS|Emergency[ \\t]Medical[ \\t]Services|EMERGENCY[ \\t]MEDICAL[ \\t]SERVICES)(?![\\p{L}'’])`,
  // Round 145: "Office of the ..." after the county, on its line or a letterhead's next ("PIMA COUNTY OFFICE OF THE MEDICAL
  // EXAMINER", "MONTGOMERY COUNTY\nOFFICE OF THE MEDICAL EXAMINER").
  `(?:[ \\t]|\\r?\\n)(?:Office[ \\t]of[ \\t]the[ \\t](?:Chief[ \\t])?(?:Medical[ \\t]Examiner|Coroner|Public[ \\t](?:Guardian|Administrator|Conservator|Fiduciary))|OFFICE[ \\t]OF[ \\t]THE[ \\t](?:CHIEF[ \\t])?(?:MEDICAL[ \\t]EXAMINER|CORONER|PUBLIC[ \\t](?:GUARDIAN|ADMINISTRATOR|CONSERVATOR|FIDUCIARY)))(?![\\p{L}'’])`,
].join('|');
/** Round 48: the kinds of a state's trial courts, as captions name them before "Court". */
/** Round 143: the state a court-of-county's name holds before its county ("of Washington for", "of California, County"). */
const COURT_STATE_PART = /^\S+[ \t](?:Court|COURT)[ \t](?:of|OF)[ \t](?:the[ \t]State[ \t]of[ \t]|THE[ \t]STATE[ \t]OF[ \t])?([A-Z][\p{L}]{3,13}(?:[ \t][A-Z][\p{L}]{3,9})?)(?:,[ \t]|[ \t](?=for|in|FOR|IN))/u;
const COURT_KINDS = '(?:Superior|Circuit|District|County|Probate|Juvenile|Municipal|Family|Justice|Chancery|Magistrate|Criminal|Civil|Surrogate|Orphans)';
/** Round 145: the problem-solving courts of a county's docket, by their kind: "Recovery Court", "Drug Court", "Mental Health Court". */
const TREATMENT_COURT = /(?:^|[ \t])(?:Recovery|Drug|Treatment|Veterans|Wellness|Sobriety|DUI|DWI|Health|Community)[ \t]Court$/;
/** Round 48: an instrument's words after "... Court": a forensic test ("Georgia Court Competency Test"), no street. */
const INSTRUMENT_AFTER_STREET = /^[ \t](?:(?:Competency|Competence)\b|(?:\p{Lu}\p{Ll}{2,20}[ \t])?(?:Test|Scale|Inventory|Questionnaire|Assessment|Instrument)\b)/u;
/** ", Missouri", ", OHIO" after a county: the state it lies in, one span with it as with a town. */
const COUNTY_STATE_TAIL = `,[ \\t]{1,2}(?:${[...lexicon.US_STATES]
  .flatMap((st) => [st.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/ Of /, ' of '), st.toUpperCase()])
  .sort((a, b) => b.length - a.length)
  .map((st) => st.replace(/ /g, '[ \\t]'))
  .join('|')})(?![\\p{L}])`;

const IRISH_COUNTIES = 'Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow';

/** Street-word endings of other languages, written before the house number ("Mellemvej 32", "Pfarrgasse 91"). */
export const INTL_STREET_ENDINGS = 'gasse|straße|strasse|platz|weg|vej|katu|kuja|polku|tie|gatan|gata|vägen|vegen|laan|straat|plein|gade|veien|stien|utca|ulica|cesta|stræde|allee|stræti|straeti|braut|vegur|dreef|singel|gracht|kade';
// Street words of other languages written apart from the name ("Villacher Strasse 89", "Király u. 15.", "Luite tee 87").
export const INTL_STREET_WORDS_APART = String.raw`Strasse|Straße|Str\.|Gasse|Weg|Allee|Platz|gate|gata|gatan|vej|vei|veien|vegen|tie|tee|põik|utca|út|útja|u\.|tér|körút|krt\.|rkp\.|kapu|terrasse`;
const INTL_STREET_ENDING = new RegExp(`(?:${INTL_STREET_ENDINGS})$`, 'iu');
const INTL_APART_SET: ReadonlySet<string> = new Set(INTL_STREET_WORDS_APART.replace(/\\/g, '').toLowerCase().split('|'));

/**
 * Whether the word before the blank before offset `at` is a street word of another language: one that ends
 * the name ("Koskikatu", "Pfarrgasse") or stands after it ("Strasse", "u."). Read back by char code, one word.
 */
export function streetWordBefore(text: string, at: number, apart = true): boolean {
  return wordBefore(text, at, apart, true);
}

/** A blank or two after a run of digits, then a compass direction's capital (N, S, E, W): tried at no other run. */
function directionAfterRun(text: string, start: number, length: number): boolean {
  const end = start + length;
  const c = text.charCodeAt(end + (isBlank(text.charCodeAt(end + 1)) ? 2 : 1));
  return isBlank(text.charCodeAt(end)) && (c === 78 || c === 83 || c === 69 || c === 87);
}

/** Whether the word before the blank before `at` is a street word of another language written apart ("Strasse", "u."). */
export function apartWordBefore(text: string, at: number): boolean {
  return wordBefore(text, at, true, false);
}

// Last letters of the street words and endings, lower case: most words before a number end otherwise.
const ENDING_LAST = new CharCodeSet(INTL_STREET_ENDINGS.split('|').map((w) => w.charCodeAt(w.length - 1)));
const APART_LAST = new CharCodeSet([...INTL_APART_SET].map((w) => w.charCodeAt(w.length - 1)));

function wordBefore(text: string, at: number, apart: boolean, endings: boolean): boolean {
  const end = at - 1;
  const c = text.charCodeAt(end - 1);
  const last = c >= 65 && c <= 90 ? c + 32 : c;
  if (!(apart && APART_LAST.has(last)) && !(endings && ENDING_LAST.has(last))) return false;
  let start = end;
  while (start > 0 && end - start < 32) {
    const c = text.charCodeAt(start - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 45 || c > 127)) break;
    start--;
  }
  if (end - start < 1 || (!endings && end - start > 9)) return false;
  const word = text.slice(start, end);
  if (apart && end - start <= 9 && INTL_APART_SET.has(word.toLowerCase())) return start > 1 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9);
  return endings && end - start > 4 && INTL_STREET_ENDING.test(word);
}
const STREET_CUE_BEFORE = /(?:^|[^\p{L}])(?:on|at|off|onto|near)[ \t]{1,2}$/iu;
/** A full stop, blanks and a capital right after "St": "St. Luke's". */
const SAINT_AFTER_ST = /^\.[ \t]{1,2}\p{Lu}/u;
const TOWN_AFTER = /^,[ \t]{1,2}\p{Lu}/u;
/** What may follow a street named without its kind: a comma, a clause's end, a unit, a line's end. */
const STREET_END_AFTER = /^(?:$|[,.;:)\r\n]|[ \t]{1,2}(?:#|[Aa]pt|[Uu]nit|[Ss]uite|in|near|and)\b|[ \t]*$)/;
/** Round 44: a street's suffix, or a numbered road, right before "and"/"&" and another word: where a crossing may be. */
const CROSSING_SUFFIX = 'Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Place|Pl|Parkway|Pkwy|Way|Circle|Terrace|Pike';
const NUMBERED_ROAD = String.raw`(?:County[ \t]Road|Highway|Hwy|Route|Rte|State[ \t]Route|CR|SR|FM)[ \t\-]?\d{1,4}[A-Z]?`;
// ASCII and no flag u: the scan runs over every note, so it starts only at a capital of a suffix or a road's word.
const STREET_AND_STREET = new RegExp(String.raw`\b(?:(?:${CROSSING_SUFFIX})\.?|(?:Road|Highway|Hwy|Route|Rte|CR|SR|FM)[ \t\-]?\d{1,4}[A-Z]?)[ \t]{1,2}(?:and|&)[ \t]{1,2}[A-Z\d]`, 'g');
/** One side of a crossing: one or two capitalised words or an ordinal and a suffix, or a numbered road. */
const CROSSING_STREET = String.raw`(?:(?:[NSEW]\.?[ \t])?(?:\p{Lu}[\p{L}'’\-]{1,25}|\d{1,3}(?:st|nd|rd|th))(?:[ \t]\p{Lu}[\p{L}'’\-]{1,25})?[ \t](?:${CROSSING_SUFFIX})\.?|${NUMBERED_ROAD})`;
/** A house number, street words and a suffix, a comma and a town, ending where a ZIP would follow (round 44). */
// Round 99: or a PO box for the street ("PO Box 1187, <town>, 82520"), and a comma after the town as well as a blank
// ("4418 <street> Rd, <town>, 12545 to dialysis"). A unit after the street is address-tail's (its town and code one span).
const STREET_TOWN_BEFORE = new RegExp(String.raw`(?:^|[^\w\-])(?:\d{1,6}[ \t]{1,2}(?:[NSEW]\.?[ \t]{1,2})?(?:\p{Lu}[\p{L}'’\-]{1,25}[ \t]{1,2}){1,3}(?:${CROSSING_SUFFIX})\.?|(?:P\.?[ \t]?O\.?|Post[ \t]Office)[ \t]{1,2}Box[ \t]{1,2}\d{1,6}),[ \t]{1,2}\p{Lu}[\p{L}'’\-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,25})?,?[ \t]{1,2}$`, 'u');
const isBlankAt = (text: string, i: number): boolean => i >= 0 && isBlank(charAt(text, i));

/** Where the one or two blanks that end right before `at` start, or -1 without such blanks. */
function blanksBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && at - k < 2 && isBlank(text.charCodeAt(k - 1))) k--;
  return k === at ? -1 : k;
}

/**
 * ", OH " right before the ZIP at `at`: a comma, one or two blanks, a state code and one or two blanks, as
 * city-state-zip's regex has them before its look-ahead (every state code is two capitals).
 */
function stateCodeBefore(text: string, at: number): boolean {
  const codeEnd = blanksBefore(text, at);
  if (codeEnd < 2 || !lexicon.STATE_CODES.has(text.slice(codeEnd - 2, codeEnd))) return false;
  const comma = blanksBefore(text, codeEnd - 2);
  return comma > 0 && text.charCodeAt(comma - 1) === 44;
}
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
/** Round 118: the segment before a postcode ends in a house number or a unit ("45, ", "77/8, ", "m. 15, ", "2. tv, "), or its line does. */
const HOUSE_NUMBER_SEGMENT_END = /\d[\p{L}]{0,3}\.?(?:[ \t]\p{L}{1,3}\.?)?(?:,[ \t]{0,2}|[ \t]{0,4}\r?\n[ \t]{0,8})(?:[A-Z]{1,2}-)?$/u;
/** A month's name and a day right before the comma: the number after it is a year. */
const MONTH_DAY_BEFORE = new RegExp(`(?:${MONTH_WORDS.join('|')})\\.?[ \\t]{1,2}\\d{1,2}(?:st|nd|rd|th)?,[ \\t]{0,2}$`, 'i');
/** The town's first word after the postcode. */
const TOWN_AFTER_CODE = /^[\d \t\-]+(\p{Lu}[\p{L}\p{M}'’\-]{1,30})/u;
/** The cheap test of 'postcode-town-abroad': a code's shape ("12-345", "123 45", "1234", "12345"), a blank and a capital. */
function postcodeBeforeTown(text: string, start: number, length: number): boolean {
  let k = start + length;
  if (length === 2) {
    if (text.charCodeAt(k) !== 45 || !/^\d{3}$/.test(text.slice(k + 1, k + 4))) return false;
    k += 4;
  } else if (length === 3) {
    if (text.charCodeAt(k) !== 32 || !/^\d{2}$/.test(text.slice(k + 1, k + 3))) return false;
    k += 3;
  } else if (length < 4) return false;
  const gap = text.charCodeAt(k);
  if (gap !== 32 && gap !== 9) return false;
  const c = text.charCodeAt(k + 1) === 32 ? text.charCodeAt(k + 2) : text.charCodeAt(k + 1);
  return isCapital(c) || c > 127;
}
/** Australia's states and territories as addresses write them before the postcode. */
const AU_STATES: ReadonlySet<string> = new Set(['VIC', 'NSW', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT']);
/** A form's answer that names no employer: "Retired", "Self-employed", "N/A", "Unemployed", "Disabled". */
/** Round 80: after "Human Resources," a name of two words or more, not a desk of the office ("Benefits", "Attn") nor a day. */
const HR_BEFORE = /resources,[ \t]{1,2}$/i;
const HR_DESK = /^(?:attn|attention|benefits|payroll|leave|employee|department|dept|office|room|suite|building|bldg|floor|mail|main|central|corporate|director|manager|generalist|team|records|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const NO_EMPLOYER = /^(?:none|n\/a|na|patient|pt|retired|unemployed|not[ \t]employed|self|self-employed|disabled|disability|student|homemaker|unknown|declined|pending|same|see[ \t]|other)\b/i;
// A postcode and town after a European street: "Mellemvej 32, 9100 Aalborg", "ul. Jesionowa 127, 80-180 Gdańsk".
// German towns named by their river or region keep it: "79111 Freiburg im Breisgau", "60311 Frankfurt am Main".
const POSTCODE_TOWN_TAIL = String.raw`(?:,?[ \t](?:\d{2}-\d{3}|\d{4,5})[ \t]\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t](?:im|am|an[ \t]der|ob[ \t]der|in[ \t]der)[ \t]\p{Lu}[\p{L}'’\-]{1,30})?)?`;
// Quebec writes its street words in lower case after the number and a comma too: "10, boulevard Sainte-Anne Ouest",
// "1204, rang Saint-Joseph", "55, montée du Moulin" (without the comma, "5 boulevard maps" is English).
// Round 118: French lower-case kinds that English never writes after a number before a capital ("9 allée des Peupliers",
// "61 bd Carnot", "4 impasse Lamartine", "18 quai Rambaud").
const NUMBER_FIRST_STREET_WORDS = ['rue', 'via', 'calle', 'avenida', 'rua', 'piazza', 'plaza', 'chemin', 'allée', 'carrer', 'boulevard', 'avenue', 'rang', 'montée', 'impasse', 'quai', 'bd'];
const INTL_STREET_WORDS = ['via', 'viale', 'rue', 'calle', 'carrer', 'avenida', 'rua', 'piazza', 'plaza', 'praça', 'chemin', 'allée', 'avenue', 'boulevard', 'ul', 'avda', 'paseo', 'strada', 'piazzetta', 'rúa', 'travessa', 'largo', 'corso', 'vicolo', 'alameda', 'rambla', 'ronda', 'carretera', 'av'];
/** Round 49: a Korean road's or district's suffix at a hyphen ("-ro", "-gil", "-daero", "-gu"), the word ending there. */
const KOREAN_ROAD_SUFFIX = /^-(?:ro|gil|daero|gu)(?![\p{L}\d])/u;
const INTL_STREET_WORD_SET: ReadonlySet<string> = new Set(INTL_STREET_WORDS);

// A word and the gap before a postal code: "Wheaton 60187", and for Indian PIN codes also "Chennai - 600040".
const TOWN_BEFORE = /(\p{L}[\p{L}'’\-]{1,30})[ \t]{1,2}$/u;
const TOWN_DASH_BEFORE = /(\p{L}[\p{L}'’\-]{1,30})[ \t]{1,2}(?:[-–][ \t])?$/u;

/** The word that `before` finds right before `start`, when it is a listed town (as written); else undefined. */
function listedTownBefore(doc: DocumentView, start: number, before: RegExp): string | undefined {
  const town = before.exec(doc.text.slice(Math.max(0, start - 36), start))?.[1];
  if (town === undefined) return undefined;
  const lower = town.toLowerCase();
  // "Kāneʻohe 96744", "Bayamón 00956": the gazetteer writes its towns without accents or ʻokina.
  return doc.dict.anyTowns.has(lower) || doc.dict.anyTowns.has(fold(lower)) ? town : undefined;
}

// Street suffixes as written in addresses: "Street", "St.", "STREET" (a lower-case "way" is a word).
// Upper-case forms only for whole words: "DR", "ST" and "PT" in a caps note are doctor, saint, patient.
const SUFFIX = [...lexicon.STREET_SUFFIXES, ...lexicon.NUMBERED_STREET_SUFFIXES]
  .flatMap((s) => [s.charAt(0).toUpperCase() + s.slice(1), ...(s.length >= 4 && !s.includes('.') ? [s.toUpperCase()] : [])])
  .map((s) => s.replace('.', '\\.'))
  .sort((a, b) => b.length - a.length)
  .join('|');
/** The end of a street before an address line's comma: a suffix, or a unit's or house's number. */
/** Round 46: a capitalised preposition or verb of directions before "Hwy" ("From Hwy 209", "Take Highway K"). */
const ROUTE_DIRECTION_FIRST = /^(?:From|Onto|Off|On|Take|Turn|Via|Past|Near|Along|Follow|Exit|Cross)[ \t](?:Hwy|Highway)\.?$/;
/** A route's number or letters right after "Hwy": " 209", "-12", " PF". */
const NUMBERED_AFTER = /^[ \t\-](?:\d|[A-Z]{1,2}(?![\p{L}\d]))/u;
const STREET_END_BEFORE_COMMA = new RegExp(`(?:\\b\\d{1,5}[A-Za-z]?|\\b(?:${SUFFIX}|Cres|Tce|Pde|Cl|Hwy)\\.?)[ \\t]*,[ \\t]{1,2}$`, 'u');

// Words that never stand in a street name but do stand between a count and "DR"/"ST" in caps prose
// ("FOLLOW UP IN 2 WEEKS WITH DR.").
/** The services' words and abbreviations of an EHR's department names ("MED", "SPECIALISTS", "IM", "HEM", "ONC"; round 38). */
const DEPT_SERVICE_WORDS = new Set(['MED', 'MEDICAL', 'MEDICINE', 'CTR', 'CNTR', 'CENTER', 'CLINIC', 'CLINICS', 'CLIN', 'SPECIALISTS', 'SPECIALTY', 'SPEC', 'SPECS', 'ASSOC', 'ASSOCIATES', 'PRIMARY', 'CARE', 'PC', 'PCP', 'FAMILY', 'FAM', 'FM', 'IM', 'INT', 'INTERNAL', 'HEM', 'HEME', 'ONC', 'HEMONC', 'CARD', 'CARDS', 'CARDIO', 'PEDS', 'PED', 'GI', 'ENT', 'OB', 'GYN', 'OBGYN', 'OBG', 'URO', 'NEURO', 'ORTHO', 'PSYCH', 'BH', 'DERM', 'ENDO', 'ENDOCRINE', 'PULM', 'PULMONARY', 'RHEUM', 'NEPH', 'ID', 'SURG', 'SURGERY', 'SURGICAL', 'GEN', 'GENERAL', 'LAB', 'LABS', 'RAD', 'IMAGING', 'INFUSION', 'ED', 'ER', 'EMERGENCY', 'ICU', 'UC', 'URGENT', 'REHAB', 'PT', 'OT', 'SLEEP', 'PAIN', 'WOUND', 'DIALYSIS', 'HOSP', 'HOSPITAL', 'HOSPITALIST', 'INPATIENT', 'OUTPATIENT', 'OP', 'IP', 'AMB', 'AMBULATORY', 'TELEHEALTH', 'VIRTUAL', 'ONLY', 'SVCS', 'SERVICES', 'HEALTH', 'HLTH', 'WOMENS', 'CHILDRENS', 'PEDIATRIC', 'GERI', 'PALL', 'PALLIATIVE', 'HOSPICE', 'TRANSPLANT', 'VASC', 'VASCULAR', 'SPINE', 'SPORTS', 'ALLERGY', 'OPHTH', 'EYE', 'DENTAL', 'NUTRITION', 'MRI', 'CT', 'US', 'XR', 'WEST', 'EAST', 'NORTH', 'SOUTH', 'CENTRAL', 'AND', '&', 'OF', 'THE', 'INST', 'INSTITUTE', 'PROGRAM', 'UNIT', 'TEAM', 'NURSING', 'HOME', 'BEHAVIORAL', 'MENTAL', 'CANCER', 'HEART', 'KIDNEY', 'LIVER', 'LUNG', 'BREAST', 'DIABETES', 'WOMEN', 'CHILD', 'ADULT', 'MATERNAL', 'FETAL', 'BIRTH', 'LABOR', 'DELIVERY', 'L&D', 'NICU', 'PICU', 'MICU', 'SICU', 'CCU', 'PACU', 'OR', 'PREOP', 'POSTOP', 'CATH', 'EP', 'ECHO', 'EKG', 'PFT', 'DME', 'PHARMACY', 'RX', 'SOCIAL', 'WORK', 'CASE', 'MGMT', 'MANAGEMENT', 'CODING', 'BILLING', 'HIM', 'RECORDS', 'ADMIN', 'MAIN', 'OFFICE', 'TRIAGE', 'CALL', 'NURSE', 'LINE', 'WALK-IN', 'WALKIN', 'EXPRESS', 'QUICK', 'SAME', 'DAY', 'OCC', 'OCCUPATIONAL', 'TRAVEL', 'TRAUMA', 'BURN', 'STROKE', 'EPILEPSY', 'MEMORY', 'GERIATRIC', 'GERIATRICS', 'ADOLESCENT', 'YOUTH', 'SENIOR', 'VETERANS']);
/** Round 104: words before "neighborhood" that tell its people or its age, no name: "the Hispanic neighborhood". */
const NOT_NEIGHBOURHOOD_WORDS = new Set(['old', 'new', 'same', 'whole', 'entire', 'local', 'hispanic', 'latino', 'latina', 'black', 'white', 'jewish', 'catholic', 'amish', 'muslim', 'immigrant', 'bad', 'good', 'safe', 'rough', 'quiet', 'poor', 'rich']);
const CAPS_STREET_STOP = new Set(['WITH', 'TO', 'BY', 'AT', 'IN', 'ON', 'FOR', 'OF', 'AND', 'OR', 'THE', 'PER', 'FROM', 'SEE', 'SEEN', 'CALL', 'CALLED', 'PT', 'PATIENT', 'WEEKS', 'WEEK', 'WKS', 'DAYS', 'DAY', 'MONTHS', 'MOS', 'YEARS', 'YRS', 'HOURS', 'HRS', 'MIN', 'MG', 'MCG', 'ML', 'TABS', 'TAB', 'TIMES', 'X', 'AM', 'PM', 'IS', 'WAS', 'HAS', 'HAD', 'NEEDS', 'TOLD', 'ASKED', 'REFERRED', 'NOTIFIED', 'DISCUSSED', 'AGO', 'VISITS', 'VISIT', 'DOSES', 'DOSE']);

// A word ending with a period inside a street line that is no abbreviation a street holds ("Jr.", "St.", "W.",
// "Apt."): the sentence ended ("Took 2 Tabs. Then Main St").
// The street's own suffix may end with its period before a unit: "87151 2nd Cir. Bldg 29A", "162 Quail Hollow Trl. Rm 81".
/** A personal title as a street's first word: "2019 Ms Hill" is a year and a name. */
const TITLE_AFTER_NUMBER = /^\d+[A-Za-z]?[ \t]{1,2}(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]/;
/** Round 37: a room of the hospital and its number before "Dr.": a schedule's row ("3/10 OR 2 Dr. Lark", "Bay 4 Dr. Osei"), no Drive. */
const ROOM_BEFORE_DR = /^\d+[A-Za-z]?[ \t]{1,2}(?:OR|ED|ER|ICU|PACU|CCU|MICU|SICU|NICU|PICU|CVICU|Bay|BAY|Bed|BED|Rm|RM|Room|ROOM)[ \t]{1,2}\d{1,3}[A-Za-z]?[ \t]{1,2}(?:Dr|DR)\b/;
/** The day and month of a date right before a house number: the number is the date's year ("2/12/2019"). */
const DATE_BEFORE = /\d{1,2}[\/.\-]\d{1,2}[\/.\-]$/;
/** A year after a word of time, before a place of two words whose second is only a street's after a house number: "since 2019 Silver Creek". */
const YEAR_AFTER_TIME_WORD = /(?<![\p{L}\d])(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Cc]irca|[Bb]y)[ \t]{1,2}$/u;
const YEAR_FIRST = /^(?:19|20)\d\d[ \t]/;
const LAST_WORD = /(\p{L}+)\.?$/u;
function yearBeforePlace(v: string, doc: DocumentView, start: number): boolean {
  return YEAR_FIRST.test(v) && YEAR_AFTER_TIME_WORD.test(doc.text.slice(Math.max(0, start - 8), start)) && endsWithNumberedSuffix(v);
}
/** The street ends with a suffix read only after a house number ("Creek", "Crest"): alone it is a word or a name. */
function endsWithNumberedSuffix(v: string): boolean {
  const last = LAST_WORD.exec(v)?.[1];
  return last !== undefined && lexicon.NUMBERED_STREET_SUFFIXES.has(last.toLowerCase());
}
/** A count of at most two digits first: "2 Hidden Valley Ranch packets", "3 Silver Creek shifts" count things. */
const SMALL_COUNT_FIRST = /^\d{1,2}[ \t]/;
/** A lower-case plural noun next ("packets", "shifts"; not a word ending in "ss"). */
const PLURAL_NOUN_NEXT = /^[ \t]{1,2}\p{Ll}{3,}(?<!s)s(?![\p{L}\d'’\-])/u;
/** A small count, a name and a suffix that alone is a word, then a plural noun: things counted, no house. */
function countedThings(v: string, doc: DocumentView, start: number): boolean {
  return SMALL_COUNT_FIRST.test(v) && PLURAL_NOUN_NEXT.test(doc.text.slice(start + v.length, start + v.length + 24)) && endsWithNumberedSuffix(v);
}
const SENTENCE_END_IN_STREET = new RegExp(`(?<![\\p{L}\\d'’\\-])(?!(?:Jr|Sr|St|Mt|Ft|[NSEW]|NE|NW|SE|SW|[Aa]pt|APT|[Ss]te|STE|[Bb]ldg|[Ff]l|[Rr]m|[Uu]nit|UNIT|[Ll]ot|[Ss]pc|${SUFFIX})\\.)[\\p{L}\\d'’\\-]+\\.[ \\t]`, 'u');

const CAPS_SUFFIX_WORDS = ['st', 'dr', 'ave', 'av', 'rd', 'blvd', 'ln', 'ct', 'pl', 'way', 'hwy', 'pkwy', 'cir', 'ter', 'terr', 'trl', 'sq', 'pike', 'loop', 'cv', 'xing', 'pt'];

const UNIT_WORDS: ReadonlySet<string> = new Set(['lot', 'space', 'spc', 'apt', 'unit', 'suite', 'ste']);
/** The suffixes of ordinals, tokens of their own after the digits ("5th"). */
const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];

/**
 * A unit's word, an optional dot, one or two blanks and an optional "#" right before the digit run at `start` (any
 * case: a superset of town-after-unit's look-behind). Read by char code: it runs at every digit run.
 */
function unitWordBefore(text: string, start: number): boolean {
  let p = start - 1;
  if (text.charCodeAt(p) === 35) p--; // #
  let blanks = 0;
  while (blanks < 2 && isBlank(text.charCodeAt(p))) {
    p--;
    blanks++;
  }
  if (blanks === 0) return false;
  if (text.charCodeAt(p) === 46) p--; // .
  let from = p;
  while (from > p - 5 && from >= 0 && isAsciiLetter(text.charCodeAt(from))) from--;
  return p - from >= 3 && UNIT_WORDS.has(text.slice(from + 1, p + 1).toLowerCase());
}

/** The digit run at `start` is an ordinal's: "st", "nd", "rd" or "th" follows it. */
function ordinalAfter(text: string, start: number, length: number): boolean {
  const a = text.charCodeAt(start + length);
  const b = text.charCodeAt(start + length + 1);
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** Months and weekdays, which "on" takes before "and" too ("on Monday and 3rd shift"). */
const CALENDAR_NAMES = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;
/** What an ordinal counts when it is no street: "3rd year resident", "2nd and 3rd trimester", "5th floor". */
const ORDINAL_NOUN_AFTER = /^[ \t]{1,2}(?:years?|yrs?|grade|shift|trimesters?|degree|place|floor|time|round|line|dose|cycle|week|day|month|visit|party|person|generation|cousin|child|pregnancy|attempt|toe|finger|digit|rib|metatarsal|percentile)\b/i;

/** A highway's name and number, with its direction of travel: "I-80 EB", "US-191", "County Road 12 northbound". */
const HIGHWAY_ROUTE = String.raw`(?:I|US|SR|SH|CR|FM|Hwy|HWY|Highway|Route|Rte|RTE|ROUTE|Interstate|State[ \t]Route|County[ \t]Road)[ \t\-]?\d{1,4}[A-Z]?(?:[ \t]{1,2}(?:[NSEW]B|[NnSs](?:orth|outh)bound|[EeWw](?:ast|est)bound))?`;
/**
 * A point on a highway: the highway, then a marker's word (`after`) and its number ("I-80 EB mile marker 142 east of
 * Elko"), or the marker's word (`before`) and number, then "on" and the highway ("MM 61 on Route 17").
 */
function highwayPointRegex(after: string, before: string): RegexSource {
  return unparsedRegex(
    String.raw`(?<![\p{L}\d])(?:${HIGHWAY_ROUTE},?[ \t]{1,2}(?:(?:at|near)[ \t]{1,2})?(?:${after})[ \t]{0,2}#?\d{1,3}(?:\.\d{1,2})?(?![\d.]\d)(?:[ \t]{1,2}(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)[ \t]{1,2}of[ \t]{1,2}\p{Lu}[\p{L}'’\-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,25})?)?|(?:${before})[ \t]{0,2}#?\d{1,3}(?:\.\d{1,2})?[ \t]{1,2}(?:on|of|ON|OF)[ \t]{1,2}${HIGHWAY_ROUTE})(?![\p{L}\d])`,
    'gu',
  );
}

/** A landmark's name that ends in a road's number ("Piggly Wiggly on 301"). */
const ROAD_NUMBER_END = /[ \t]on[ \t]\S{0,8}[ \t\-]?\d{1,4}[A-Z]?$/;
/** What directions describe a home by: the house or trailer, its drive, mailbox or porch. */
const HOME_WORDS_ON_LINE = /\b(?:house|farmhouse|trailer|single-wide|double-wide|cape|ranch|cabin|bungalow|driveway|mailbox|porch)\b/i;
/**
 * Round 63: a landmark without a road number names a home's place only on a line that describes the home, with a
 * capitalised word of the landmark in no list of common words (or the capitalised words a listed town), none a month,
 * holiday, faith, weekday, state or country, and none in capitals alone ("past the ED", "the house past the Christmas
 * rush", "2nd mailbox past the Baptist church").
 */
/** A faith names no one landmark ("the Baptist church", "the Catholic school"). */
const FAITH_WORDS: ReadonlySet<string> = new Set([...DENOMINATIONS, 'catholic', 'orthodox', 'amish', 'mormon', 'lds']);
function landmarkByHome(doc: DocumentView, v: string, start: number, end: number): boolean {
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', end);
  const line = doc.text.slice(Math.max(lineStart, start - 120), start) + ' ' + doc.text.slice(end, lineEnd < 0 ? Math.min(doc.text.length, end + 120) : Math.min(lineEnd, end + 120));
  if (!HOME_WORDS_ON_LINE.test(line)) return false;
  const caps = v.split(/[ \t]/).filter((w) => /^\p{Lu}/u.test(w));
  if (caps.some((w) => w === w.toUpperCase() || lexicon.WEEKDAYS.has(w.toLowerCase()) || MONTH_WORDS.includes(w.toLowerCase()) || HOLIDAY_WORDS.includes(w.toLowerCase()) || FAITH_WORDS.has(w.toLowerCase()) || lexicon.US_STATES.has(w.toLowerCase()) || COUNTRY_NAMES.has(w.toLowerCase()))) return false;
  const lower = caps.map((w) => w.toLowerCase());
  return lower.some((w) => !doc.dict.commonWords.has(w)) || (caps.length > 1 && doc.dict.allCities.has(lower.slice(0, 2).join(' ')));
}

/** Words that stand beside an ordinal with "and" as counts, orders and grades, never as a street. */
const NOT_CROSSING_WORDS: ReadonlySet<string> = new Set(['final', 'last', 'only', 'next', 'most', 'least', 'then', 'first', 'second', 'third', 'fourth', 'fifth', 'beyond', 'above', 'below', 'later', 'up', 'onward', 'onwards', 'after', 'before', 'again', 'both', 'each', 'every', 'all', 'the', 'his', 'her', 'their', 'my', 'our', 'was', 'is', 'were', 'had', 'has', 'did', 'not']);
/** After a lower-case crossing: the clause's end or a word that carries on about the place ("on 4th and oak so"). */
const LOWER_CROSSING_END = /^(?:$|[ \t]{0,2}[,.;:!?)\r\n]|[ \t]{1,2}(?:so|and|by|near|now|where|in|to|for|then|off|across|downtown|area|side|corner|st|ave|street|avenue)\b)/;
/**
 * Round 88: a lower-case word crossing an ordinal street ("on 12th and kearney", "corner of poplar and 2nd"): a word of
 * letters that is no count's or order's word, the crossing ending the clause.
 */
function lowerCrossingWord(doc: DocumentView, word: string, end: number): boolean {
  return /^\p{Ll}+$/u.test(word) && !NOT_CROSSING_WORDS.has(word) && LOWER_CROSSING_END.test(doc.text.slice(end, end + 12));
}

/** Round 144: words naming a hospital's procedure area before "Suite" ("Procedure Suite 2", "Endoscopy Suite 3", "Hybrid OR Suite 1"). */
const HOSPITAL_SUITE_BEFORE = /(?<![A-Za-z])(?:Procedure|Procedural|Endoscopy|GI|Cath|Catheterization|EP|Electrophysiology|Interventional|IR|Infusion|Operating|OR|Surgical|Recovery|PACU|Imaging|Hybrid|Bronchoscopy|Dialysis|Labor|Delivery)[ \t]$/;

export const ADDRESS_PATTERNS: readonly PatternSpec[] = [
  {
    // An intersection of a numbered street and a named one, after a preposition of place: "bus stop at 5th and
    // Market", "found on 3rd & Pine". ("corner of A and B" is the cue recognizer's.)
    id: 'intersection-ordinal-first',
    firstRun: [1, 3],
    anchor: 'digit',
    // An ordinal's suffix is a token of its own ("5th": "th"): notes with none are not read.
    needsWords: ORDINAL_SUFFIXES,
    runTest: ordinalAfter,
    type: 'ADDRESS',
    // Round 88: the named street in lower case too, as messages write it ("the bus stop on 4th and oak."), when the
    // crossing ends the clause and the word is no count's ("on 2nd and final attempt", "on 3rd and last dose" stay).
    regex: unparsedRegex(String.raw`(?<=(?<![\p{L}])(?:[Aa]t|[Oo]n|[Nn]ear|[Oo]f)[ \t]{1,2})\d{1,3}(?:st|nd|rd|th)[ \t]{1,2}(?:and|&)[ \t]{1,2}\p{L}[\p{L}'’]{2,20}(?![\p{L}\d])`, 'gu'),
    score: 0.75,
    validate: (v, doc, _start, end) => {
      const word = v.slice(v.search(/(?:and|&)[ \t]{1,2}\p{L}/u)).replace(/^(?:and|&)[ \t]{1,2}/, '');
      return !CALENDAR_NAMES.test(word) && (/^\p{Lu}/u.test(word) || lowerCrossingWord(doc, word, end));
    },
  },
  {
    // The same, the named street first: "bus stop at Elm & 3rd", "lives near Pine and 14th".
    id: 'intersection-ordinal-last',
    anchor: { digitsAfter: /[\p{L}'’ \t&]/u, maxBack: 30 },
    firstRun: [1, 3],
    needsWords: ORDINAL_SUFFIXES,
    // Most digit runs are no ordinal: the thirty tries before each are spared.
    runTest: ordinalAfter,
    type: 'ADDRESS',
    // Round 88: the named street in lower case too ("corner of poplar and 2nd."), ending the clause, as above.
    regex: unparsedRegex(String.raw`(?<=(?<![\p{L}])(?:[Aa]t|[Oo]n|[Nn]ear|[Oo]f)[ \t]{1,2})\p{L}[\p{L}'’]{2,20}[ \t]{1,2}(?:and|&)[ \t]{1,2}\d{1,3}(?:st|nd|rd|th)(?![\p{L}\d])`, 'gu'),
    score: 0.75,
    validate: (v, doc, _start, end) => {
      const word = v.slice(0, v.search(/[ \t]/));
      return !CALENDAR_NAMES.test(word) && !ORDINAL_NOUN_AFTER.test(doc.text.slice(end, end + 14)) && (/^\p{Lu}/u.test(word) || lowerCrossingWord(doc, word, end));
    },
  },
  {
    // The town that ends an address line after its street, as UK, Irish and Commonwealth letters write it:
    // "CHI 1408494472, 17 Kinghorn Road, Burntisland". The street is the street patterns'; this is the town.
    // Round 145: US street words' abbreviations too, as a US examiner's or a scene's line writes it ("residence, 77
    // Brookmoor Ct, Kettering").
    id: 'town-after-street',
    firstRun: [1, 5],
    anchor: 'digit',
    type: 'LOCATION',
    // Round 122: a unit's number and a slash may open it, as Australian and New Zealand lines write it ("9/15 <name> Street").
    regex: unparsedRegex(String.raw`(?<![\w\-\/.])(?:\d{1,4}\/)?\d{1,5}[A-Za-z]?[ \t](?:\p{Lu}[\p{L}'’\-]{1,24}[ \t]){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Crescent|Terrace|Place|Gardens|Court|Ct|Row|Brae|Wynd|Way|Grove|View|Walk|Square|Boulevard|Blvd|Pike|Circle|Cir|Parkway|Pkwy|Trail)\.?,[ \t]{1,2}(\p{Lu}[\p{L}'’\-]{2,30}(?:[ \t]\p{Lu}[\p{L}'’\-]{2,30})?(?:,[ \t]{1,2}\p{Lu}[\p{L}'’\-]{2,30}(?:[ \t]\p{Lu}[\p{L}'’\-]{2,30})?)?(?:,?[ \t]{1,2}\d{4,6})?)(?=[ \t]*(?:\r?\n|$)|[.;](?:[ \t]|$)|\))`, 'gu'),
    group: 1,
    score: 0.72,
    // The suburb, the town and a postal code of four to six digits may follow, as New Zealand, Australian, South
    // African and Indian lines end: "14 Tawa Street, Frankton, Hamilton 3204", "45 Queen Street, Auckland CBD 1010".
    // The tests below read the first place.
    // A state or a country there is no identifier ("12 Main St, Ohio").
    // A common word there must be a listed town ("Reading", "Normal"); so must one ending a sentence in prose
    // ("bitten in yard at 1108 Oak Hollow Ln, Sartell. Dog owner: ...").
    validate: (v, doc, _start, end) => {
      const w = (/^[^,\d]*[^,\d \t]/.exec(v)?.[0] ?? v).toLowerCase();
      if (lexicon.US_STATES.has(w) || COUNTRY_NAMES.has(w)) return false;
      // A state, a province or a country after the town is the city rules' to read ("Dover, Delaware 19948").
      const second = /,[ \t]{1,2}([^,\d]*[^,\d \t])/.exec(v)?.[1]?.toLowerCase();
      if (second !== undefined && (lexicon.US_STATES.has(second) || COUNTRY_NAMES.has(second) || lexicon.WORLD_REGIONS.has(second))) return false;
      const c = doc.text.charCodeAt(end);
      // Round 150: an address in brackets closes on its town ("Arrival: EMS from home (88 Quarry Rd, Riverbend)"): the
      // bracket must open before the street's number on the same line.
      if (c === 41) {
        const open = doc.text.lastIndexOf('(', _start);
        if (open < 0 || _start - open > 60 || /[)\n]/.test(doc.text.slice(open + 1, _start))) return false;
        return !doc.dict.commonWords.has(w) || doc.dict.anyTowns.has(w);
      }
      // A year closing a sentence is no postal code ("14 Main Street, Springfield 2019.").
      if ((c === 46 || c === 59) && /[ \t](?:19|20)\d\d$/.test(v)) return false;
      if (c === 46 || c === 59) return doc.dict.anyTowns.has(w) && !doc.dict.firstNames.has(w);
      return !doc.dict.commonWords.has(w) || doc.dict.anyTowns.has(w);
    },
  },
  {
    // The town after a unit that closes an address in prose: "the Pinecrest mobile home park, lot 14, Hinesburg.",
    // "Riverside Towers, Apt 3B, Kingsport". The unit is the unit patterns'; this is the town.
    id: 'town-after-unit',
    firstRun: [1, 5],
    anchor: 'digit',
    // Notes with no unit word are not read at all.
    needsWords: [...UNIT_WORDS],
    // Most digit runs follow no unit word: tested on the few characters before the run.
    runTest: unitWordBefore,
    type: 'LOCATION',
    regex: unparsedRegex(String.raw`(?<=(?<![\p{L}\d])(?:[Ll]ot|LOT|[Ss]pace|SPACE|[Ss]pc|[Aa]pt|APT|[Uu]nit|UNIT|[Ss]uite|SUITE|[Ss]te|STE)\.?[ \t]{1,2}#?)\d{1,5}[A-Za-z]?,[ \t]{1,2}(\p{Lu}[\p{L}'’\-]{2,30}(?:[ \t]\p{Lu}[\p{L}'’\-]{2,30})?)(?=[ \t]*(?:[.;]|\r?\n|$|,[ \t]{1,2}[A-Z]{2}\b))`, 'gu'),
    group: 1,
    score: 0.7,
    // As after a street; a given name there is a person only if no town list holds it ("Apt 4, Maria.").
    validate: (v, doc) => {
      const w = v.toLowerCase();
      if (lexicon.US_STATES.has(w)) return false;
      if (doc.dict.allCities.has(w)) return true;
      return !COUNTRY_NAMES.has(w) && !doc.dict.commonWords.has(w) && !doc.dict.firstNames.has(w);
    },
  },
  {
    // Quebec's town after its street, the street word in lower case: "au 118, rue du Quai, Cap-Chat, pour ...",
    // "10, boulevard Sainte-Anne Ouest, Sainte-Anne-des-Monts (Québec)".
    id: 'town-after-street-quebec',
    firstRun: [1, 5],
    anchor: 'digit',
    type: 'LOCATION',
    needsWords: ['rue', 'boulevard', 'chemin', 'rang', 'montée', 'avenue'],
    regex: unparsedRegex(String.raw`(?<![\w\-\/.])\d{1,5},?[ \t](?:rue|boulevard|boul\.|chemin|rang|montée|avenue)(?:[ \t][\p{L}'’\-]{1,30}){1,4},[ \t]{1,2}(\p{Lu}[\p{L}'’\-]{2,40})(?=[ \t]*(?:[,(]|\r?\n|$))`, 'gu'),
    group: 1,
    score: 0.72,
    validate: (v, doc) => !lexicon.US_STATES.has(v.toLowerCase()) && !COUNTRY_NAMES.has(v.toLowerCase()) && (!doc.dict.commonWords.has(v.toLowerCase()) || doc.dict.allCities.has(v.toLowerCase())),
  },
  {
    // ALL-CAPS street lines with a short suffix: "8220 LA JOLLA SHORES DR, LA JOLLA CA", "14 N ELM ST APT 2".
    // "DR" and "ST" are doctor and saint in caps prose, so the line must end, or a comma or unit follow.
    // Round 83: or a form's column gap (two blanks or more) before the town, its state code and a ZIP, as a label,
    // a face sheet or a transfer form prints one line ("46 ELM ST   BRATTLEBORO, VT 05301"); "TERR" for terrace.
    id: 'street-address-caps',
    firstRun: [1, 6],
    anchor: 'digit',
    type: 'ADDRESS',
    // Cheap gates: one of the suffixes as a word of its own, written in capitals.
    needsWords: CAPS_SUFFIX_WORDS,
    trigger: (doc) => {
      for (const w of CAPS_SUFFIX_WORDS) {
        const list = doc.wordIndex.get(w);
        if (list) for (const i of list) if (doc.tokens[i]?.upper === true) return true;
      }
      return false;
    },
    regex:
      /(?<![\w\-.\/])\d{1,6}[A-Z]?[ \t]{1,2}(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]{1,2})?(?:[A-Z0-9][A-Z0-9'’\-]{0,30}[ \t]{1,2}){1,4}(?:ST|DR|AVE|AV|RD|BLVD|LN|CT|PL|WAY|HWY|PKWY|CIR|TERR?|TRL|SQ|PIKE|LOOP|CV|XING|PT)\.?(?:[ \t]{1,2}(?:APT|STE|SUITE|UNIT|#)\.?[ \t]{0,2}#?[A-Z0-9\-]{1,8})?(?=[ \t]{0,2}(?:[,;]|\r?\n|$)|[ \t]{1,2}(?:AT|@)[ \t]{1,2}(?:[NS][EW]C|CORNER)\b|[ \t]{2,}(?:PHONE|Phone|PH|Ph|TEL|Tel|FAX|Fax)\b|[ \t]{2,}[A-Z]{2,}[ \t,]{1,2}(?:[A-Z]{2,}[ \t,]{1,2})?[A-Z]{2}[ \t]{1,2}\d{5}\b)/g,
    score: 0.85,
    validate: (v) => {
      const words = v.split(/[ \t]+/);
      let letters = false;
      for (let k = 1; k < words.length - 1; k++) {
        const w = words[k] as string;
        if (CAPS_STREET_STOP.has(w.replace(/\.$/, ''))) return false;
        if (/[A-Z]{2}/.test(w)) letters = true;
      }
      return letters;
    },
  },
  {
    // Round 38: a pharmacy's or a store's corner in an EHR's pharmacy field, after its street: "14805 MANCHESTER RD AT
    // NEC OF MANCHESTER & HOLLOWAY", "AT SWC OF DAMEN & WABANSIA" (the north-east corner of two streets). Capitals
    // only, the corner's code first; a street's crossing is the neighbourhood an address names.
    id: 'street-corner-caps',
    type: 'ADDRESS',
    needsWords: ['nec', 'nwc', 'sec', 'swc', 'corner'],
    trigger: /\bAT[ \t]{1,2}(?:[NS][EW]C|CORNER)[ \t]{1,2}OF[ \t]/,
    regex: unparsedRegex(String.raw`\bAT[ \t]{1,2}(?:[NS][EW]C|CORNER)[ \t]{1,2}OF[ \t]{1,2}([A-Z0-9][A-Z0-9'’.\-]{0,30}(?:[ \t][A-Z0-9][A-Z0-9'’.\-]{0,30}){0,2}[ \t]{1,2}(?:&|AND)[ \t]{1,2}[A-Z0-9][A-Z0-9'’.\-]{0,30}(?:[ \t][A-Z0-9][A-Z0-9'’.\-]{0,30}){0,2})(?![\p{L}\d])(?![ \t]\p{Ll})`, 'gu'),
    group: 1,
    score: 0.8,
  },
  {
    // 123 Maple Street, 4417 N. Oak Ave Apt 3B, 12 Elm St., Springfield, 1421 Bloor St W (a direction after the suffix).
    // Only the first word of the street's name may be a bare number ("100 Oaks Pkwy"); a later one is the next
    // house number ("October 11, 2021 Rusty Lindqvist 793 Pine Parkway"), while "5 W 42nd St" keeps its ordinal
    // and a number may stand right before the suffix ("077 Příční 1429 St.").
    // Australia and New Zealand write a flat's number before the house's with a slash ("4/18 Glenferrie Rd": unit 4
    // of number 18); the unit belongs to the address.
    // A later word may be "Jr." ("1819 Martin Luther King Jr. Way") or a Spanish or Italian particle ("Paseo del Sol Circle").
    // Round 92: a direction spelled out after the suffix, before a comma ("5524 Xerxes Avenue South, Edina").
    // The later words' group captures only so that V8 compiles {0,3} as a counted loop: a repetition without a
    // capture it unrolls into three copies, each before the suffix list, which took ~20 ms of the first note's time.
    id: 'street-address',
    firstRun: [1, 6],
    anchor: 'digit',
    type: 'ADDRESS',
    regex: unparsedRegex(
      `(?<![\\w\\-\\/])(?:\\d{1,3}[A-Za-z]?\\/)?\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?[ \\t]{1,2}(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\\.?[ \\t]{1,2})?[A-Z0-9][\\p{L}\\d'’\\-]{0,30}\\.?[ \\t]{1,2}((?:[A-Z][\\p{L}\\d'’\\-]{0,30}\\.?|\\d{1,4}(?:st|nd|rd|th|ST|ND|RD|TH)|d[aeio]l?|la|las|los|el)[ \\t]{1,2}){0,3}(?:\\d{1,5}[ \\t]{1,2})?(?:${SUFFIX})\\b\\.?(?:[ \\t](?:(?:[NSEW]|NE|NW|SE|SW)(?![\\p{L}\\d])|(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|NORTH|SOUTH|EAST|WEST)(?=,)))?(?:,?[ \\t]{0,2}(?:[Aa]pt|APT|[Aa]partment|[Ss]uite|STE|[Ss]te|[Uu]nit|UNIT|[Rr]m|[Rr]oom|[Bb]ldg|[Bb]uilding|[Ff]loor|[Ff]l|[Ll]ot|LOT|[Ss]pace|[Ss]pc|[Tt]rlr|#)\\.?[ \\t]{0,2}#?[A-Za-z0-9\\-]{1,8})?`,
      'gu',
    ),
    score: 0.85,
    // A word of the name may end with a period only as "Jr." or "St." ("Martin Luther King Jr. Blvd").
    // Nor a date's year and a titled name ("On 2/12/2019 Ms Hill underwent": "Hill" is a street suffix after a number),
    // nor a year after a word of time ("since 2019 Silver Creek clinic"), nor things counted ("2 Willow Creek packets").
    validate: (v, doc, start) => /[A-Za-z]{2}/.test(v.replace(/^\d+/, '')) && !SENTENCE_END_IN_STREET.test(v) && !TITLE_AFTER_NUMBER.test(v) && !ROOM_BEFORE_DR.test(v) && !DATE_BEFORE.test(doc.text.slice(Math.max(0, start - 6), start)) && !yearBeforePlace(v, doc, start) && !countedThings(v, doc, start),
  },
  {
    // A house number read aloud before a named street: "Two forty one Oak Hollow Drive", "Patient: Fifty five Wren
    // Court", "New address is eighty eight twelve Beechnut Street". One to four number words after a line's start, a
    // colon, a stop, "is", "at", "on" or "to" (not a count: "saw two Main Street residents" has none of them).
    id: 'street-spoken-number',
    type: 'ADDRESS',
    anchor: { words: HOUSE_NUMBER_WORDS },
    regex: unparsedRegex(`\\b${SPOKEN_HOUSE_WORD}(?:[ \\t\\-]${SPOKEN_HOUSE_WORD}){0,3}(?=[ \\t](?:[NSEW]\\.?[ \\t])?[A-Z][\\p{L}'’\\-]{1,30}(?:[ \\t][A-Z][\\p{L}'’\\-]{1,30}){0,2}[ \\t](?:${SPOKEN_STREET_SUFFIX})\\b)`, 'gu'),
    score: 0.75,
    validate: (_v, doc, start) => SPOKEN_HOUSE_CUE.test(doc.text.slice(Math.max(0, start - 24), start)),
  },
  {
    // The unit read aloud after a street: "Beechnut Street, apartment fourteen", "Elm Road apt two B".
    id: 'street-spoken-unit',
    type: 'ADDRESS',
    anchor: { words: ['apartment', 'apt', 'unit', 'suite'] },
    regex: unparsedRegex(`(?<=(?:${SPOKEN_STREET_SUFFIX}),?[ \\t]{1,2})(?:[Aa]partment|[Aa]pt|[Uu]nit|[Ss]uite)(?:,?[ \\t]{1,2}(?:uh|um),)?[ \\t]{1,2}${SPOKEN_HOUSE_WORD}(?:[ \\t\\-](?:${SPOKEN_HOUSE_WORD}|[A-Z](?![\\p{L}])))?`, 'gu'),
    score: 0.75,
  },
  {
    // Elm Street, Oak Ave (no number): needs the full suffix word to avoid "St. Mary"
    id: 'street-name',
    type: 'ADDRESS',
    // Cheap gate: the suffix word after a blank and before no letter, as every match has it.
    needsWords: ['street', 'avenue', 'boulevard', 'lane', 'road', 'drive', 'court', 'terrace', 'parkway', 'highway', 'place', 'circle', 'st', 'ave', 'blvd', 'rd', 'pkwy', 'hwy', 'ln'],
    // Round 155: or after a line's break, as a wrapped transcription cuts "on Ridgeview\nDrive" (see validate).
    trigger: /[ \t\n](?:Street|Avenue|Boulevard|Lane|Road|Drive|Court|Terrace|Parkway|Highway|Place|Circle|St|Ave|Blvd|Rd|Pkwy|Hwy|Ln)(?!\p{L})/u,
    // A direction may lead ("N. Bremen St", "S Main St"); "St" before a lower-case word is a street, since a
    // saint is followed by a name ("St. Luke's"). Round 45: so is "St" ending a question ("the pharmacy on Anaheim St?").
    regex: unparsedRegex(String.raw`\b(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t])?[A-Z][\p{L}'’\-]{1,30}(?:[ \t][A-Z][\p{L}'’\-]{1,30})?(?:[ \t]|\r?\n)(?:Street|Avenue|Boulevard|Lane|Road|Drive|Court|Terrace|Parkway|Highway|Place|Circle|St\.?(?=[,.;)?!]|$|\s+(?:in|near|clinic|apartment|apt|and)\b|[ \t]{1,2}[a-z])|Ave\.?|Blvd\.?|Rd\.?|Pkwy\.?|Hwy\.?|Ln\.?)(?![\p{L}])`, 'gu'),
    score: 0.72,
    // "Walgreens on Shaw Ave, Clovis": after "on", "at" or "off", or before a town, it is a street, not a
    // person whose surname the name recognizer also saw.
    // The blank before and the comma after are checked by char code before any slice.
    // "Attends St. Luke's", "Prefers St. Stanislaus": "St" before a full stop and a capital is a saint's, unless a
    // street cue stands before the street ("lives on Elm St. She works nights").
    validate: (v, doc, start, end) => {
      // Round 46: "From Hwy 209 turn left", "Take Highway K": a direction's verb or preposition before a numbered or
      // lettered highway is no street's name (street-route-cue finds the highway).
      if (ROUTE_DIRECTION_FIRST.test(v) && NUMBERED_AFTER.test(doc.text.slice(end, end + 4))) return false;
      // Round 48: an instrument's word after "... Court" names a test, no street ("Georgia Court Competency Test").
      // "Superior Court" alone stays found: a court named further on by its state and county ("Superior Court of New
      // Jersey, ..., Essex County") is read in parts, and this is one of them.
      if (INSTRUMENT_AFTER_STREET.test(doc.text.slice(end, end + 24))) return false;
      // Round 145: a treatment court's kind before "Court" names a docket, no street ("Recovery Court Case Management",
      // "Drug Court", "Veterans Treatment Court"), unless a street's cue stands before it.
      if (TREATMENT_COURT.test(v) && !/^\d/.test(v)) return false;
      const cued = isBlankAt(doc.text, start - 1) && STREET_CUE_BEFORE.test(doc.text.slice(Math.max(0, start - 8), start));
      // Round 155: a street cut by a line's break only after a street's cue ("now on Ridgeview\nDrive and", "Walgreens
      // on Capitol\nDrive says"): a name ending a line over a suffix word opening the next ("Patient: John\nDrive home
      // safely", "Dr. Lane\nCourt date") is no street, nor a saint opening the next line.
      // "Lives on Elm\nSt. Luke's nurse called": a saint opening the next line.
      if (v.includes('\n') && (!cued || (v.endsWith('St') && SAINT_AFTER_ST.test(doc.text.slice(end, end + 4))))) return false;
      if (!cued && v.endsWith('St') && SAINT_AFTER_ST.test(doc.text.slice(end, end + 4))) return false;
      return cued || (doc.text.charCodeAt(end) === 44 && TOWN_AFTER.test(doc.text.slice(end, end + 4))) ? 0.8 : true;
    },
  },
  {
    // "arrested near Grant Rd and Oracle.", "at Elm St & Birchwood,": after "near" or "at", an intersection whose cross
    // street is named without its kind, ending the clause.
    id: 'street-intersection',
    type: 'ADDRESS',
    // Tried only at "near" and "at": a sticky try there fails at the first letter after the blank in most notes, and
    // costs less than a scan of the whole note for the street word.
    anchor: { words: ['near', 'at'] },
    regex: unparsedRegex(String.raw`\b(?:[Nn]ear|[Aa]t)[ \t]{1,2}([A-Z][\p{L}'’\-]{1,30}(?:[ \t][A-Z][\p{L}'’\-]{1,30})?[ \t](?:Street|Avenue|Boulevard|Lane|Road|Drive|St\.?|Ave\.?|Blvd\.?|Rd\.?|Ln\.?)[ \t](?:and|&)[ \t][A-Z][\p{Ll}'’\-]{2,30})(?=[ \t]?[.,;:)]|[ \t]?\r?\n|$)`, 'gu'),
    group: 1,
    score: 0.75,
  },
  {
    // The town of an address line written without the comma before its state: "3340 S Redwood Rd, West Valley City UT
    // 84119", "31 Portman Street, Oakleigh VIC 3166" (an Australian state and four-digit postcode); after the street's comma.
    id: 'city-state-postcode-after-street',
    type: 'LOCATION',
    anchor: { digitsAfter: /[\p{L}'’.\- ,\t]/u, maxBack: 80 },
    firstRun: [4, 5],
    runTest: (text, start, length) => {
      const codeEnd = blanksBefore(text, start);
      // Two capitals right before the blanks (most runs have none): then the code they end.
      if (codeEnd < 3 || !isCapital(text.charCodeAt(codeEnd - 1)) || !isCapital(text.charCodeAt(codeEnd - 2))) return false;
      const code = isCapital(text.charCodeAt(codeEnd - 3)) ? text.slice(codeEnd - 3, codeEnd) : text.slice(codeEnd - 2, codeEnd);
      return length === 5 ? lexicon.STATE_CODES.has(code) : AU_STATES.has(code);
    },
    regex: unparsedRegex(
      `(?<=,[ \\t]{1,2}|^[ \\t]{0,8}|[ \\t][\\-–][ \\t])\\p{Lu}[\\p{L}'’\\-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'’\\-]{1,30}){0,2}(?=[ \\t]{1,2}(?:(?:${[...lexicon.STATE_CODES].join('|')})[ \\t]{1,2}\\d{5}|(?:VIC|NSW|QLD|SA|WA|TAS|NT|ACT)[ \\t]{1,2}\\d{4})\\b)`,
      'gmu',
    ),
    // Only after a street: its house number, unit or suffix ends the text before the comma ("Dx codes: E11, Type NSW 2000" is none).
    // Round 74: or heading its line, or after a dash ("Royal Example Hospital - Carlton VIC 3053", a letterhead's
    // second line "Kew VIC 3101"), before an Australian state; the town's own words then: a listed town, or one word
    // at least no common word.
    validate: (v, doc, start) => {
      const before = doc.text.slice(Math.max(0, start - 24), start);
      if (/,[ \t]{1,2}$/.test(before)) return STREET_END_BEFORE_COMMA.test(before);
      const lower = v.toLowerCase();
      // An Australian state only: "ClinVar Variation ID 17677" heads its line too.
      if (!/^[ \t]{1,2}(?:VIC|NSW|QLD|SA|WA|TAS|NT|ACT)[ \t]/.test(doc.text.slice(start + v.length, start + v.length + 6))) return false;
      return (doc.dict.anyTowns.has(lower) || v.split(/[ \t]/).some((w) => w.length >= 3 && !doc.dict.commonWords.has(w.toLowerCase()))) && !COUNTRY_NAMES.has(lower);
    },
    score: 0.8,
  },
  {
    // "Kettering, OH 45429": any capitalised town before a state code and a ZIP code
    id: 'city-state-zip',
    type: 'LOCATION',
    anchor: { digitsAfter: /[\p{L}'’.\- ,\t]/u, maxBack: 60 },
    firstRun: [5, 5],
    // Most five-digit runs have no ", OH " before them: the town regex is not tried back from those.
    runTest: stateCodeBefore,
    regex: unparsedRegex(
      `(?<![\\p{L}'’.\\-])\\p{Lu}[\\p{L}'’.\\-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'’.\\-]{1,30}){0,2},[ \\t]{1,2}(?:${[...lexicon.STATE_CODES].join('|')})(?=[ \\t]{1,2}\\d{5}\\b)`,
      'gu',
    ),
    // Round 45: "Interpreter: Nepali, ID 44817" is a language and an interpreter's number, not a town in Idaho and its
    // ZIP: a single word before the comma that the languages list holds names no town.
    validate: (v) => {
      const comma = v.indexOf(',');
      return !lexicon.LANGUAGES.has(v.slice(0, comma).toLowerCase());
    },
    score: 0.85,
  },
  {
    // "Neighborhood: Pilsen", "Hometown: Bar Harbor"
    id: 'place-field',
    type: 'LOCATION',
    anchor: { words: ['neighborhood', 'neighbourhood', 'hometown', 'city', 'town', 'village', 'borough', 'county'] },
    regex: unparsedRegex(String.raw`\b(?:[Nn]eighbou?rhood|NEIGHBORHOOD|[Hh]ometown|HOMETOWN|[Cc]ity|CITY|[Tt]own|[Vv]illage|[Bb]orough|[Cc]ounty)[ \t]{0,2}:[ \t]{0,3}([A-Z][\p{L}'’.\-]{1,30}(?:[ \t][A-Z][\p{L}'’.\-]{1,30}){0,3})`, 'gu'),
    group: 1,
    score: 0.8,
  },
  {
    // Round 104: a neighbourhood no list holds, named before the word ("grew up in the Westgate neighborhood of",
    // "lives in the Del Norte barrio"): after "the", one or two capitalised words, one at least no common word, no
    // nationality, faith or language ("the Hispanic neighborhood", "the Old neighborhood", "the Amish district" stay).
    id: 'named-neighbourhood',
    type: 'LOCATION',
    needsWords: ['neighborhood', 'neighbourhood', 'barrio'],
    anchor: { char: /[ \t](?:neighbou?rhood|barrio)\b/g, back: /[\p{L}'’\- \t]/u, maxBack: 50 },
    regex: unparsedRegex(String.raw`(?<![\p{L}])(?:the|The)[ \t](\p{Lu}[\p{Ll}'’\-]{2,20}(?:[ \t]\p{Lu}[\p{Ll}'’\-]{2,20})?)[ \t](?:neighbou?rhood|barrio)\b`, 'gu'),
    group: 1,
    score: 0.7,
    validate: (v, doc) => {
      const words = v.toLowerCase().split(/[ \t]/);
      if (words.some((w) => lexicon.LANGUAGES.has(w) || lexicon.US_STATES.has(w) || COUNTRY_NAMES.has(w) || NOT_NEIGHBOURHOOD_WORDS.has(w))) return false;
      return words.some((w) => !doc.dict.commonWords.has(w)) || doc.dict.allCities.has(words.join(' '));
    },
  },
  {
    // A German letter's dateline: the town before ", den" and a dotted day ("Kempten, den 23.11.2026").
    id: 'town-dateline-de',
    type: 'LOCATION',
    needsWords: ['den'],
    anchor: { char: /,[ \t]den[ \t]\d/g, back: /[\p{L}\p{M}\- ]/u, maxBack: 48 },
    regex: unparsedRegex(String.raw`(?<![\p{L}\p{M}\-])(\p{Lu}[\p{L}\p{M}\-]{2,30}(?:[ \t]\p{Lu}[\p{L}\p{M}\-]{1,30}){0,2}),[ \t]den[ \t]\d{1,2}\.`, 'gu'),
    group: 1,
    score: 0.75,
  },
  {
    // A letter's dateline, alone on its line: the town before a comma and a full date ("Utrecht, 19 november 2026",
    // "Leeds, 3 March 2026", "Paris, le 3 mars 2026", "Toronto, November 3, 2026"); not a weekday or an English
    // word ("Monday, 3 November 2026", "Signed, 11/20/2026").
    // Round 86: an Italian or Polish letter's Roman month ("Sandomierz, 17.X.2026").
    id: 'town-dateline',
    type: 'LOCATION',
    // Tried back from the date's first run of digits, and only where a comma stands a few characters before it
    // (", 19 november", ", le 3 mars", ", November 3"): a scan of every comma cost 2% of the analysis.
    anchor: { digitsAfter: /[\p{L}\p{M}\-., \t]/u, maxBack: 60 },
    firstRun: [1, 2],
    runTest: (text, start) => {
      const c = text.charCodeAt(start - 1);
      if (c !== 32 && c !== 9) return false;
      for (let k = start - 2; k >= 0 && k >= start - 16; k--) if (text.charCodeAt(k) === 44) return true;
      return false;
    },
    regex: unparsedRegex(String.raw`(?<![^\n])[ \t]{0,8}(\p{Lu}[\p{L}\p{M}\-]{2,30}(?:[ \t]\p{Lu}[\p{L}\p{M}\-]{1,30}){0,2}),[ \t]{1,2}(?:le[ \t]|am[ \t])?(?:\d{1,2}\.?[ \t]\p{L}{3,12}\.?[ \t]\d{4}|\d{1,2}[.\/\-]\d{1,2}[.\/\-]\d{2,4}|\d{1,2}[.\/\-](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[.\/\-]\d{2,4}|\p{Lu}\p{Ll}{2,8}\.?[ \t]\d{1,2},?[ \t]\d{4})[ \t]*(?![^\r\n])`, 'gu'),
    group: 1,
    validate: (value, doc) => value.split(/[ \t]/).every((w) => !doc.dict.commonWords.has(w.toLowerCase()) || doc.dict.firstNames.has(w.toLowerCase())),
    score: 0.72,
  },
  {
    // The employer a form names ("Employer: Cascade Freight Lines, 2200 ...", "EMPLOYER: KROGER #417"): the words
    // after the label up to a comma or the line's end; not a form's answer of no employer ("Employer: Retired").
    id: 'employer-field',
    type: 'FACILITY',
    // Round 66: a disclosure log's requester and a letter's law firm, labelled so ("Requester: Ridgeback Record
    // Retrieval", "Law firm: ..."); not "Requester: patient" (lower case), nor "Requester: Patient" (no company). An
    // insurer is left alone: a payer's name is no one's identifier ("Insurer: Harvard Pilgrim").
    anchor: { words: ['employer', 'requester', 'requestor', 'firm', 'human'] },
    // A word of five letters or more ending in a full stop ends the name ("Employer: Seattle Public Library. Preferred
    // language: ..."); an abbreviation's does not ("Acme Mfg. Co.", "Smith Bros. Moving").
    // Round 51: a faxed form's wide gap after the colon ("Employer:          Redstone Aggregates Inc").
    // Round 80: a comp claim's label of when ("Employer at time of injury: Pioneer Roofing", "EMPLOYER AT TIME OF ACCIDENT:").
    // And a letter's addressee, the employer's personnel office ("To: Human Resources, Kestrel Millwork"); not its desk
    // ("Human Resources, Benefits Office", "Human Resources, Attn: ...").
    regex: unparsedRegex(String.raw`\b(?:(?:[Ee]mployer|EMPLOYER|[Rr]equest[eo]r|REQUEST[EO]R|[Ll]aw[ \t][Ff]irm|LAW[ \t]FIRM)(?:[ \t](?:[Nn]ame|NAME)|[ \t](?:at|AT)[ \t](?:(?:the|THE)[ \t])?(?:time|TIME)[ \t](?:of|OF)[ \t](?:injury|accident|exposure|INJURY|ACCIDENT|EXPOSURE))?[ \t]{0,2}:[ \t]{0,30}|(?:[Hh]uman[ \t][Rr]esources|HUMAN[ \t]RESOURCES),[ \t]{1,2})(\p{Lu}[\p{L}\d&'’.\-]{0,30}(?:[ \t](?<!\p{L}{5}\.[ \t])(?:&|of|and|the|\p{Lu}[\p{L}\d&'’.\-]{0,30})){0,5})`, 'gu'),
    group: 1,
    validate: (v, doc, start) => v.length > 1 && !NO_EMPLOYER.test(doc.text.slice(start, start + 16)) && !(HR_BEFORE.test(doc.text.slice(Math.max(0, start - 20), start)) && (HR_DESK.test(v) || !/[ \t]/.test(v))),
    score: 0.75,
  },
  {
    // Round 66: a law firm of partners' surnames joined by "&" with its legal form ("Lindqvist & Abernathy LLP", "Baird,
    // Lutz & Crane, P.C."), and a company sued under its legal form in a caption ("BRANDYWINE PAVING LLC, et al.,
    // Defendants"). Not a firm without its form ("Procter & Gamble"), nor a form alone ("LLC members must ...").
    id: 'law-firm',
    type: 'FACILITY',
    // A literal test, not a word gate: the recognizers' word gates are all taken.
    trigger: /LL[PC]|PLLC|P\.C\.|\bInc\b|\bINC\b/,
    regex: unparsedRegex(String.raw`\b\p{Lu}[\p{L}'’\-]{1,30}(?:(?:,[ \t]\p{Lu}[\p{L}'’\-]{1,30}){0,3}[ \t](?:&|and)[ \t]\p{Lu}[\p{L}'’\-]{1,30},?[ \t](?:LLP|LLC|PLLC|P\.C\.)(?![\p{L}])|(?:[ \t]\p{Lu}[\p{L}'’\-]{1,30}){0,3},?[ \t](?:LLP|LLC|PLLC|P\.C\.|INC\.?|Inc\.?)(?=,[ \t](?:et[ \t]al|[Dd]efendants?|DEFENDANTS?|[Rr]espondents?|RESPONDENTS?)\b))`, 'gu'),
    score: 0.75,
  },
  {
    // JSON: "city": "Bar Harbor"
    id: 'place-json-field',
    type: 'LOCATION',
    anchor: { char: '"', back: /$^/, maxBack: 0 },
    regex: unparsedRegex(String.raw`"(?:city|town|district|county|locality)"[ \t]{0,2}:[ \t]{0,2}"([A-Z][\p{L}'’.\-]{1,30}(?:[ \t][A-Z][\p{L}'’.\-]{1,30}){0,3})`, 'gu'),
    group: 1,
    score: 0.8,
  },
  {
    // JSON and key=value fields: "postalCode": "04609", "line": ["12 Birch Ln"], zip=02115
    id: 'address-field',
    type: 'ADDRESS',
    anchor: { char: '"', back: /$^/, maxBack: 0 },
    regex: /"(?:line|line1|line2|street|streetAddress|address|address1|address2|addr)"[ \t]{0,2}:[ \t]{0,2}\[?[ \t]{0,2}"([^"\n]{2,120})"/g,
    group: 1,
    score: 0.8,
  },
  {
    id: 'zip-field',
    type: 'ZIP',
    anchor: { char: '"', back: /$^/, maxBack: 0 },
    regex: /"(?:postalCode|postal_code|zip|zipCode|zip_code|zipcode|postcode)"[ \t]{0,2}:[ \t]{0,2}"([A-Za-z0-9][A-Za-z0-9 \-]{2,9})(?=")/g,
    group: 1,
    score: 0.85,
  },
  {
    // key=value: zip=02115, postcode=LS6 2QT
    id: 'zip-kv-field',
    type: 'ZIP',
    anchor: { words: ['zip', 'postal', 'postcode'] },
    regex: /\b(?:zip|postal_code|postcode)=([A-Za-z0-9][A-Za-z0-9 \-]{2,9})(?=[\s,;&]|$)/g,
    group: 1,
    score: 0.85,
  },
  {
    // King County, Orange Parish, the Bronx Borough; with the county's own office after it ("Dallas County Sheriff's
    // Office", "COOK COUNTY DEPARTMENT OF CORRECTIONS", "Marion County Parole & Probation") and the state after a
    // comma ("Jackson County, Missouri", as a town with its state): court and agency papers name them so.
    id: 'county',
    type: 'LOCATION',
    needsWords: ['county', 'parish', 'borough', 'township'],
    trigger: /County|Parish|Borough|Township|COUNTY|PARISH/,
    regex: unparsedRegex(
      `\\b[A-Z][\\p{L}'’\\-]{1,30}(?:[ \\t][A-Z][\\p{L}'’\\-]{1,30}){0,2}[ \\t](?:County|Parish|Borough|Township|COUNTY|PARISH)\\b(?:${COUNTY_OFFICE_TAIL})?(?:${COUNTY_STATE_TAIL})?`,
      'gu',
    ),
    score: 0.85,
    // "The County", "This County": a county named by no name.
    // Round 48: "Deputy County Attorney", "Assistant County Counsel": a prosecutor's rank before the office, no county.
    validate: (v) =>
      (!/^(?:The|THE|This|THIS|That|Each|Every|Any|Our|Your|Their|Same)[ \t]/.test(v) || /[ \t][A-Z][\p{L}'’\-]{1,30}[ \t](?:County|COUNTY|Parish|PARISH)/u.test(v)) &&
      !/^(?:Deputy|DEPUTY|Assistant|ASSISTANT|Chief|CHIEF|Senior|SENIOR|Acting|Interim)[ \t](?:County|COUNTY)\b/.test(v),
  },
  {
    // Round 48: a state court named by its county, one place from its kind to the county ("Superior Court of Pima
    // County", "CIRCUIT COURT OF COOK COUNTY", "District Court for Reno County"); without the county ("the Superior
    // Court", "Court of Appeals") no place is named.
    id: 'court-of-county',
    type: 'LOCATION',
    needsWords: ['court'],
    // Round 92: the circuit's or district's number between, and "in and for" ("CIRCUIT COURT OF THE FIFTEENTH
    // JUDICIAL CIRCUIT IN AND FOR PALM BEACH COUNTY", "District Court in and for Tulsa County"), as captions write it.
    trigger: /Court[ \t](?:of|for|in)[ \t]|COURT[ \t](?:OF|FOR|IN)[ \t]/,
    regex: unparsedRegex(
      `\\b(?:${COURT_KINDS}[ \\t]Court|${COURT_KINDS.toUpperCase()}[ \\t]COURT)[ \\t](?:(?:of[ \\t]the|OF[ \\t]THE)[ \\t][A-Z][\\p{L}\\-]{2,20}[ \\t](?:Judicial|JUDICIAL)[ \\t](?:Circuit|District|CIRCUIT|DISTRICT)[ \\t])?(?:(?:of|OF)[ \\t](?:the[ \\t]State[ \\t]of[ \\t]|THE[ \\t]STATE[ \\t]OF[ \\t])?[A-Z][\\p{L}]{3,13}(?:[ \\t][A-Z][\\p{L}]{3,9})?(?:,[ \\t](?=County[ \\t]of|COUNTY[ \\t]OF)|[ \\t](?=for|in|FOR|IN)))?(?:(?:of|for|in[ \\t]and[ \\t]for|OF|FOR|IN[ \\t]AND[ \\t]FOR)[ \\t](?:the[ \\t]|THE[ \\t])?[A-Z][\\p{L}'’\\-]{1,30}(?:[ \\t][A-Z][\\p{L}'’\\-]{1,30}){0,2}[ \\t](?:County|Parish|COUNTY|PARISH)\\b|(?:County|COUNTY)[ \\t](?:of|OF)[ \\t][A-Z][\\p{L}'’\\-]{2,30}(?:[ \\t][A-Z][\\p{L}'’\\-]{2,30})?\\b)`,
      'gu',
    ),
    score: 0.87,
    // Round 143: a state's name between the court and its county ("Superior Court of Washington for King County",
    // "Superior Court of California, County of Alameda"), a US state's and no other word.
    validate: (v) => {
      const state = COURT_STATE_PART.exec(v);
      return state === null || lexicon.US_STATES.has((state[1] as string).toLowerCase());
    },
  },
  {
    // "IN AND FOR THE COUNTY OF MARICOPA", "Superior Court of California, County of Fresno": a court caption's
    // county named after its head word. A capitalised name must follow ("County of residence" stays).
    id: 'county-of',
    type: 'LOCATION',
    needsWords: ['county'],
    trigger: /County[ \t]of[ \t][A-Z]|COUNTY[ \t]OF[ \t][A-Z]/,
    regex: unparsedRegex(String.raw`\b(?:County[ \t]of|COUNTY[ \t]OF)[ \t][A-Z][\p{L}'’\-]{2,30}(?:[ \t][A-Z][\p{L}'’\-]{2,30})?\b`, 'gu'),
    score: 0.85,
    validate: (v) => !/[ \t](?:Residence|RESIDENCE|Origin|ORIGIN|Birth|BIRTH|Record|RECORD)$/.test(v),
  },
  {
    // Military posts and bases: "Fort Campbell", "Ft. Hood", "Camp Lejeune", "FOB Wilson", "Joint Base Lewis-McChord";
    // round 124: and ships, where a sailor served ("aboard the USS Hollister", "USCGC Tamsin").
    id: 'military-base',
    type: 'LOCATION',
    needsWords: ['fort', 'ft', 'camp', 'fob', 'base', 'uss', 'usns', 'uscgc'],
    trigger: /Fort|Ft\b|Camp|FOB|Base|USS|USNS|USCGC/,
    regex: unparsedRegex(String.raw`\b(?:Fort|Ft\.?|Camp|FOB|Joint[ \t]Base|Air[ \t]Base|USS|USNS|USCGC)[ \t][A-Z][\p{L}'’\-]{2,30}(?:[ \t][A-Z][\p{L}'’\-]{2,30})?\b`, 'gu'),
    score: 0.8,
    // Round 111: a summer camp's paperwork in Title Case, no post: "Camp Physical Form", "Camp Health Form", "Camp Nurse".
    // Round 142: in a birth's notes "FOB" is the father of the baby, before what a person is or does ("FOB Sipho present
    // and supportive", "FOB Dmitri at bedside"): the name rule reads him; "stationed at FOB Salerno" stays a base.
    validate: (v, doc, _start, end) => !/^Camp[ \t](?:Physicals?|Forms?|Health|Medical|Medications?|Nurse|Counselors?|Staff|Registration|Clearance|Exam)\b/.test(v) &&
      !(v.startsWith('FOB ') && FATHER_OF_BABY_AFTER.test(doc.text.slice(end, end + 16))),
  },
  {
    // Military post: "PSC 0413, Box 8144 APO AA 42323", "USNS Mercy FPO AP 96672"
    id: 'military-address',
    type: 'ADDRESS',
    // The post word stands between blanks, so it is a word token of its own.
    needsWords: ['apo', 'fpo', 'dpo'],
    // The post line may follow on a line of its own: "PSC 0413, Box 8144\nAPO AA 42323".
    regex: unparsedRegex(String.raw`\b(?:(?:PSC|Unit|CMR)[ \t]\d{1,5},?[ \t](?:Box[ \t]\d{1,5},?(?:[ \t]|\r?\n))?|(?:USNS|USNV|USS|USCGC)[ \t][A-Z][\p{L}\-]{1,30}(?:[ \t][A-Z][\p{L}\-]{1,30})?,?(?:[ \t]|\r?\n))(?:APO|FPO|DPO)[ \t](?:AA|AE|AP)[ \t]\d{5}\b`, 'giu'),
    score: 0.9,
  },
  {
    // European order, street then number: "Via dei Fiorentini 1", "Pfarrgasse 91 Suite 170", "ul. Słowicza 10"; Brazil and
    // Spain put a comma before it and name the flat: "Rua Domingos de Morais, 2187, apto 54"
    // Round 49: a building's range of numbers before the street ("47-83 Boulevard de l'Hôpital").
    id: 'street-address-intl',
    type: 'ADDRESS',
    // Cheap gate: a word of one of these forms right before a house number.
    indexWords: INTL_STREET_WORDS,
    trigger: (doc) => {
      // Every match holds its house number ("[ \t]\d{1,5}" below): a note without digits cannot match.
      if (doc.digitRunMask === 0) return false;
      // From the smaller side: a note holds a few indexed words, the list has two dozen.
      for (const w of doc.wordIndex.keys()) if (INTL_STREET_WORD_SET.has(w)) return true;
      for (const s of doc.digitRuns) {
        // The suffix must end in a space or tab right before the number: test that char before slicing.
        const gap = s > 0 ? doc.text.charCodeAt(s - 1) : -1; // no read before the start: it deoptimizes
        if (gap !== 32 && gap !== 9) continue;
        if (streetWordBefore(doc.text, s, false)) return true;
      }
      return false;
    },
    regex: unparsedRegex(
      String.raw`(?<![\p{L}\d])(?:\d{1,6}(?:[\-–]\d{1,6})?[ \t])?(?:\p{Lu}[\p{L}'’\-]{1,30}(?:${INTL_STREET_ENDINGS})|(?:Via|Viale|Rue|Calle|Carrer|Avenida|Rua|Piazza|Plaza|Praça|Chemin|Allée|Avenue|Boulevard|ul\.|Ul\.|Avda\.|Paseo|Strada|Piazzetta|Rúa|Travessa|Largo|Corso|Vicolo|Alameda|Rambla|Ronda|Carretera|Av\.)(?:[ \t][\p{L}'’\-]{1,30}){1,4}),?[ \t]\d{1,5}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?)?(?:,?[ \t](?:Apt|Suite|Ste|apto|Apto|apt|ap|casa|Casa|bloco|Bloco|piso|Piso|depto|Depto|dpto|conj|sala|andar|lok|m)\.?[ \t]\d{1,6}[A-Za-z]?|,[ \t]\d{1,2}\.?[ \t]?(?:tv|th|mf|sal)\b\.?)?${POSTCODE_TOWN_TAIL}`,
      'gu',
    ),
    score: 0.82,
  },
  {
    // Round 49: Korea's road-name addresses, romanised: a building number, a road ending in -ro, -daero or -gil
    // ("45 Olympic-ro", "12 Teheran-ro 8-gil"), then its district ("Songpa-gu") and neighbourhood ("Jamsil-dong");
    // a district alone ("lives in Mapo-gu"). English hyphenates no word onto "-ro" or "-gu".
    id: 'korean-road-address',
    type: 'ADDRESS',
    // Asked at each hyphen followed by "r", "g" or "d" (most hyphens join digits).
    trigger: (doc) => {
      const t = doc.text;
      for (let p = t.indexOf('-'); p >= 0; p = t.indexOf('-', p + 1)) {
        const c = t.charCodeAt(p + 1);
        if ((c === 114 || c === 103 || c === 100) && KOREAN_ROAD_SUFFIX.test(t.slice(p, p + 7))) return true;
      }
      return false;
    },
    regex: unparsedRegex(String.raw`(?<![\p{L}\d\-])(?:(?:\d{1,5}(?:-\d{1,4})?,?[ \t])?\p{Lu}\p{Ll}{1,20}(?:[ \t]?\d{1,3})?-(?:ro|gil|daero)(?:[ \t]\d{1,3}(?:beon)?-gil)?(?:[ \t]\d{1,5}(?:-\d{1,4})?)?(?:,[ \t]\p{Lu}\p{Ll}{1,20}-(?:gu|dong|gun|eup|myeon)){0,3}|\p{Lu}\p{Ll}{1,20}-gu(?:,[ \t]\p{Lu}\p{Ll}{1,20}-dong)?)(?![\p{L}\d\-])`, 'gu'),
    score: 0.8,
    // "Anti-ro antibodies": Sjögren's SSA antigen, written with the same hyphen.
    validate: (v) => !/^anti-/i.test(v),
  },
  {
    // "6750 Koskikatu 25 Apt. 864": number, street, number, unit; "2245, rue de la Canardière" as Quebec writes it
    id: 'street-address-unit',
    firstRun: [1, 6],
    anchor: 'digit',
    type: 'ADDRESS',
    trigger: literalTrigger(['Apt', 'Suite', 'Unit'], ['Ste']), // /Apt|Suite|Ste\b|Unit/
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])\d{1,6}[ \t]\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t]\p{L}[\p{L}'’\-]{1,30}){0,2}[ \t]\d{1,5}[ \t]{1,2}(?:Apt|Suite|Ste|Unit)\.?[ \t]\d{1,6}`, 'gu'),
    score: 0.85,
  },
  {
    // Round 136: a Scottish tenement flat's position before its close's number: Glasgow's floor and door ("0/2, 18
    // Hyndland Street", "2/1, 40 Dumbarton Road") and Edinburgh's ("3F1, 12 Montgomery Street", "PF2", "GF1"), opening
    // the line or after a comma or "Flat"; a fraction or a code like it elsewhere, or before anything but a numbered
    // street, stays ("Ratio 0/2, 18 Main St", "0/2, 18 mg").
    id: 'scottish-flat-position',
    type: 'ADDRESS',
    trigger: /(?:\d\/\d|\dF\d|[PG]F\d?),/,
    regex: unparsedRegex(`(?<=(?:^|\\n)[ \\t]{0,8}|,[ \\t]{1,2}|\\b(?:Flat|FLAT|flat)[ \\t]{1,2})(?:\\d{1,2}\\/\\d{1,2}|\\d{1,2}F\\d{1,2}|[PG]F\\d{0,2})(?=,[ \\t]{1,2}\\d{1,5}[A-Za-z]?[ \\t]{1,2}(?:\\p{Lu}[\\p{L}'’\\-]{1,24}[ \\t]){1,3}(?:${SUFFIX})\\b)`, 'gu'),
    score: 0.8,
  },
  {
    // An apartment or suite number on its own is part of an address.
    id: 'unit-number',
    type: 'ADDRESS',
    firstRun: [1, 6],
    // "Apartment", a period, a blank and "#" at most between the start and the number.
    anchor: { digitsAfter: /[A-Za-z.# \tč]/, maxBack: 12 },
    // Spanish forms too: "Depto. 3B", "Dpto 12".
    // Round 118: Czech and Slovak "č.p." (číslo popisné), a house's register number after the street's ("Zahradní 8, č.p. 377").
    trigger: literalTrigger(['Apt', 'Apartment', 'Suite', 'Unit', 'Flat', 'Room', 'Depto', 'Dpto', 'č.p.', 'č. p.'], ['Ste', 'Rm']), // /Apt|Apartment|Suite|Ste\b|Unit|Flat|Rm\b|Room|Depto|Dpto|č\.p\./
    // A colon after the number makes it a label ("Unit 1: RBC", "Room 2: exam"), not a home; so does a heading in
    // capitals and a dash before it ("ADMINISTRATION - Unit 1", a transfused unit).
    // Round 38: a hospital room with its bed or its floor joined by a hyphen ("Rm 512-B", "Rm 7-318") is a ward's
    // bed, not a home: a room's number no address writes so.
    regex: unparsedRegex(String.raw`(?<![A-Z]{2}[ \t][\-–—][ \t])(?:(?<![\p{L}\d])č\.[ \t]?p\.[ \t]?\d{1,6}(?![\d\/])|\b(?:Apt|Apartment|Suite|Ste|Unit|Flat|Depto|Dpto)\.?[ \t]#?\d{1,6}[A-Za-z]?\b(?![ \t]?:)|(?:Rm|Room)\.?[ \t]#?\d{1,6}[A-Za-z]?\b(?![ \t]?:|-[A-Za-z\d]))`, 'gu'),
    score: 0.7,
    // Round 144: a hospital's procedure room ("Cardiology Procedure Suite 2", "Endoscopy Suite 3"), no one's home.
    validate: (v, doc, start) => !(v.charCodeAt(0) === 83 && HOSPITAL_SUITE_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start))),
  },
  {
    // A block, villa, shop or floor and its number opening an address abroad, the rest after a comma: "Flat 15B,
    // Block 4, Lok Fu Estate", "Villa 27, Street 14, Khalifa City A", "Shop 23, Mei Foo Sun Chuen", "Level 2, 45
    // Queen Street". The line, a field or a comma opens it ("AV Block 2, Mobitz I" and "pain Level 7, worse" do not).
    id: 'unit-abroad',
    type: 'ADDRESS',
    firstRun: [1, 4],
    anchor: { digitsAfter: /[A-Za-z.# \t]/, maxBack: 9 },
    // Round 118: a building too, as Gulf addresses open ("Building 9, Street 18, Block 6, <district>").
    trigger: literalTrigger(['Block', 'Blk', 'Villa', 'Shop', 'Level', 'Street', 'Building', 'Bldg'], []),
    // After a field's colon only the words no scale uses ("Evidence: Level 1, RCT" is a grade).
    regex: /(?:(?<=(?:^|[\n,–])[ \t]{0,2})(?:Block|Blk|Villa|Shop|Level|Street|Building|Bldg)|(?<=:[ \t]{0,2})(?:Block|Blk|Villa|Shop|Building|Bldg))\.?[ \t]#?\d{1,4}[A-Z]?(?=,[ \t]{1,2}[\dA-Z])/gm,
    score: 0.7,
  },
  {
    // A mobile-home lot right after a street ("6th Rd, Lot 8C, Camden"); a lot after anything else is a batch.
    id: 'unit-lot',
    type: 'ADDRESS',
    firstRun: [1, 5],
    anchor: { digitsAfter: /[Lot# \t]/, maxBack: 5 },
    trigger: /\bLot[ \t]/,
    regex: /(?<=\b(?:Rd|St|Ave|Hwy|Highway|Pike|Blvd|Dr|Ln|Way|Road|Street|Avenue|Drive|Lane|Court|Ct|Pl|Place|Circle|Cir|Trail|Pkwy)\.?,?[ \t]{1,2})Lot[ \t]#?\d{1,5}[A-Za-z]?\b/g,
    score: 0.7,
  },
  {
    // Round 118: a Chinese road in pinyin, its kind last ("Lu", "Jie", "Dajie", "Hutong", "Dadao"): after "No." and the
    // building number ("No. 42 Huaihai Zhong Lu"), or after a number with a compass word before the kind ("66 Jianguo
    // Dong Lu"); the district may follow ("…, Chaoyang District"). "Lu" alone after a name is a surname ("Dr. Wei Lu").
    id: 'street-china',
    type: 'ADDRESS',
    needsWords: ['lu', 'jie', 'dajie', 'hutong', 'dadao'],
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])(?:No\.[ \t]?\d{1,5}[A-Z]?[ \t](?:\p{Lu}\p{Ll}{1,15}[ \t]){1,3}|\d{1,5}[ \t](?:\p{Lu}\p{Ll}{1,15}[ \t]){1,2}(?:Xi|Dong|Nan|Bei|Zhong)[ \t])(?:Lu|Jie|Dajie|Hutong|Dadao)(?:,[ \t]\p{Lu}[\p{Ll}'’]{1,20}[ \t](?:District|Qu))?(?![\p{L}\d])`, 'gu'),
    score: 0.8,
  },
  {
    // A house number on a numbered road: "240 Route 206 South", "1180 State Route 33", "55 US-1", "9 Hwy 61 N".
    // "Route 1 of administration" has no house number before it.
    id: 'street-address-route',
    firstRun: [1, 6],
    anchor: 'digit',
    type: 'ADDRESS',
    trigger: /Route|ROUTE|Rte|RTE|Rt\.?[ \t\-]\d|RT[ \t\-]\d|Highway|HIGHWAY|Hwy|HWY|Road|ROAD|Rd|US[ \-]\d|I-\d/,
    regex: /(?<![\w\-.\/])\d{1,6}[A-Za-z]?[ \t]{1,2}(?:(?:[NSEW]|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?[ \t]{1,2})?(?:(?:(?:State|STATE|County|COUNTY|U\.S\.|US)[ \t]{1,2})?(?:Route|ROUTE|Rte\.?|RTE\.?|Rt\.?|RT\.?|Highway|HIGHWAY|Hwy\.?|HWY\.?)|(?:State|STATE|County|COUNTY)[ \t]{1,2}(?:Road|ROAD|Rd\.?|RD\.?)|US|I)(?:[ \t]{1,2}|-)\d{1,4}[A-Z]?(?:[ \t]{1,2}(?:North|South|East|West|NORTH|SOUTH|EAST|WEST|[NSEW]\b|Bypass|BYPASS|Business))?(?![\w\-\/]|[ \t]{1,2}(?:doses?|times|mg|days?|hours?|weeks?|of)\b)/g,
    score: 0.85,
  },
  {
    // Round 151: California's San Joaquin Valley counties (Tulare, Kern, Fresno, Madera) number their rural grid roads:
    // a house number of three digits or more, "Avenue" or "Road" and the road's number ("19800 Avenue 264", "31442 Road
    // 140"); the number ends the road, before a comma, a line's end or a town. "120 Road 2 miles", "a 100 Avenue 5
    // bus" stay.
    id: 'street-address-numbered-avenue',
    firstRun: [3, 6],
    anchor: 'digit',
    type: 'ADDRESS',
    trigger: /Avenue|AVENUE|Ave|AVE|Road|ROAD|Rd|RD/,
    regex: unparsedRegex(String.raw`(?<![\w\-.\/])\d{3,6}[ \t](?:Avenue|AVENUE|Ave\.?|AVE\.?|Road|ROAD|Rd\.?|RD\.?)[ \t]\d{1,3}[A-Z]?(?=,|[ \t]*\r?\n|[ \t]*$|[ \t]{1,2}(?:in|near)[ \t]\p{Lu}|[ \t]{1,2}\p{Lu}\p{Ll}+,?[ \t]{1,2}(?:CA|Calif\.?|California)\b)`, 'gu'),
    score: 0.8,
  },
  {
    // A house number, a direction and the street's name with no kind after it, as Chicago and other grid towns write
    // them: "2210 W. Division, Chicago", "lives at 1418 N Halsted". Not "100 E. Coli".
    id: 'street-address-direction',
    firstRun: [2, 6],
    anchor: 'digit',
    runTest: directionAfterRun,
    type: 'ADDRESS',
    regex: unparsedRegex(String.raw`(?<![\w\-.\/,])\d{2,6}[ \t]{1,2}(?:[NSEW]\.?|North|South|East|West)[ \t]{1,2}[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?(?![\p{L}\d])`, 'gu'),
    score: 0.75,
    // The street ends the clause or stands before a town, a unit or a line's end.
    validate: (v, doc, start, end) => !/[ \t](?:Coli|Faecalis|Faecium|Aureus|Units?|Leads?)$/.test(v) && STREET_END_AFTER.test(doc.text.slice(end, end + 6)),
  },
  {
    // Round 146: Utah's and Idaho's grid addresses, a house number and a direction, then the cross street's coordinate
    // and the other axis's direction: "1350 E 300 S", "450 North 1300 West", "1200 N. 400 E.". The coordinate ends in
    // 0 or 5, as grid streets are numbered; "20 N 10 S" of no such street, "45 N 122 W" of a map's degrees stay out.
    id: 'street-address-grid',
    firstRun: [2, 5],
    anchor: 'digit',
    runTest: directionAfterRun,
    type: 'ADDRESS',
    regex: unparsedRegex(String.raw`(?<![\w\-.\/,])\d{2,5}[ \t]{1,2}(?:(?:[NS]\.?|North|South)[ \t]{1,2}\d{1,4}[05][ \t]{1,2}(?:[EW]\.?|East|West)|(?:[EW]\.?|East|West)[ \t]{1,2}\d{1,4}[05][ \t]{1,2}(?:[NS]\.?|North|South))(?![\p{L}\d])`, 'gu'),
    score: 0.8,
  },
  {
    // A numbered road after "on", "off", "near" or "along", with no house number: "lives off Rt 9", "on Route 28".
    // Round 46: rural directions name county and farm roads the same way, and after "from", "onto", "past", "via" too:
    // "lives out on CR 12", "ditch along CR 310", "from Hwy 209 turn left", "on FM 2920", "on BIA 3"; Wisconsin's
    // lettered highways ("on Hwy PF", "off County Road K"). Round 88: in lower case too, as messages write them ("off
    // hwy 7", "on route 66", "off fm 1960", "under i-90"; a lower-case "cr" stays creatinine, "sr" sinus rhythm). "CR" stays creatinine before a decimal ("on Cr 1.2" is
    // also lower case), "CR 12 months" (a complete response) is a duration, and "SR" (sinus rhythm) is left out.
    id: 'street-route-cue',
    type: 'ADDRESS',
    // Tried only at these words, every first word of a match ("U.S." is the token "u"): a match starts at a letter right
    // after the cue's blank, so at a token's start (the look-behind led a scan of every character of the note). They
    // also gate the note, in place of the words every match holds one of (route, rt, rte, hwy, highway, cr, fm, bia,
    // county, i), which a word anchor cannot sit beside.
    anchor: { words: ['state', 'county', 'us', 'u', 'route', 'rte', 'rt', 'cr', 'fm', 'bia', 'i', 'hwy', 'highway'] },
    regex: unparsedRegex(String.raw`(?<=(?:^|[^\p{L}])(?:on|off|near|along|from|onto|past|via|under|[Oo]ff|[Nn]ear|[Aa]long|From|Onto|Past|Via|Under)[ \t]{1,2})(?:(?:(?:(?:State|County|US|U\.S\.)[ \t])?(?:Route|Rte\.?|Rt\.?)|CR|FM|BIA|route|rte\.?|fm)[ \t\-]\d{1,4}[A-Z]?|i-\d{1,3}|(?:hwy\.?|highway)[ \t\-]\d{1,4}[A-Za-z]?|(?:(?:(?:State|County|US|U\.S\.)[ \t])?(?:Hwy\.?|Highway)|County[ \t](?:Road|Rd\.?))[ \t\-](?:\d{1,4}[A-Z]?|[A-Z]{1,2}(?![\p{L}\d])))(?![\w\-\/]|\.\d|[ \t]{1,2}(?:months?|weeks?|days?|hours?|years?|mos?|wks?|yrs?|mg|mcg|cycles?|doses?|times)\b)`, 'gu'),
    score: 0.72,
  },
  {
    // 5th Ave, 42nd Street; Indian cross and main roads ("3rd Cross", "5th Main Road", "14th Cross Rd").
    id: 'street-ordinal',
    firstRun: [1, 3],
    anchor: 'digit',
    type: 'ADDRESS',
    // Round 88: in lower case too, as messages write them ("under the 9th st overpass", "off 2nd ave"); an ST segment's
    // words after it stay ("2nd st elevation").
    regex: unparsedRegex(String.raw`\b\d{1,3}(?:st|nd|rd|th)[ \t](?:Street|St\.?|Avenue|Ave\.?|(?:Cross|Main)(?:[ \t](?:Road|Rd\.?))?|(?:street|st|avenue|ave)(?![ \t]{1,2}(?:elevations?|depressions?|segments?|changes?|abnormalit\w{1,4}|wave)\b))(?![\p{L}])`, 'gu'),
    score: 0.72,
  },
  {
    // A numbered street led by its direction, as Cleveland and Manhattan write them: "W 34th St", "East 55th Street",
    // and without a suffix after "on", "at", "off", "near" ("shelter on E. 55th", "at W 125th and Lenox").
    id: 'street-ordinal-direction',
    firstRun: [1, 3],
    anchor: { digitsAfter: /[A-Za-z. 	]/, maxBack: 7 },
    type: 'ADDRESS',
    // Miami's grid names quadrants too: "NE 62nd St", "SW 8th Terrace", "NW 27th Ct".
    regex: unparsedRegex(String.raw`\b(?:[NS][EW]|[NSEW]\.?|North|South|East|West)[ \t]\d{1,3}(?:st|nd|rd|th)(?:[ \t](?:Street|St\.?|Avenue|Ave\.?|Court|Ct\.?|Terrace|Ter\.?|Place|Pl\.?|Road|Rd\.?|Lane|Ln\.?|Way)(?![\p{L}]))?(?![\p{L}\d])`, 'gu'),
    score: 0.72,
    validate: (v, doc, start) => /[ \t](?:Street|St\.?|Avenue|Ave\.?|Court|Ct\.?|Terrace|Ter\.?|Place|Pl\.?|Road|Rd\.?|Lane|Ln\.?|Way)$/.test(v) || /(?:^|[^\p{L}])(?:on|at|off|near)[ \t]$/u.test(doc.lower.slice(Math.max(0, start - 6), start)),
  },
  {
    // Round 46: a farm's legal land description on the Canadian prairies, quarter, section, township, range and
    // meridian ("SE 14-30-32 W1", "NW-22-45-3-W4", "LSD 04-14-030-32 W1M"): a rural home's address where there is no
    // street. The meridian's "W" and digit are required, so a score's "SE 14-30" is none.
    id: 'land-location-dls',
    type: 'ADDRESS',
    anchor: { words: ['ne', 'nw', 'se', 'sw', 'lsd'] },
    regex: /\b(?:(?:NE|NW|SE|SW)[ \t\-]{1,2}|LSD[ \t]{1,2}\d{1,2}[ \t\-])\d{1,2}-\d{1,3}-\d{1,2}[ \t\-]{1,2}W[1-6]M?\b/g,
    score: 0.85,
  },
  {
    // Round 63: a landmark on a numbered road, as directions to a rural home give it: "the white farmhouse just past
    // the Piggly Wiggly on 301", "blue house behind the Shell on Route 9", "across from the Grange Hall on Hwy 64". After a
    // preposition of place and "the", one to three capitalised words, "on" and the road's number; a count after the
    // number is no road ("past the ED on 3 occasions"), nor a bare number of one digit or before a wing ("next to the
    // Pyxis on 4 West"). Without a road, a named landmark by the home the line describes ("the brick one next to the
    // Cedar Hollow cheese house", "end of the camp road past the Two Pines Redemption, white cape"): a house,
    // trailer, driveway or mailbox on the line, and a word of the landmark in no list of common words, or a listed
    // town ("past the Emergency Department on 3 occasions", "behind the Nurses Station" stay).
    id: 'landmark-on-route',
    type: 'ADDRESS',
    anchor: { words: ['past', 'behind', 'beside', 'across', 'next', 'near'] },
    regex: unparsedRegex(String.raw`\b(?:[Pp]ast|[Bb]ehind|[Bb]eside|[Aa]cross[ \t]from|[Nn]ext[ \t]to|[Nn]ear)[ \t]the[ \t](\p{Lu}[\p{L}'’\-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,20}){0,2}(?:[ \t]on[ \t](?:(?:Route|Rte\.?|Rt\.?|Hwy\.?|Highway|US|SR|CR|County[ \t]Road|State[ \t]Route)[ \t\-]?\d{1,4}[A-Z]?|\d{2,4}(?![ \t](?:North|South|East|West|Wing|Tower|[Ff]loor)\b))|(?:[ \t][a-z]{3,12})?[ \t](?:house|store|shop|station|church|plant|mill|barn|market))?)(?![\w\-\/]|\.\d|[ \t]{1,2}(?:occasions?|times|days?|weeks?|months?|years?|hours?|hrs?|mg|units?|doses?|am|pm|percent|patients?)\b)`, 'gu'),
    group: 1,
    score: 0.75,
    validate: (v, doc, start, end) => ROAD_NUMBER_END.test(v) || landmarkByHome(doc, v, start, end),
  },
  {
    // Rural route and highway contract boxes: "RR 2 BOX 118"; round 46: a box's letter ("RR 1 Box 118A").
    // Round 63: a county or township road's number after its abbreviated name, with or without a box, as route sheets
    // and rural face sheets write a home that has no house number: "Cty Rd 52, box 7", "Township Rd 83", "Twp. Rd
    // 212", "Co Rd 12A". The number goes with the road ("Township Rd" alone was all the street rules found); not a
    // count ("County Road 12 miles"), and "Co" only before "Rd" ("Co 2" is carbon monoxide's).
    id: 'rural-route',
    type: 'ADDRESS',
    anchor: { words: ['rr', 'r', 'rural', 'hc', 'star', 'cty', 'co', 'township', 'twp', 'county'] },
    regex: unparsedRegex(String.raw`\b(?:(?:RR|R\.R\.|Rural Route|HC|Star Route)[ \t]\d{1,4}[ \t,]{1,2}Box[ \t]\d{1,6}(?:[A-Z](?![\p{L}\d]))?|(?:Cty\.?|Co\.?|Township|Twp\.?|County)[ \t](?:Road|Rd\.?)[ \t]\d{1,4}[A-Z]?(?:,?[ \t]Box[ \t]#?\d{1,6})?(?![\-\/]|\.\d|[ \t]{1,2}(?:miles?|mi|months?|weeks?|days?|hours?|years?|times)\b))(?![\p{L}\d])`, 'giu'),
    score: 0.9,
  },
  {
    // A Dutch postcode and its town, ending an address line: "Oudegracht 231, 3511 NK Utrecht", or "3581 KD Utrecht"
    // on the line after the street; the letters are no unit ("1000 MG Tylenol"), a year's line is no address ("2026 BP Readings").
    id: 'postcode-nl-town',
    type: 'LOCATION',
    firstRun: [4, 4],
    anchor: 'digit',
    // Two capitals after the four digits: most four-digit runs (years, doses) have none.
    runTest: (text, start) => {
      const k = text.charCodeAt(start + 4) === 32 || text.charCodeAt(start + 4) === 9 ? start + 5 : start + 4;
      return isCapital(text.charCodeAt(k)) && isCapital(text.charCodeAt(k + 1));
    },
    regex: unparsedRegex(String.raw`(?<=(?:^|\n|,[ \t])[ \t]{0,8})[1-9]\d{3}[ \t]?(?!SA|SD|SS|MG|ML|KG|CM|MM|AM|PM|IU|HR|MS|MD|RN|DR)[A-Z]{2}[ \t]{1,2}\p{Lu}\p{Ll}[\p{L}'’\-]{1,30}(?:[ \t]\p{Lu}\p{Ll}[\p{L}'’\-]{1,30})?(?=[ \t]*(?:\r?\n|$|,))`, 'gu'),
    score: 0.8,
    // After the street: on its line, past a comma, or on the next line after a house number ("Lindelaan 14").
    validate: (_v, doc, start) => /(?:\p{L}[ \t]\d{1,4}[\p{L}\-]{0,4},[ \t]|\p{L}[ \t]\d{1,4}[\p{L}\-]{0,4}[ \t]*\r?\n[ \t]{0,8})$/u.test(doc.text.slice(Math.max(0, start - 60), start)),
  },
  {
    // Round 118: a continental postcode before its town, after the street's house number or unit: "…, 7621 Pécs",
    // "61-712 Poznań" (Poland), "753 20 Uppsala" and "301 00 Plzeň 3" (Sweden, Czechia), "9000 Aalborg",
    // "13290 Aix-en-Provence Cedex"; or on the line below the street. Either the segment before ends in a house
    // number or unit ("77/8", "m. 15", "2. tv"), or the town is a listed one; a code of a year's shape needs the former.
    id: 'postcode-town-abroad',
    type: 'LOCATION',
    firstRun: [2, 5],
    anchor: 'digit',
    runTest: postcodeBeforeTown,
    regex: unparsedRegex(String.raw`(?<=(?:^|\n|,)[ \t]{0,8}(?:[A-Z]{1,2}-)?)(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4,5})[ \t]{1,2}\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’\-]{0,30}|\d{1,2})(?![\p{L}\p{M}\d'’\-])){0,2}(?:[ \t]Cedex(?:[ \t]\d{1,2})?)?(?=[ \t]{0,2}(?:[,.;)\r\n]|$))`, 'gu'),
    score: 0.78,
    validate: (v, doc, start) => {
      const head = doc.text.slice(Math.max(0, start - 40), start);
      const afterNumber = HOUSE_NUMBER_SEGMENT_END.test(head);
      const town = TOWN_AFTER_CODE.exec(v)?.[1]?.toLowerCase() ?? '';
      if (town.length < 3 || /^(?:mrs|miss|prof)$/.test(town)) return false;
      const listed = doc.dict.anyTowns.has(town) || doc.dict.anyTowns.has(fold(town));
      // "On May 6, 2023 Ms. Wang": a year after a date's day; a code of a year's shape needs a house number and a listed town.
      if (/^(?:19|20)\d\d[ \t]/.test(v)) return afterNumber && listed && !MONTH_DAY_BEFORE.test(head);
      if (listed) return afterNumber || /,[ \t]{0,2}(?:[A-Z]{1,2}-)?$/.test(head);
      return afterNumber && !MONTH_DAY_BEFORE.test(head) && !doc.dict.commonWords.has(town) && !COUNTRY_NAMES.has(town) && !doc.dict.firstNames.has(town);
    },
  },
  {
    // UK postcode (LS6 2QT, SW1A 1AA) and Canadian postal code (M5V 2T6)
    id: 'postcode-uk-ca',
    type: 'ZIP',
    firstRun: [1, 2],
    anchor: { digitsAfter: /[A-Z]/, maxBack: 2 },
    regex: /\b(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b/g,
    score: 0.8,
    // "T2N0M0" unspaced is a TNM stage, "E4V4M6" a Glasgow Coma Scale's parts, not a Canadian postal code.
    // Round 168: nor "A2L3B2" unspaced, Crohn's disease's Montreal classification (age at diagnosis, location, behaviour).
    validate: (v) => !/^T\dN\dM\d$/.test(v) && !/^E[1-4]V[1-5]M[1-6]$/.test(v) && !/^A[1-3]L[1-4]B[1-3]$/.test(v),
  },
  {
    // "17 Rue des Lilas", "4 Via Roma": number first, then a street word of another language
    id: 'street-address-number-first',
    firstRun: [1, 6],
    anchor: 'digit',
    type: 'ADDRESS',
    // The street word stands between blanks, so it is a word token of its own.
    needsWords: NUMBER_FIRST_STREET_WORDS,
    // A building number may stand before the house number ("846 31 Rue ...").
    // Round 60: in capitals too, as registration screens and claim files print addresses ("17 RUE DES LILAS", "N3*40 CALLE
    // REAL"); not "VIA" or "PLAZA", which capitals use as words ("SENT 2 VIA FAX").
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])(?:\d{1,6}[ \t])?\d{1,5}(?:[ \t]?bis)?,?[ \t](?:Rue|Via|Calle|Avenida|Rua|Piazza|Plaza|Chemin|Allée|Carrer|rue|chemin|RUE|CALLE|AVENIDA|RUA|CHEMIN|CARRER|(?<=,[ \t])(?:boulevard|avenue|rang|montée)|(?:allée|impasse|quai|bd)(?=[ \t](?:(?:de|du|des|de[ \t]la|d['’])[ \t]?)?\p{Lu}))(?:[ \t][\p{L}'’\-]{1,30}){1,4}${POSTCODE_TOWN_TAIL}`, 'gu'),
    score: 0.82,
  },
  {
    // Welsh street names put the street word first and need no house number: "Heol y Bont", "Ffordd Penrhos",
    // "Stryd Fawr", "Lôn Ddewi" (none of these words is English). The article ("y", "yr") may follow.
    id: 'street-welsh',
    type: 'ADDRESS',
    needsWords: ['heol', 'ffordd', 'stryd', 'lôn', 'rhodfa', 'cilgant'],
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])(?:\d{1,5}[ \t])?(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant)(?:[ \t](?:y|yr)(?=[ \t]))?[ \t]\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,30})?`, 'gu'),
    score: 0.8,
  },
  {
    // Round 74: Malaysian and Singaporean street names put the street word first, as Welsh ones do: "Jalan Bukit
    // Permai 2", "Lorong Kenari 5", "Persiaran Mahsuri", "Taman Sri Melur" (a housing estate), the house number before
    // them ("No. 8, Jalan ...") and a postcode and town after ("Jalan Mawar 3, 43000 Kajang"). None is an English word.
    id: 'street-malay',
    type: 'ADDRESS',
    needsWords: ['jalan', 'jln', 'lorong', 'lrg', 'persiaran', 'lebuh', 'taman', 'tmn', 'lebuhraya'],
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])(?:(?:No\.?[ \t]?)?\d{1,5}[A-Z]?(?:-\d{1,3})?,?[ \t])?(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Lebuhraya|Taman|Tmn\.?)(?:[ \t]\p{Lu}[\p{L}'’\-]{1,30}){1,3}(?:[ \t]\d{1,3}[A-Z]?(?:\/\d{1,3})?(?![\d\/]))?(?:,?[ \t]\d{5}(?=[ \t]\p{Lu}))?`, 'gu'),
    score: 0.8,
  },
  {
    // Round 74: Dublin's postal districts, the number part of the town's name on every letter ("Dublin 8", "Dublin 6W",
    // "D.24"): one to twenty-four, ending the line or the clause.
    id: 'dublin-district',
    type: 'LOCATION',
    anchor: { words: ['dublin'] },
    regex: /\b(?:Dublin|DUBLIN)[ \t](?:[1-9]|1\d|2[0-4]|6W)(?=[ \t]*(?:[,.;)]|\r?\n|$))/g,
    score: 0.8,
  },
  {
    // Round 136: an Eircode right after Dublin's postal district, as an address line ends ("Dublin 16, D16 X7E2",
    // "Dublin 6W D6W Y2K4"): the routing key and four of the letters and digits Eircodes use.
    id: 'eircode-after-district',
    type: 'ZIP',
    needsWords: ['dublin'],
    regex: /(?<=\b(?:Dublin|DUBLIN)[ \t](?:[1-9]|1\d|2[0-4]|6W),?[ \t]{1,2})[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{4}(?![\w\-])/g,
    score: 0.85,
  },
  {
    // Round 136: a neighbourhood named on its own line before Dublin's postal district ("Elm Park, Dublin 4",
    // "Ballinteer, Dublin 16"): one or two capitalised words opening the line, which no list of towns holds.
    id: 'dublin-neighbourhood',
    type: 'LOCATION',
    needsWords: ['dublin'],
    regex: unparsedRegex(String.raw`(?<=(?:^|\n)[ \t]{0,8})\p{Lu}[\p{Ll}'’\-]{2,20}(?:[ \t]\p{Lu}[\p{Ll}'’\-]{2,20})?(?=,[ \t]{1,2}(?:Dublin|DUBLIN)[ \t](?:[1-9]|1\d|2[0-4]|6W)(?![\w]))`, 'gu'),
    score: 0.75,
  },
  {
    // An Irish Eircode after its name ("Eircode D08 NHY1", "Eircode: A65F4E2"): a routing key and four letters or digits.
    id: 'eircode',
    type: 'ZIP',
    anchor: { words: ['eircode'] },
    regex: /\b(?:[Ee]ircode|EIRCODE)[ \t]{0,2}:?[ \t]{0,2}([A-Z]\d[\dW][ \t]?[A-Z\d]{4})(?![\w\-])/g,
    group: 1,
    score: 0.85,
  },
  {
    // An Irish address's county and the Eircode after it ("Cloonfad, Ballinasloe, Co. Galway H53 X2F7"), with up to two
    // townlands or towns before it, which no list holds.
    id: 'irish-county',
    type: 'LOCATION',
    trigger: /\bCo\.?[ \t]/,
    regex: unparsedRegex(
      String.raw`(?<![\p{L}\p{M}])(?:\p{Lu}[\p{Ll}\p{M}'’\-]{2,30}(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’\-]{2,30})?,[ \t]{1,2}){0,2}Co\.?[ \t]{1,2}(?:${IRISH_COUNTIES})(?![\p{L}\p{M}]|[ \t]{1,2}[Ss]yndrome)(?:,?[ \t]{1,2}[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{4}(?![\w\-]))?`,
      'gu',
    ),
    score: 0.8,
  },
  {
    // Round 38: an EHR's department, named in capitals after its label ("Department: KAPIOLANI MED SPECIALISTS IM |",
    // "Dept: PRAIRIE NEPHROLOGY - SPRINGFIELD"): the site's name or initials and the service's abbreviations, to the
    // end of the field. A word of no service's list names the site; a service alone ("Dept: INTERNAL MEDICINE",
    // "Department: HEM ONC") names none.
    id: 'ehr-department',
    type: 'FACILITY',
    anchor: { words: ['dept', 'department'] },
    regex: /\b(?:Dept|DEPT|Department|DEPARTMENT)\.?[ \t]{0,2}:[ \t]{0,2}([A-Z][A-Z0-9&'’\/.\-]{0,20}(?:[ \t](?:[\-–][ \t])?[A-Z0-9&][A-Z0-9&'’\/.\-]{0,20}){1,6})(?=[ \t]*(?:\r?\n|$|\|)|[ \t]{2,})/g,
    group: 1,
    score: 0.75,
    validate: (v) => {
      let site = 0;
      let service = 0;
      for (const w of v.split(/[ \t]+/)) {
        if (w === '-' || w === '–') continue;
        const bare = w.replace(/[.’']/g, '');
        if (DEPT_SERVICE_WORDS.has(bare) || /(?:OLOGY|IATRICS|IATRY|PEDICS)$/.test(bare)) service++;
        else if (/^[A-Z][A-Z&\-]{1,20}$/.test(bare) && !lexicon.STATE_CODES.has(bare)) site++;
        else return false;
      }
      return site > 0 && service > 0;
    },
  },
  {
    // A town's police or fire department by its initials: "per Abilene PD report", "Tulsa FD" (the town is cities'; "PD" alone is Parkinson's).
    id: 'town-police',
    type: 'FACILITY',
    anchor: { words: ['pd', 'fd'] },
    regex: unparsedRegex(String.raw`(?<=\p{Lu}[\p{Ll}'’\-]{1,30}[ \t])(?:PD|FD)\b`, 'gu'),
    score: 0.7,
    validate: (_v, doc, start) => {
      const m = /(?:^|[^\p{L}])((?:\p{Lu}[\p{Ll}'’\-]{1,30}[ \t])?(\p{Lu}[\p{Ll}'’\-]{1,30}))[ \t]$/u.exec(doc.text.slice(Math.max(0, start - 64), start));
      if (!m) return false;
      const two = (m[1] as string).toLowerCase();
      const one = (m[2] as string).toLowerCase();
      return (two !== one && doc.dict.allCities.has(two)) || (doc.dict.allCities.has(one) && !doc.dict.commonWords.has(one));
    },
  },
  {
    // A Scottish or Welsh health board: "NHS Grampian", "NHS Greater Glasgow and Clyde" (not "NHS Number", "NHS Trust").
    id: 'nhs-board',
    type: 'FACILITY',
    anchor: { words: ['nhs'] },
    regex: unparsedRegex(String.raw`\bNHS[ \t](?!(?:Number|No|Trust|Foundation|England|Digital|Direct|Choices|Scotland|Wales|Login|App|Health|Net)\b)\p{Lu}\p{Ll}{2,20}(?:[ \t](?:and[ \t])?\p{Lu}\p{Ll}{2,20}){0,3}`, 'gu'),
    score: 0.75,
  },
  {
    // A postal code named as such, of any country's form: "my zip code is 880", "ZIP: 394 13", "postal code 7412 SL"
    id: 'zip-cue',
    type: 'ZIP',
    anchor: { words: ['zip', 'zipcode', 'postal', 'postcode'] },
    regex: /\b(?:[Zz]ip|ZIP|[Pp]ostal|POSTAL|[Pp]ost)[ \t]?(?:[Cc]ode|CODE)?(?:[ \t]{0,2}(?::|#|is))?[ \t]{1,3}(\d{3,6}(?:[ \-]\d{2,4})?(?:[ \t][A-Z]{2}\b)?)(?![\w\-]|\.\d)/g,
    group: 1,
    score: 0.85,
  },
  {
    // A neighbourhood of a Latin American address: "Colonia Jardines del Valle", "Col. Roma Norte", "Fracc. Las Brisas".
    id: 'colonia',
    type: 'LOCATION',
    anchor: { words: ['colonia', 'col', 'fraccionamiento', 'fracc', 'urbanización', 'urbanizacion', 'urb'] },
    regex: unparsedRegex(String.raw`\b(?:Colonia|Col\.|Fraccionamiento|Fracc\.|Urbanizaci[óo]n|Urb\.)[ \t]\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t](?:(?:del|de|las|los|la|el)(?![\p{L}])|\p{Lu}[\p{L}'’\-]{1,30})){0,4}`, 'gu'),
    score: 0.85,
    // Capitalised words that end the name are kept; a trailing particle is not.
    validate: (v) => !/[ \t](?:de|del|la|las|los|el)$/.test(v),
  },
  {
    // Postal codes after the cue other countries print: "C.P. 45138" (Mexico), "CEP 01310-100" (Brazil),
    // "PLZ 80331" (Germany), "PIN 560003", "Pin code: 110001" (India).
    id: 'postcode-foreign-cue',
    type: 'ZIP',
    firstRun: [4, 6],
    anchor: 'digit',
    trigger: /C\.P\.|\bCP[ \t]\d|\bCEP\b|\bPLZ\b|\bPIN\b|\b[Pp]in[ \t]code/,
    regex: /(?<=(?:\bC\.P\.|\bCP|\bCEP|\bPLZ|\bPIN|\b[Pp]in[ \t]code|\bPIN[ \t]CODE)[ \t]{0,2}:?[ \t]{0,2})\d{4,6}(?:-\d{3})?(?![\w\-]|[.,]\d)/g,
    score: 0.8,
  },
  {
    // A six-digit postal code right after a listed town: "Bengaluru 560003", "Chennai - 600040", "Bengaluru – 560011" (India).
    id: 'postcode-after-city',
    type: 'ZIP',
    firstRun: [6, 6],
    anchor: 'digit',
    regex: unparsedRegex(String.raw`(?<=\p{L}[ \t]{1,2}(?:[-–][ \t])?)[1-8]\d{5}(?![\w\-]|[.,]\d)`, 'gu'),
    score: 0.75,
    validate: (_v, doc, start) => listedTownBefore(doc, start, TOWN_DASH_BEFORE) !== undefined,
  },
  {
    // A ZIP code right after a listed town with no state between: "Wheaton 60187;", "Decatur 62521, 217-...".
    id: 'zip-after-city',
    type: 'ZIP',
    firstRun: [5, 5],
    anchor: 'digit',
    regex: unparsedRegex(String.raw`(?<=\p{L}[ \t]{1,2})\d{5}(?:-\d{4})?(?=$|[ \t]*[,;.)\r\n])(?![.,]\d)`, 'gu'),
    score: 0.75,
    validate: (_v, doc, start) => /^\p{Lu}/u.test(listedTownBefore(doc, start, TOWN_BEFORE) ?? ''),
  },
  {
    // A lot (or space) in a mobile-home or trailer park, before the park's name: "Lot 14, Pine Ridge Mobile Home Park".
    // The park itself is a facility head; a lot number alone ("Lot 14" of a vaccine) is left to the lot rules.
    id: 'park-lot',
    type: 'ADDRESS',
    trigger: /\b(?:park|community)\b/i,
    regex: unparsedRegex(String.raw`\b(?:[Ll]ot|LOT|[Ss]pace|SPACE|[Ss]ite|SITE)[ \t]{1,2}#?\d{1,4}[A-Za-z]?(?=,?[ \t]{1,2}(?:[A-Z][\p{L}'’\-]{0,30}[ \t]){1,4}(?:(?:[Mm]obile|MOBILE|[Mm]anufactured|MANUFACTURED)[ \t](?:[Hh]ome|HOME)[ \t](?:[Pp]ark|PARK|[Cc]ommunity|COMMUNITY)|(?:[Tt]railer|TRAILER|RV)[ \t](?:[Pp]ark|PARK))\b)`, 'gu'),
    score: 0.85,
  },
  {
    id: 'po-box',
    type: 'ADDRESS',
    trigger: /box/i,
    regex: /\b(?:p\.?[ \t]?o\.?[ \t]?box|post office box)[ \t]{0,2}#?\d{1,8}\b/gi,
    score: 0.9,
  },
  {
    // ZIP after a state code or name, or after a ZIP cue: "Boston, MA 02115", "zip 94110-1234"
    id: 'zip',
    firstRun: [4, 5],
    anchor: 'digit',
    type: 'ZIP',
    regex: /(?<![\w\-.])\d{4,5}(?:-\d{4})?(?![\w\-]|\.\d)/g,
    score: 0.3,
    validate: (v, doc, start) => {
      const before = doc.text.slice(Math.max(0, start - 22), start);
      // Four-digit postal codes (many countries) only right after a postal cue.
      // Four-digit codes, and "2019-2021" (a year range, not a ZIP+4), only after a postal cue.
      // Australian postcodes after a state code: "Semaphore SA 5019", "Parramatta NSW 2150".
      if (v.length === 4 && /[a-z][ \t,]{1,3}(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]{1,2}$/.test(before)) return 0.85;
      if (v.length === 4 || v.charCodeAt(4) === 45) return /(?:zip|zip code|postal code|postcode|zipcode|plz)[ \t:#(]{0,3}$/i.test(before) ? 0.85 : false;
      // "License NV 14472": a licence number after its issuing state, not a ZIP.
      if (/\b(?:licen[cs]e|lic)\b[ \t#:.]{0,3}[A-Z]{2}[ \t]{1,2}$/i.test(before)) return false;
      // Round 40: "Payer ID 60054", "Member ID 10482": an identifier's label, not Idaho's code before a ZIP.
      if (ID_LABEL_BEFORE.test(before)) return false;
      // Round 107: "OBX|1|TX|71046^XR CHEST^CPT": a coded element's code after an HL7 field holding two capitals (OBX-2's
      // value type TX, not Texas); an address's ZIP follows its state by a caret ("^EUGENE^OR^97401"), not a bar.
      if (/\|[A-Z]{2}\|$/.test(before) && doc.text.charCodeAt(start + v.length) === 94) return false;
      if (/\b[A-Z]{2}[ \t,|]{1,4}$/.test(before) && lexicon.STATE_CODES.has(/([A-Z]{2})[ \t,|]{1,4}$/.exec(before)?.[1] ?? '')) return 0.9;
      // Round 51: a form's "City / State / ZIP" answered in kind: "Las Cruces / NM / 88011" (a slash on both sides of
      // the state, so "MD/12345" alone stays).
      if (/\/[ \t]{0,2}[A-Z]{2}[ \t]{0,2}\/[ \t]{0,2}$/.test(before) && lexicon.STATE_CODES.has(/([A-Z]{2})[ \t]{0,2}\/[ \t]{0,2}$/.exec(before)?.[1] ?? '')) return 0.85;
      // "Vallejo, CA\n94590": an address wrapped after its state, the ZIP heading the next line (a town and a comma
      // before the state, so "... per CA\n12345" stays).
      if (before.includes('\n') && /\p{L},[ \t]{1,2}([A-Z]{2})[ \t]{0,2}\r?\n[ \t]{0,4}$/u.test(before) && lexicon.STATE_CODES.has(/([A-Z]{2})[ \t]{0,2}\r?\n[ \t]{0,4}$/.exec(before)?.[1] ?? '')) return 0.85;
      if (/(?:zip|zip code|postal code|zipcode)[ \t:#(]{0,3}$/i.test(before)) return 0.9;
      if (/^[ \t]?(?:zip|zip code)\b/i.test(doc.text.slice(start + v.length, start + v.length + 10))) return 0.85;
      const name = /([A-Za-z]+(?: [A-Za-z]+)?)[ \t,]{1,3}$/.exec(before)?.[1]?.toLowerCase();
      if (name && lexicon.US_STATES.has(name)) return 0.88;
      // Round 44: "1184 Cottonwood Ln, Bixby 74008": a ZIP right after a street address and its town, the state left out.
      if (STREET_TOWN_BEFORE.test(doc.text.slice(Math.max(0, start - 72), start))) return 0.85;
      return v.includes('-') ? 0.6 : false;
    },
  },
  {
    // Where a crash or a call is placed on a highway, as EMS and trooper reports write it: "I-80 EB mile marker 142",
    // "US-191 MM 87 south of Moab", "mile marker 61 on Route 17"; a point on a road is smaller than a town. The
    // highway and the marker both: "MM 87" alone or "I-80" alone says nothing of where.
    id: 'highway-mile-marker',
    type: 'LOCATION',
    // Round 44: "I-80 eastbound near mile 146": a bare "mile" and its number after the highway places the call as a
    // marker does (the highway must stand before it); exits are highway-exit's (round 45).
    trigger: /[Mm]ile[ \t]?(?:[Mm]arker|[Pp]ost)|MILE[ \t]?(?:MARKER|POST)|MM|MP|[Mm]ilepost|[Mm]m[ \t]?\d|[Mm]ile[ \t]\d/,
    regex: highwayPointRegex(String.raw`[Mm]ile[ \t]?(?:[Mm]arker|[Pp]ost)|MILE[ \t]?(?:MARKER|POST)|[Mm]ilepost|MM|MP|mm|[Mm]ile(?=[ \t]\d)`, String.raw`[Mm]ile[ \t]?(?:[Mm]arker|[Pp]ost)|MILE[ \t]?(?:MARKER|POST)|[Mm]ilepost|MM|MP`),
    score: 0.8,
  },
  {
    // Round 45: an exit's number marks the place as a mile marker does: "MVC on I-70 near Exit 112", "Exit 12 on I-95
    // NB". Its own recognizer, gated on the word "exit", so that the mile marker's keeps its gate on "M" and "m".
    id: 'highway-exit',
    type: 'LOCATION',
    needsWords: ['exit'],
    regex: highwayPointRegex(String.raw`[Ee]xit|EXIT`, String.raw`[Ee]xit|EXIT`),
    score: 0.8,
  },
  {
    // Round 48: a police report's block of a street ("near the 2200 block of S. Campbell Ave", "4500 BLOCK OF N
    // 27TH ST"): a street's stretch of a hundred houses is smaller than a town. The number is whole hundreds and the
    // street capitalised, so "a 2-block walk" and "the 400 block of questions" stay.
    id: 'hundred-block',
    type: 'ADDRESS',
    needsWords: ['block'],
    trigger: /00[ \t](?:block|BLOCK)[ \t]/,
    regex: unparsedRegex(String.raw`(?<![\w\-.])\d{0,3}[1-9]00[ \t](?:block|BLOCK)[ \t](?:of|OF)[ \t](?:(?:[NSEW]|N[EW]|S[EW])\.?[ \t]|(?:North|South|East|West|NORTH|SOUTH|EAST|WEST)[ \t])?(?:\p{Lu}[\p{L}'’\-]{1,25}|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))(?:[ \t]\p{Lu}[\p{L}'’\-]{1,25}){0,2}(?:[ \t](?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Terrace|Trail|ST|AVE|RD|DR|BLVD|LN)\.?)?`, 'gu'),
    score: 0.8,
  },
  {
    // A caller's or a dispatcher's cross street: "cross street Peachtree Industrial", "cross streets: Elm and 5th".
    // The cue says the words after it are a street, whatever they are; capitalised words or ordinals only.
    // Round 70: a CAD screen's "X-St:", "X-STS", "Xst:" ("Nearest X-St: Harmon Pike", "X-ST: DEWEY RD").
    id: 'cross-street',
    type: 'ADDRESS',
    anchor: { words: ['cross', 'cross-street', 'cross-streets', 'x', 'x-st', 'x-sts', 'xst', 'xsts'] },
    regex: unparsedRegex(String.raw`(?:\b[Cc]ross[ \t\-]?(?:[Ss]treets?|[Ss]ts?\.?)|\b[Xx]-?(?:[Ss]ts?|STS?)\b\.?)[ \t]{0,2}(?:(?:is|are|of)[ \t]{1,2}|:[ \t]{0,2})?((?:\p{Lu}[\p{L}'’\-]{1,25}|\d{1,3}(?:st|nd|rd|th))(?:(?:[ \t]{1,2}(?:and|&))?[ \t]{1,2}(?:\p{Lu}[\p{L}'’\-]{1,25}|\d{1,3}(?:st|nd|rd|th))){0,4})`, 'gu'),
    group: 1,
    score: 0.8,
  },
  {
    // A numbered route crossing a named road: "Rescue 3 at Route 9 and Mill Pond Rd", "Hwy 50 & Dunmore Ave". The
    // route alone is no place (it runs through many towns); the crossing is one. Round 70: "at" between them too, as a
    // dispatch places a crash ("Hwy 12 at Larkin Rd", "Rte 22 at Fenner Ln"): the named road's suffix is still needed.
    id: 'route-intersection',
    type: 'ADDRESS',
    anchor: { words: ['route', 'rte', 'hwy', 'highway'] },
    regex: unparsedRegex(String.raw`\b(?:Route|ROUTE|Rte\.?|RTE|Hwy\.?|HWY|Highway)[ \t]{1,2}\d{1,4}[A-Z]?[ \t]{1,2}(?:and|&|at|AT)[ \t]{1,2}\p{Lu}[\p{L}'’\-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,25}){0,2}[ \t](?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Pike|Way|Parkway|Pkwy|Highway|Hwy)(?![\p{L}])\.?`, 'gu'),
    score: 0.8,
  },
  {
    // Round 44: two streets crossing, as dispatch and EMS write a scene: "Elm St and 4th Ave", "Lakeshore Dr & Wilson
    // Ave", "County Road 12 and Highway 7". Each street alone may be found; the crossing is one place, and "Wilson
    // Ave" after "and" is no person. Both sides need a street's suffix or a numbered road, so "Mr and Mrs Hale" stays.
    id: 'street-crossing',
    type: 'ADDRESS',
    anchor: { char: STREET_AND_STREET, back: /[\p{L}\d'’\- \t]/u, maxBack: 44 },
    regex: unparsedRegex(`(?<![\\p{L}\\d])${CROSSING_STREET}[ \\t]{1,2}(?:and|&)[ \\t]{1,2}${CROSSING_STREET}(?![\\p{L}\\d])`, 'gu'),
    score: 0.85,
  },
  {
    // Round 44: a town's independent pharmacy called "Drug" or "Drugs" after a pharmacy's word or "at": "pharmacy is
    // Hartwell Drug on Main St", "pick up at Alma Drug". No word of the name may be a common English word, so "at Study
    // Drug", "from Adverse Drug Reactions", "at New Drug start" stay. After "to" and "call" too ("sent to Malloy Drug
    // Store", "call Pemberton Drugs"), the store's word whole ("Drug Store" before "Drug"); not before a capitalised word,
    // which makes a service of it ("Investigational Drug Services", "Drug Safety").
    id: 'drug-store',
    type: 'FACILITY',
    anchor: { char: /Drug/g, back: /[\p{L}'’\- \t]/u, maxBack: 40 },
    // Round 78: in a table's cell ("| Abernath Drug | 7720931 |"), after a fax's "From:", and with no cue before it when
    // the store's number or its street's number follows ("Vantongeren Drug, 15 Quarry Road", "Hale Drug #3").
    regex: unparsedRegex(String.raw`(?:(?<=\b(?:[Pp]harmacy|PHARMACY)(?:[ \t]{1,2}is)?[ \t]{0,2}:?[ \t]{1,2}|\b(?:at|from|to|call|called|From:)[ \t]{1,2}|\|[ \t]{1,2})\p{Lu}[\p{L}'’\-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,25})?|(?<![\p{L}\d'’\-])\p{Lu}[\p{L}'’\-]{1,25}(?=[ \t](?:Drug[ \t]Store|Drugstore|Drugs?)(?:[ \t]{0,2}#[ \t]?\d|,[ \t]{1,2}\d{1,6}[ \t]{1,2}(?:[NSEW]\.?[ \t])?\p{Lu}[\p{L}'’\-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,25})?[ \t](?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Highway|Hwy|Pike|Parkway|Pkwy|Court|Ct|Place|Pl)(?![\p{L}]))))[ \t](?:Drug[ \t]Store|Drugstore|Drugs?)(?![\p{L}]|[ \t]\p{Lu})`, 'gu'),
    // Round 78: above a person's name read in the same words ("From: Ingersoll Drug"): a surname before "Drug" names the store.
    score: 0.86,
    validate: (v, doc) => v.slice(0, v.search(/[ \t]Drug/)).split(/[ \t]/).every((w) => !doc.dict.commonWords.has(w.toLowerCase())),
  },
  {
    // Round 91: an independent pharmacy named by its owner's surname that is also a word ("Bell Pharmacy", "Hope Drug",
    // "Fox Apothecary", "ROSE PHARMACY"), which the facility and drug-store rules pass over as common words. The
    // surname needs a store's setting: a cue before it ("to", "from", "at", "Pharmacy:", a table's bar) or the store's
    // phone, street number, "#", DEA or "on <Street>" after it. A store's kind stays out ("Main Pharmacy", "New Drug",
    // "Study Drug", "Specialty Pharmacy" are no surnames or are listed below), and so does a capitalised word after the
    // head ("Hope Drug Rehab").
    id: 'word-surname-pharmacy',
    type: 'FACILITY',
    anchor: { char: /Pharmacy|PHARMACY|Drug|DRUG|Apothecary|APOTHECARY/g, back: /[\p{L}'’ \t]/u, maxBack: 22 },
    regex: unparsedRegex(String.raw`(?<![\p{L}\d'’\-])(?:\p{Lu}\p{Ll}{2,15}(?:['’]s)?[ \t](?:Pharmacy|Drugs?|Apothecary)|\p{Lu}{3,16}(?:['’]S)?[ \t](?:PHARMACY|DRUGS?|APOTHECARY))(?![\p{L}]|[ \t]\p{Lu}\p{Ll})`, 'gu'),
    score: 0.86,
    validate: (v, doc, start, end) => {
      const word = (/^\p{L}+/u.exec(v) as RegExpExecArray)[0].toLowerCase();
      if (!doc.dict.surnames.has(word) || STORE_KIND_WORDS.has(word)) return false;
      return PHARMACY_CUE_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start)) || PHARMACY_CUE_AFTER.test(doc.text.slice(end, end + 24));
    },
  },
  {
    // A shop's or a site's name before its street address, after "at" or a pharmacy's label: "pickup at Target, 3301
    // Veterans Pkwy", "PHARMACY: WALGREENS, 2290 S ORANGE AVE". The street is the street patterns'; the name says which
    // building on it, a place as the address is. Round 70: after a crew's "responded to" or "dispatched to" too ("Responded
    // to Iron Works Gym, 820 Tillman Rd").
    id: 'place-before-street-address',
    type: 'FACILITY',
    anchor: { digitsAfter: /[\p{L}'’& \t,\-]/u, maxBack: 60 },
    firstRun: [1, 6],
    // The house number follows a comma and one or two blanks: most runs of digits are tried no further.
    runTest: (text, start) => isBlankAt(text, start - 1) && (text.charCodeAt(start - 2) === 44 || (isBlankAt(text, start - 2) && text.charCodeAt(start - 3) === 44)),
    regex: unparsedRegex(String.raw`(?<=(?:\b(?:[Aa]t|AT|[Ff]rom|FROM|[Nn]ear|NEAR|[Rr]esponded[ \t]to|RESPONDED[ \t]TO|[Dd]ispatched[ \t]to|DISPATCHED[ \t]TO)|[Pp]harmacy:|PHARMACY:)[ \t]{1,2})\p{Lu}[\p{L}'’&\-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’&\-]{1,25}){0,2}(?=,[ \t]{1,2}\d{1,6}[ \t]{1,2}(?:[NSEWnsew]\.?[ \t]{1,2})?\p{Lu}[\p{L}'’\-]{1,25}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,25}){0,2}[ \t](?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Parkway|Pkwy|Way|Highway|Hwy|Court|Ct|Place|Pl|Pike|Circle|Cir|STREET|ST|AVENUE|AVE|ROAD|RD|DRIVE|DR|BLVD|LANE|LN|PKWY|HWY)(?![\p{L}]))`, 'gu'),
    // Below the facility and name rules' scores: a practice they found keeps their reading.
    score: 0.66,
  },
];

/** Round 91: words before a pharmacy's head that name its kind or place, not its owner (some are surnames too). */
const STORE_KIND_WORDS: ReadonlySet<string> = new Set(['main', 'new', 'study', 'medicine', 'corner', 'town', 'plaza', 'her', 'his', 'the', 'our', 'your', 'good',
  'best', 'north', 'south', 'east', 'west', 'home', 'family', 'local', 'online', 'discount', 'retail', 'mail', 'brand', 'generic', 'specialty', 'compounding',
  'community', 'clinical', 'central', 'satellite', 'hospital', 'clinic', 'street', 'more', 'other', 'same', 'this', 'that', 'any', 'each', 'one', 'long', 'free']);
/** A cue right before a store's name: "sent to", "from", "fills at", "Pharmacy:", a table's bar. */
const PHARMACY_CUE_BEFORE = /(?:\b(?:at|from|to|via|registrant:?)|:|\|)[ \t]{1,2}$/i;
/** The store's phone, street number, "#", DEA or NPI, or "on <Street>" after its name. */
const PHARMACY_CUE_AFTER = /^(?:[ \t]{1,2}(?:ph|phone|tel|fax)?[.:]?[ \t]{0,2}\(?\d{3}[)\-. ]|,?[ \t]{1,2}\d{1,6}[ \t]{1,2}\p{Lu}|,?[ \t]{1,2}(?:DEA|NPI)\b|[ \t]{0,2}#[ \t]?\d|[ \t]on[ \t]\p{Lu})/u;

/** A label ending in "ID" before five digits ("Payer ID 60054", "Member ID: 10482"): no town's state (round 40). */
// Round 48: a genetics report's "ClinVar Variation ID 17677", "Allele ID 32203", "Sample ID 48821" joined the labels.
const ID_LABEL_BEFORE = /\b(?:payer|payor|member|rep|agent|representative|operator|patient|provider|tax|group|plan|subscriber|claim|user|employee|student|submitter|receiver|trace|transaction|variation|variant|allele|clinvar|omim|mim|hgnc|gene|sample|specimen|accession|order|donor|lab|study|subject)[ \t]{1,2}ID[ \t:#]{0,3}$/i;
