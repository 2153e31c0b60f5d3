// Word-level helpers shared by the place recognizers: phrase look-ups in the gazetteers, facility head
// words, and the cue and connector words around places.
import { CITY_WORDS_SATURATED, cityWordsOf, lexicon, WORD_FACILITY_HEAD, WORD_FACILITY_START, type PhraseStarts } from '../dictionaries/index.js';
import { hasNonAscii } from '../text/chars.js';
import { fold, tokenAt, type Token } from '../text/tokens.js';
import { isClassMark } from './name-words.js';
import type { DocumentView } from './types.js';

export const PLACE_CUE_LAST_WORDS = new Set<string>();

export const STRONG_PLACE_CUES = new Set(['lives in', 'living in', 'resident of', 'moved to', 'born in', 'located in', 'resides in', 'relocated to']);
export const PLACE_CUES = ['resides in', 'relocated to', 'in', 'at', 'from', 'near', 'to', 'of', 'resident of', 'lives in', 'living in', 'moved to', 'born in', 'located in', 'visiting', 'outside', 'downtown', 'city of', 'town of', 'county', 'transferred to', 'transferred from'];

/**
 * Verbs of a journey or a move, before "to" and a place ("drove to", "moved to", "flew to"): the words that the towns'
 * lower-case cue (cities.ts) and the name rule's journey guard (names.ts) share; each adds its own.
 */
export const JOURNEY_VERBS: readonly string[] = ['moved', 'move', 'moving', 'relocated', 'drove', 'driving', 'drive', 'flew', 'commute', 'commutes', 'went', 'headed', 'heading'];

/** Round 104: a referral's opening line of age and sex before the town ("71 yo M from Bend"). */
export const REFERRAL_TOWN_CUES = ['yo m from', 'yo f from', 'yom from', 'yof from'];
/**
 * Round 110: how a referral's line goes on after that town ("58 yo M from Sisters found at home", "from Sisters brought
 * in by husband"): a verb of how the patient came, which ends the town's name as a joining word would.
 */
export const REFERRAL_CLAUSE_VERBS: ReadonlySet<string> = new Set(['found', 'brought', 'presented', 'presents', 'presenting', 'transported', 'transferred', 'admitted', 'sent', 'seen', 'referred', 'arrived', 'who']);
// Cues after which a capitalised word that no gazetteer holds is still a town ("grew up in Kettleby", "flew to
// TROMSØ"): a person's origin, home or travel. Not "transferred to", which names wards and units.
// Round 46: a bearing from a town after a distance ("22 mi south of Jordan", "8 km east of Veregin", "just north of
// Kyle"); a bearing alone is also anatomy's and a chart's ("east of Midline").
const BEARING_CUES = ['mi', 'miles', 'mile', 'km', 'kilometres', 'kilometers', 'minutes', 'just'].flatMap((u) =>
  ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'].map((d) => `${u} ${d} of`));
export const TOWN_CUES = ['grew up in', 'raised in', 'born in', 'lives in', 'living in', 'live in', 'lived in', 'resides in', 'residing in', 'resident of', 'native of', 'moved here from', 'moved there from', 'originally from', 'based in', 'headquartered in', 'flew to', 'flew into', 'flew in from', 'flying to', 'flight to', 'traveled to', 'travelled to', 'traveling to', 'travelling to', 'trip to', 'vacation in', 'vacationing in', 'visiting from', 'returned from', 'returned to', 'arrived in', 'arrived at', 'hometown', 'home town', 'home city', 'the city of', 'the town of', 'the village of', 'died in', 'passed away in', 'buried in',
  // Where a relative or the patient is now: "mother alive in Tsolo", "deployed to Grafenwöhr", "stationed at Fort Hood".
  'alive in', 'deployed to', 'deployed in', 'stationed in', 'stationed at', 'works in', 'working in', 'stays in', 'staying in', 'settled in', 'relocated to', 'moved to', 'fishing in',
  // Round 117: where a home is ("snowed in at her home in Tilden", "at his sister's house in Brockway").
  'home in', 'house in',
  // Round 82: where a clinician abroad practises, as a colleague's question opens ("I'm a GP in Nantes", "Locum in
  // Mackay with", "a physician in Ibadan").
  'gp in', 'locum in', 'doctor in', 'physician in', 'practising in', 'practicing in', 'practises in', 'practices in',
  // Journeys: "plans to travel to Florida", "drove to Reno".
  // Round 44: a patient asking whether to fly: "is it safe to fly to Florida".
  'fly to', 'fly into', 'travel to', 'travels to', 'trips to', 'visited family in', 'drove to', 'drives to', 'driving to', 'moving to', 'move to', 'headed to', 'heading to',
  // Where the patient emigrated from: "came from Port-de-Paix in 2010".
  // A ship's stops: "Port of call: Cozumel", "disembarked at Nassau".
  'port of call', 'disembark at', 'disembark in', 'disembarked at', 'disembarked in', 'docked at', 'docked in',
  // Where a visitor comes from: "will drive from Tacoma", "flying in from Jaffna".
  'drive from', 'drives from', 'drove from', 'driving from', 'flew from', 'flying from', 'flying in from', 'commutes from', 'traveling from', 'travelling from', 'traveled from', 'travelled from',
  // Where the patient or the family is from: "Pt from Kuttanad", "family is from Jaffna".
  'pt from', 'pt is from', 'patient is from', 'family is from', 'parents are from',
  // Round 104: a referral's opening line of age and sex, then the town: "71 yo M from Bend with new AF".
  ...REFERRAL_TOWN_CUES,
  'came from', 'emigrated from', 'immigrated from', 'migrated from', 'fled from', 'moved from', 'relocated from', 'hails from', 'displaced from',
  // Rural homes are told by what they are near, and visitors by where they set out: "lives near Vansant", "driving in from Hazard".
  'lives near', 'living near', 'lived near', 'resides near', 'residing near', 'driving in from', 'drove in from', 'drives in from', 'coming in from',
  // Round 46: rural homes beyond a town or by its bearing, and the small places rural notes name by their kind: "lives
  // out past Friendship", "8 km east of Veregin", "nearest town is Ladora", "a farm near Bethel", "goose camp near
  // Attawapiskat", "in the hamlet of Burke", "lives just outside of Clarence".
  'out past', 'just past', ...BEARING_CUES,
  'nearest town is', 'closest town is', 'nearest town of', 'farm near', 'ranch near', 'camp near', 'cabin near', 'farm outside', 'ranch outside',
  'the hamlet of', 'the township of', 'the community of', 'the settlement of', 'the rural municipality of', 'lives outside of', 'living outside of', 'just outside of'];
// The same in French, German and Spanish ("habite à Longueuil", "wohnhaft in Sonthofen", "originaria de Tlaquepaque"),
// matched as the text right before the town (cueRightBefore reads ASCII words only).
export const FOREIGN_TOWN_CUES = ['habite à', 'habitant à', 'demeurant à', 'domicilié à', 'domiciliée à', 'réside à', 'originaire de', 'né à', 'née à',
  'wohnhaft in', 'wohnt in', 'geboren in', 'vive en', 'originario de', 'originaria de',
  // Spanish and Portuguese in bilingual US notes: "viven en Pharr", "nació en Reynosa", "trabaja en Odessa", "mora em
  // Framingham", "diez años en Ensenada" (round 41).
  'viven en', 'vivía en', 'vivia en', 'vivió en', 'vivio en', 'nació en', 'nacio en', 'trabaja en', 'trabajaba en', 'años en', 'mora em', 'moram em', 'morava em', 'nasceu em', 'trabalha em', 'anos em',
  // Dutch: "woont in Zeist", "wonende te Houten", "geboren te Gouda".
  'woont in', 'wonend te', 'wonende te', 'woonachtig te', 'woonachtig in', 'geboren te',
  // German: "Sohn Emre lebt in Izmir".
  'lebt in', 'leben in'];
const ALL_TOWN_CUES = [...TOWN_CUES, ...FOREIGN_TOWN_CUES];
export const TOWN_CUE_LAST_WORDS: ReadonlySet<string> = new Set(ALL_TOWN_CUES.map((c) => c.split(' ').pop() as string));
/** The word before the last of each cue of two words or more ("up" of "grew up in"). */
export const TOWN_CUE_WORDS_BEFORE_LAST: ReadonlySet<string> = new Set(ALL_TOWN_CUES.filter((c) => c.includes(' ')).map((c) => c.split(' ').slice(-2)[0] as string));
// Places larger than a state, or no place, that such cues also name.
export const NOT_TOWN_NAMES: ReadonlySet<string> = new Set(['europe', 'asia', 'africa', 'america', 'americas', 'caribbean', 'scandinavia', 'balkans', 'oceania', 'antarctica', 'siberia', 'midwest', 'new england', 'arabia', 'latin', 'central', 'eastern', 'western', 'northern', 'southern', 'rehab', 'hospice', 'snf', 'alf', 'ltc', 'ltach', 'nicu', 'picu', 'micu', 'sicu', 'cvicu', 'ccu', 'tele', 'telemetry', 'stepdown', 'foster', 'prison', 'jail', 'shelter', 'triage', 'pacu', 'baseline',
  // Settings that clinical notes capitalise and the gazetteer also lists as towns (Home, PA): "came from Home".
  'home', 'work', 'school', 'church', 'camp', 'daycare', 'surgery', 'radiology', 'college']);

/** Words that open the name of a region of the world ("Southeast Asia", "Latin America", "sub-Saharan Africa"). */
export const REGION_OPENERS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'latin', 'eastern', 'western', 'northern', 'southern', 'middle', 'sub-saharan', 'equatorial']);

/**
 * An insurer's words after the town or the word it is named for: "Tufts Health Plan", "Harvard Pilgrim", "Empire
 * BlueCross"; round 147: "Crestline Health Plans", "Northfield Blue Plan", "Sentinel National Life", "Dakota Mutual",
 * "Granite Life & Annuity", the Medicare contractor "Palmetto GBA"; round 151: a dental or vision payer ("Lakeshore
 * Dental Benefits", "Lakeshore Vision PPO"). Read from the blank after the word.
 */
export const INSURER_AFTER_NAME = /^[ \t](?:Pilgrim|Permanente|GBA|Health[ \t]Plans?|Health[ \t]Care[ \t]Plans?|HealthCare[ \t]Plans?|Blue[ \t]?Cross|Blue[ \t]Shield|Blue[ \t]Plan|National[ \t]Life|Mutual|Life[ \t](?:Insurance|Assurance|&[ \t]Annuity|and[ \t]Annuity)|Casualty|Indemnity|(?:Dental|Health|Vision)[ \t](?:Benefits|Insurance|HMO|PPO))(?![\p{L}])/u;
export const STRONG_HEADS = new Set(['hospital', 'hosp', 'clinic', 'clinics', 'institute', 'infirmary', 'hospice', 'sanatorium', 'langone', 'hospitals']);
export const FACILITY_CONNECTORS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'la']);
// Words that end a facility name run in ALL-CAPS text, where every word looks capitalised: "FOUND DOWN AT
// HOME" is prose (in mixed case the lower-case "at" already ends the run).
export const CAPS_RUN_BREAKERS = new Set(['at', 'to', 'in', 'on', 'by', 'from', 'with', 'was', 'is', 'were', 'has', 'had', 'he', 'she', 'they', 'pt', 'patient', 'found', 'went', 'go', 'going', 'sent', 'back', 'returned', 'discharged', 'admitted', 'lives', 'living', 'stays', 'staying']);
/** Phrases split into words and indexed by their first word, longest first ("medical" -> [["medical","center"], ...]). */
export function phrasesByFirstWord(phrases: Iterable<string>): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const list = byFirst.get(words[0] as string) ?? [];
    list.push(words);
    byFirst.set(words[0] as string, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

// Multi-word facility heads by their first word.
export const MULTI_HEADS = phrasesByFirstWord([...lexicon.FACILITY_HEADS].filter((h) => h.includes(' ')));

for (const c of PLACE_CUES) PLACE_CUE_LAST_WORDS.add(c.split(' ').pop() as string);


export function wordsFrom(doc: DocumentView, i: number, n: number): string | undefined {
  if (n === 1) return tokenAt(doc.tokens, i)?.lower;
  const parts: string[] = [];
  for (let k = 0; k < n; k++) {
    const t = tokenAt(doc.tokens, i + k);
    if (!t) return undefined;
    if (k > 0 && !phraseGap(doc.text, (doc.tokens[i + k - 1] as Token).end, t.start)) return undefined;
    parts.push(t.lower);
  }
  return parts.join(' ');
}

/**
 * Tokens from i on spell `words` with phrase gaps between them: the same answer as
 * `wordsFrom(doc, i, words.length) === words.join(' ')` (no token holds a space), without building either string.
 */
export function spells(doc: DocumentView, i: number, words: readonly string[]): boolean {
  const tokens = doc.tokens;
  if (i < 0 || i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k] as Token;
    if (t.lower !== words[k]) return false;
    if (k > 0 && !phraseGap(doc.text, (tokens[i + k - 1] as Token).end, t.start)) return false;
  }
  return true;
}

/** The characters between two words of a phrase allow it: "New York", "Winston-Salem", "St. Paul". */
const POSSESSIVE_GAP = /^['’]s[ \t]$/;

function phraseGap(text: string, from: number, to: number): boolean {
  // One space, the usual gap, without a slice and a regex.
  if (to === from + 1 && text.charCodeAt(from) === 32) return true;
  const gap = text.slice(from, to);
  // " & " too: the tokenizer drops the ampersand of "Foot & Ankle" (a facility head); and a possessive's "'s", which
  // it drops too ("Jewish Family and Children's Service" is read "... children service": see lexicon's withoutPossessives).
  // Round 154: and a plus sign joining two systems' names ("LAC+USC Medical Center").
  return (/^\.?[ \t\-]{0,2}$/.test(gap) && gap.length <= 3) || gap === ' & ' || gap === '+' || POSSESSIVE_GAP.test(gap);
}

/** Length in tokens of a facility head word starting at token i (0 if none). */
export function headAt(doc: DocumentView, i: number): number {
  const t = tokenAt(doc.tokens, i);
  // The view's flag marks every word a head can start with: most words need no probe of the head lists.
  if (!t || ((doc.wordFlags[i] as number) & WORD_FACILITY_HEAD) === 0) return 0;
  const multi = MULTI_HEADS.get(t.lower);
  if (multi) {
    for (const h of multi) {
      if (spells(doc, i, h)) return h.length;
    }
  }
  return lexicon.FACILITY_HEADS.has(t.lower) ? 1 : 0;
}

/**
 * Phrase of 1..max tokens starting at i found in `set`; returns its token count (longest first).
 * `starts` bounds the look-up by the longest phrase that begins with this word (most words: none).
 */
export function phraseAt(doc: DocumentView, i: number, set: { has(word: string): boolean }, max: number, starts: PhraseStarts): number {
  const t = tokenAt(doc.tokens, i);
  if (!t) return 0;
  // For cities the view's flags carry the city-start count of the word (0 for most words): no probe.
  // For known facilities a flag says whether one starts with the word: most words need no probe either.
  const cityWords = starts === doc.dict.cityStarts ? cityWordsOf(doc.wordFlags[i] as number) : -1;
  const noFacility = starts === doc.dict.facilityStarts && ((doc.wordFlags[i] as number) & WORD_FACILITY_START) === 0;
  let longest = cityWords >= 0 && cityWords < CITY_WORDS_SATURATED ? cityWords : noFacility ? 0 : (starts.get(t.lower) ?? 0);
  if (t.fold !== t.lower) longest = Math.max(longest, starts.get(t.fold) ?? 0);
  if (longest === 0) {
    const hyphen = t.lower.indexOf('-');
    if (hyphen <= 0 || !starts.has(t.lower.slice(0, hyphen))) return 0;
    longest = 1;
  }
  const bound = Math.min(max, longest);
  // How many words from i phrase gaps join (`reach`), and how many of those single blanks join (`blank`):
  // a phrase of up to `blank` words is one slice of the lower case (a token's lower case is its slice of it),
  // instead of an array of words joined again for each length tried.
  const tokens = doc.tokens;
  let reach = 1;
  let blank = 1;
  while (reach < bound && i + reach < tokens.length) {
    const from = (tokens[i + reach - 1] as Token).end;
    const to = (tokens[i + reach] as Token).start;
    if (!phraseGap(doc.text, from, to)) break;
    if (blank === reach && to === from + 1 && doc.text.charCodeAt(from) === 32) blank++;
    reach++;
  }
  for (let n = Math.min(bound, reach); n >= 1; n--) {
    const w = n === 1 ? t.lower : n <= blank ? doc.lower.slice(t.start, (tokens[i + n - 1] as Token).end) : (wordsFrom(doc, i, n) as string);
    if (set.has(w) || (n > 1 && w.includes(' - ') && set.has(w.replace(/ - /g, '-'))) || (n === 1 && w.includes('-') && set.has(w.replace(/-/g, ' ')))) return n;
    // The lists write an apostrophe as a blank: "Coeur d'Alene" is "coeur d alene", "O'Fallon" is "o fallon".
    if ((w.includes("'") || w.includes('’')) && set.has(w.replace(/['’]/g, ' '))) return n;
    if (hasNonAscii(w) && set.has(fold(w))) return n;
  }
  return 0;
}

export const CARE_PREPOSITIONS = new Set(['at', 'from', 'to']);
export const CARE_VERBS = new Set(['seen', 'treated', 'admitted', 'transferred', 'rehab', 'followed', 'follows', 'hospitalized', 'hospitalised', 'discharged', 'cardiology', 'oncology', 'dialysis', 'delivered', 'born', 'referred', 'evaluated', 'imaged', 'operated',
  // Where care is sought or supplies and tests are fetched: "go to the ED at Froedtert", "picks up at Bartell", "labs drawn at Sonora".
  'ed', 'er', 'picks', 'picked', 'filled', 'refilled', 'drawn',
  // Round 129: where a person waits for an organ or took a second opinion: "listed for transplant at Kessler".
  'listed', 'transplant', 'opinion']);

export const ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'med', 'ctr', 'cntr', 'univ', 'hosp', 'inst', 'gen', 'mem', 'reg', 'n', 's', 'e', 'w']);

export const EXTRA_CITY_SET: ReadonlySet<string> = new Set(lexicon.EXTRA_CITIES);

export const placeShaped = (doc: DocumentView, t: Token): boolean => t.capitalized || t.upper || (doc.allCaps && t.text.length > 1);

/** Regions of the body a decision rule for imaging names, in lower case. */
const SCAN_REGIONS = new Set(['head', 'chest', 'neck', 'spine', 'c-spine', 'abdomen', 'pelvis']);

/** Units and settings of care written in capitals (round 84). */
const CARE_UNITS = new Set(['ed', 'er', 'icu', 'or', 'pacu', 'nicu', 'picu', 'ccu', 'micu', 'sicu', 'cvicu', 'ltac', 'snf', 'ems', 'va']);

/**
 * Token k is a clinical head word ("Foley catheter", "Lawton IADL"), or starts up to four capitalised words or
 * class marks, one blank apart, that end at one: the place or name before k names an instrument ("Epworth
 * Sleepiness Scale", "Boston Bowel Preparation Scale", "Columbia Suicide Severity Rating Scale", "Amsterdam II
 * criteria"). Other lower-case words are not read on ("Boston last fall" is a time). Reads at most four tokens.
 */
/** A model's code between a maker and its head, a letter and digits: "Hamilton C6 ventilator". */
function modelCodeGap(doc: DocumentView, p: Token, t: Token): boolean {
  return /^[A-Z]$/.test(p.text) && /^\d{1,3} $/.test(doc.text.slice(p.end, t.start));
}

export function instrumentAfter(doc: DocumentView, k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const t = doc.tokens[j];
    if (t === undefined || (j > k && t.start !== (doc.tokens[j - 1] as Token).end + 1 && !modelCodeGap(doc, doc.tokens[j - 1] as Token, t))) return false;
    if (lexicon.EPONYM_HEADS.has(t.lower)) return true;
    // An operation named after its surgeon: "Ivor Lewis esophagectomy".
    if (t.text === t.lower && /(?:ectomy|otomy|ostomy|plasty|pexy)$/.test(t.text)) return true;
    // A class between the name and its head: "Amsterdam II criteria", "Crawford extent II".
    // One describing word first: "Mayo endoscopic score", "Glasgow prognostic score".
    if (j === k && /^\p{Ll}{4,}(?:ic|al|ive)$/u.test(t.text)) continue;
    // Round 39: the region a scan's rule is for: "Canadian CT head rule", "NEXUS chest rule".
    if (j === k && SCAN_REGIONS.has(t.text)) continue;
    // Round 84: an acronym in capitals on the way to the head: "Ottawa SAH rule", "Canadian CT head rule".
    // A unit of care is no acronym of a rule: "Boston ICU protocol", "Denver ED pathway" name the hospital's town.
    if (!t.capitalized && !(t.upper && t.text.length >= 2 && !doc.allCaps && !CARE_UNITS.has(t.lower)) && !isClassMark(t.text)) return false;
  }
  return false;
}

/** Cardiac devices and their parts, after their maker's name: "St. Jude dual-chamber", "St. Jude ICD". */
const CARDIAC_DEVICE_WORDS = new Set(['dual-chamber', 'single-chamber', 'dual', 'single', 'icd', 'pacemaker', 'pacer', 'ppm', 'device', 'devices', 'lead', 'leads', 'crt', 'crt-d', 'crt-p', 'ilr', 'defibrillator', 'generator', 'battery', 'programmer', 'rep', 'representative', 'merlin', 'assurity', 'ellipse', 'endurity', 'quadra', 'gallant']);

/**
 * Round 39: tokens i and i + 1 are "St. Jude" (or "St Jude") before a cardiac device's word: the maker (now Abbott),
 * not the hospital nor a saint's name ("St. Jude dual-chamber", "her St. Jude ICD"; "St. Jude for ALL" stays).
 */
export function stJudeDevice(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i];
  const n = doc.tokens[i + 1];
  if (t === undefined || n === undefined || t.lower !== 'st' || n.lower !== 'jude') return false;
  const d = doc.tokens[i + 2];
  return d !== undefined && d.start - n.end <= 2 && CARDIAC_DEVICE_WORDS.has(d.lower);
}

/** Round 93: a publisher's or an authority's word after an institution's name, up to two words between ("Mayo Clinic ERAS pathway"). */
const PUBLISHER_AFTER = /^(?:[ \t]{1,2}|[ \t]?\r?\n)(?:[A-Za-z][\w\-]*[ \t]){0,2}(?:recommends|advises|endorses|publishes|guide|guides|guidance|leaflet|leaflets|pathway|handout|handouts|nomogram|nomograms|website|calculator)\b/;
/** Text from `at` names what an institution published or advised (PUBLISHER_AFTER). */
export function publisherAfter(text: string, at: number): boolean {
  return PUBLISHER_AFTER.test(text.slice(at, at + 40));
}

/**
 * Round 93: from token k, up to four capitalised words end in an institution's head ("Clinic", "Cancer Center") that
 * a publisher's word follows ("Sloan Kettering Cancer Center nomograms", "Cleveland Clinic publishes"): the words
 * before name a source, no person and no town.
 */
export function publisherHeadFrom(doc: DocumentView, k: number): boolean {
  const tokens = doc.tokens;
  for (let n = k; n < k + 4; n++) {
    const head = tokens[n];
    if (head === undefined || !head.capitalized || (n > k && head.start !== (tokens[n - 1] as Token).end + 1)) return false;
    if ((STRONG_HEADS.has(head.lower) || head.lower === 'center' || head.lower === 'centre') && publisherAfter(doc.text, head.end)) return true;
  }
  return false;
}

/** A clinic's journal or its reference laboratory after "Clinic", no town after it (round 166; see facilities.ts namedReferenceLab). */
export const CLINIC_INSTITUTION_AFTER = /^[ \t](?:(?:Proceedings|Journal)\b|(?:Laboratories|Laboratory|Labs|Lab)\b(?![ \t]{0,2}[,\-–][ \t]{0,2}\p{Lu}|[ \t]{1,2}(?:in|at|of)[ \t]{1,2}\p{Lu}))/u;
