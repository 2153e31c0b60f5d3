// Cities and towns from the ZIP-code gazetteer: large ones on their own, the rest with a state after them
// or a place cue before them ("lives in Hope"), never when used as an eponym ("Boston brace").
import { lexicon } from '../dictionaries/index.js';
import { fold, tokenAt, type Token } from '../text/tokens.js';
import { cueRightBefore } from './pattern.js';
import { CALENDAR_WORDS, CASE_CITATION_AFTER, FUNCTION_WORDS, PLACE_INFECTION_HEAD, inEponymPair, inPersonNamedFirm, isUpperLetter, looksSpanish, makerBeforeProduct, orEquipmentNamed, PERSON_DEEDS, petNameAt, RELATIONS, spellingAlphabetWord, titleCaseHeadAfter } from './name-words.js';
import { CLINIC_INSTITUTION_AFTER, EXTRA_CITY_SET, publisherHeadFrom, FOREIGN_TOWN_CUES, INSURER_AFTER_NAME, instrumentAfter, JOURNEY_VERBS, NOT_TOWN_NAMES, PLACE_CUES, PLACE_CUE_LAST_WORDS, REFERRAL_CLAUSE_VERBS, REFERRAL_TOWN_CUES, STRONG_PLACE_CUES, TOWN_CUES, TOWN_CUE_LAST_WORDS, TOWN_CUE_WORDS_BEFORE_LAST, phraseAt, phrasesByFirstWord, placeShaped, spells, wordsFrom } from './place-words.js';
import { candidate, type Candidate, type DocumentView } from './types.js';

/** A slash and a unit a maximum or minimum is given per (round 60): "Max/day", "Min/dose". */
/** A person (or a people) and a copula right before a people's name ("her people are Lakota", "he is Navajo"; see findCities). */
/** Round 170: a car's make right before a word (its model, when the model is named after a town). */
const CAR_MAKE_BEFORE = /(?:^|[^A-Za-z])(?:Toyota|TOYOTA|Hyundai|HYUNDAI|Chevy|Chevrolet|CHEVROLET|Kia|KIA|Chrysler|CHRYSLER|Nissan|NISSAN|Honda|HONDA|Dodge|DODGE|GMC|Buick|BUICK|Jeep|JEEP|Mazda|Subaru|Pontiac|Ford|FORD)[ \t]$/;
const PEOPLE_COPULA_BEFORE = /(?:^|[^a-z'’])(?:(?:people|family|tribe|he|she|they|we|patient|pt|mother|father|mom|dad|parents|husband|wife)[ \t]{1,2}(?:is|are|was|were)|i['’]?m|i[ \t]am)[ \t]{1,2}$/;
/** What closes such a name: the clause's end (not a comma: "is Lakota, ND") or another capitalised word. */
const PEOPLE_AFTER = /^(?:[.;:!?)]|[ \t]?$|[ \t]?\r?\n|[ \t]\p{Lu})/u;
const PER_UNIT_AFTER = /^\/(?:day|d|dose|hr|h|wk|week|kg|min|24h|mo)(?![a-z])/i;
/** Round 59: a centre's name of one to three capitalised words and its head, then "at", right before a town. */
const CENTRE_AT_TOWN = /(?<![\p{L}\-])(?:\p{Lu}\p{Ll}{2,15}[ \t]){1,3}(?:Center|Centre|Clinic|Institute|Pavilion)[ \t]at[ \t]$/u;
/** Round 59: what follows a town's "State" that names a university: a lower-case word other than "of" or a clause's end. */
const UNIVERSITY_STATE_AFTER = /^(?:[ \t](?!of\b|law|line|park|route|road|highway|hwy|police|trooper|patrol)[a-z]|[.,;:!?)]|$)/;
/** Round 115: a combination's strength ("5/325", the second part three digits, no date's) or a dose and its unit. */
const STRENGTH_AFTER = /^[ \t]\d{1,3}(?:\.\d{1,2})?(?:\/\d{3}(?![\d\/])|[ \t]?(?:mg|mcg)\b)/;
const DOSE_BEFORE = /\d[ \t]?(?:mg|mcg|g|ml|units?)[ \t]$/;
/** Round 59: a drug's name in lower case, by its stem's ending, right before a release form ("paliperidone LA"). */
/** A bradycardia's reading, count, day or desaturation after "Brady" (round 145). */
const SALINE_USE_AFTER = /^[ \t]{1,2}(?:control|flush|lock|solution|drip|bolus|nasal|rinse|irrigation|wash|spray|lavage|infusion|drops?|gtt|neb)\b/i;
const BRADY_EVENT_AFTER = /^[ \t]{1,2}(?:to[ \t]{1,2}\d|x[ \t]?\d|\d{1,3}(?![\d,])|with[ \t]|and[ \t]desat)/;
const DRUG_BEFORE = /(?:^|[^a-z])[a-z]{2,10}(?:vir|mab|done|pine|zine|tide|pril|olol|azole|mycin|cillin|statin|sartan|pam|lam|xone|rine|dine|mine|tine|phine|trol|zole|ide)[ \t]$/;
/** A size after a word in capitals, or a coronary artery after an arrow or dash: the word is anatomy, no town. */
const ANATOMY_AFTER_CAPS = /^(?:[ \t]{1,2}:?[ \t]{0,2}\d{1,3}(?:\.\d{1,2})?[ \t]?(?:cm|mm|mL|ml)\b|[ \t](?:volume|vol|diameter|dimension|size|appendage|pressure|enlargement|dilation|dilatation)\b|[ \t](?:(?:mildly|moderately|severely|markedly|normal|not|is|was)[ \t]{1,2})?(?:dilated|enlarged)\b|[ \t]?[–\-→>][ \t]?(?:LAD|RCA|OM\d?|PDA|LCx|D\d|RI|PLV)\b)/;
/** Two or more capitals then lower case to a word's end ("ARNi", "SGLT2i" has a digit and is no town anyway). */
const ABBREVIATION_CASE = /^[A-Z]{2,}[a-z]{1,2}$/;

/** A verb whose "at" is its own, right before the "at": "pulled at", "tugging at", "picks at". */
const PHRASAL_AT_BEFORE = /(?:^|[^a-z])(?:pull|tug|pick|scratch|grab|claw|poke|swat|rub|chew|bit|bite|yank)(?:s|ed|ing|ged|ging|bed|bing)?[ \t]{1,2}$/;

/** Round 168: Crohn's disease's (age, location, behaviour) or ulcerative colitis's (extent, severity) Montreal code, run together. */
const STATE_AGENCY_AFTER = /^[ \t]State[ \t](?:Department|Dept\.?|Office|Division|Bureau|Agency|Commission)\b/;
const VEHICLE_MAKES: ReadonlySet<string> = new Set(['ford', 'chevrolet', 'chevy', 'toyota', 'honda', 'nissan', 'dodge', 'jeep', 'gmc', 'hyundai', 'kia', 'subaru', 'mazda', 'volkswagen', 'buick', 'chrysler', 'mitsubishi', 'pontiac', 'lincoln']);
const MONTREAL_CODE_AFTER = /^[ \t]{1,2}(?:A[1-3]L[1-4](?:\+?L4)?B[1-3]p?|E[1-3]S[0-3])(?![\p{L}\d])/u;
/** Towns whose names are severity classifications: the revised Atlanta (acute pancreatitis), Berlin and Kigali (ARDS). */
const SEVERITY_CLASS_TOWNS = new Set(['atlanta', 'berlin', 'kigali']);
const SEVERITY_AFTER = /^[ \t]{0,2}(?:[:\-–=][ \t]{0,2}|\([ \t]?)(?:mild|moderate|moderately|severe)\b/i;
const SEVERITY_BEFORE = /(?:mild|moderate|moderately[ \t]severe|severe)[ \t]{0,2}(?:[,;(\/]|per|by)[ \t]{0,2}(?:revised[ \t]{1,2})?$/i;

/** Round 122: capitalised words, then the head of a named test or scale, right after a town's name. */
const NAMED_INSTRUMENT_AFTER = /^[ \t](?:\p{Lu}\p{Ll}+[ \t]){1,2}(?:Test|Scale|Inventory|Battery|Questionnaire)\b/u;

function severityBeside(text: string, start: number, end: number): boolean {
  return SEVERITY_AFTER.test(text.slice(end, end + 16)) || SEVERITY_BEFORE.test(text.slice(Math.max(0, start - 32), start));
}

/** Round 88: the word of a county written after its name in lower case ("<town> co", "<town> county", "<town> parish"). */
const COUNTY_WORDS: ReadonlySet<string> = new Set(['co', 'county', 'parish']);
/** Round 46: farm animals after a breed that a town shares ("Holstein heifer", "Jersey cow"). */
const LIVESTOCK: ReadonlySet<string> = new Set(['heifer', 'heifers', 'cow', 'cows', 'calf', 'calves', 'steer', 'steers', 'bull', 'bulls', 'cattle', 'herd', 'hog', 'hogs', 'pig', 'pigs', 'sow', 'sows', 'boar', 'ram', 'rams', 'ewe', 'ewes', 'sheep', 'mare', 'stallion', 'gelding', 'colt', 'filly', 'horse', 'goat', 'goats', 'hen', 'hens', 'rooster', 'chickens']);
/** Words before "Township" that name none: "the Township", "each Township". */
const NOT_TOWNSHIP = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'your', 'each', 'every', 'any', 'no', 'of', 'in', 'and']);
/** Round 89: prepositions of place before "the <tribe> Nation". */
const NATION_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'near', 'from', 'across', 'to', 'within', 'off']);

/**
 * Round 89: token i and `nt` after it are a tribal nation's land after a preposition of place and "the" ("out past
 * <town> on the <tribe> Nation"); the tribe's word is no English word ("the United Nation", "a Cherokee Nation citizen" stay).
 */
function tribalNationAt(doc: DocumentView, i: number, nt: Token): boolean {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  return nt.lower === 'nation' && nt.capitalized && t.capitalized && nt.start === t.end + 1 && i > 1 && doc.isCommon[i] === 0 && (tokens[i - 1] as Token).lower === 'the' && NATION_PREPOSITIONS.has((tokens[i - 2] as Token).lower);
}
/** New York City's boroughs, read after a neighbourhood and a comma as a state is ("Corona, Queens"). */
const LIST_GOES_ON = /^(?:,?[ \t]{1,2}(?:and|&)[ \t]{1,2}\p{Lu}|,[ \t]{1,2}\p{Lu})/u;
const NYC_BOROUGHS: ReadonlySet<string> = new Set(['queens', 'brooklyn', 'bronx', 'the bronx', 'manhattan', 'staten island']);

// The area of an IANA time zone's name and the words of its place before the town's ("America/", "America/New_", "America/Port_of_").
const TIME_ZONE_BEFORE = /(?:^|[^A-Za-z])(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian|Antarctica|Arctic)\/(?:[A-Za-z]{1,14}_){0,3}$/;

// Round 83: state codes that are English words ("IN", "OR", "ME", "OK", "HI"), which a report in capitals writes as
// words: "THE SPLEEN IS NORMAL IN SIZE", "SALEM OR PORTLAND". With no comma before them and a word in capitals after
// them (no ZIP, no phone or fax label) they are the word, not the state ("CARMEL IN 46032", "BANGOR ME  TEL" stay).
const WORD_STATE_CODES: ReadonlySet<string> = new Set(['IN', 'OR', 'ME', 'OK', 'HI']);
const CAPS_WORD_AFTER = /^[ \t]{1,2}([A-Z]{2,})(?![\p{L}\d])/u;
const LABEL_AFTER_STATE: ReadonlySet<string> = new Set(['PH', 'TEL', 'PHONE', 'FAX', 'ZIP', 'USA', 'US']);
function wordStateInCaps(text: string, matched: string, code: string, at: number): boolean {
  if (matched.charCodeAt(0) === 44 || !WORD_STATE_CODES.has(code)) return false;
  const w = CAPS_WORD_AFTER.exec(text.slice(at, at + 24))?.[1];
  return w !== undefined && !LABEL_AFTER_STATE.has(w);
}

/** Round 156: a regulator's or a society's word, a town's name too (Council, Idaho; Board Camp, Arkansas). */
const BODY_WORDS = new Set(['council', 'board', 'society', 'college', 'commission', 'registry']);

export function findCities(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  const max = Math.min(doc.dict.maxCityWords, 5);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!placeShaped(doc, t)) {
      const n = lowerCaseCity(doc, i);
      if (n > 0) {
        // Round 88: the county a lower-case town names ("lives in <town> co out by", "in <town> county"): its word too.
        const last = tokens[i + n - 1] as Token;
        const county = tokens[i + n];
        const end = county !== undefined && COUNTY_WORDS.has(county.text) && county.start === last.end + 1 ? county.end : last.end;
        out.push(candidate(t.start, end, 'LOCATION', 0.76, 'city', { kind: 'dictionary', detail: 'us-cities' }, { kind: 'context', detail: 'cue:lower-case' }));
        i += n - 1;
        const m = lowerTownAfterOr(doc, i + 1);
        if (m > 0) {
          out.push(candidate((tokens[i + 2] as Token).start, (tokens[i + 1 + m] as Token).end, 'LOCATION', 0.72, 'city', { kind: 'dictionary', detail: 'us-cities' }, { kind: 'context', detail: 'list-after-town' }));
          i += m + 1;
        }
      }
      continue;
    }
    const nt = tokens[i + 1];
    if (nt !== undefined && tribalNationAt(doc, i, nt)) {
      out.push(candidate(t.start, nt.end, 'LOCATION', 0.74, 'city', { kind: 'context', detail: 'tribal-nation' }));
      i++;
      continue;
    }
    // "Harmony Twp", "Clinton Township": a capitalised word before a township's head is the township.
    if (nt !== undefined && (nt.lower === 'twp' || nt.lower === 'township') && nt.capitalized && nt.start === t.end + 1 && !NOT_TOWNSHIP.has(t.lower)) {
      out.push(candidate(t.start, nt.end, 'LOCATION', 0.8, 'city', { kind: 'context', detail: 'township' }));
      i++;
      continue;
    }
    let n = phraseAt(doc, i, doc.dict.citiesAlone, max, doc.dict.cityStarts);
    // Towns outside the US only after a place cue's last word ("in", "from", "grew up in"): the per-token flags
    // carry no start words of theirs, so only such words cost a look-up.
    // Or before a comma, where a region may follow ("Dauphin, MB", "Kottayam, Kerala"; a country is findCountryTowns').
    // Or in a route drawn with arrows ("Auckland → Nadi → Kumasi").
    const arrow = n === 0 && itineraryArrow(doc.text, t.start, t.end);
    if (n === 0 && ((i > 0 && placeCueWordBefore(doc, i)) || doc.text.charCodeAt(t.end) === 44 || arrow)) n = phraseAt(doc, i, doc.dict.anyTowns, max, doc.dict.townStarts);
    if (n === 0) {
      // "in Shaker Heights", "from Rolling Hills": a word no gazetteer holds and a site word, after a preposition of place.
      if (i > 0 && t.capitalized && !doc.allCaps && siteWordAfter(doc, t, nt) && !NOT_TOWNSHIP.has(t.lower) && !(nt.lower === 'city' && NOT_CITY_NAMES.has(t.lower)) && SITE_PREPOSITIONS.has((tokens[i - 1] as Token).lower)) {
        out.push(candidate(t.start, nt.end, 'LOCATION', 0.66, 'city', { kind: 'context', detail: 'town-site-word' }));
        i++;
        continue;
      }
      if (i > 0 && TOWN_CUE_LAST_WORDS.has((tokens[i - 1] as Token).lower)) i = townAfterCue(doc, i, out);
      continue;
    }
    const last = tokens[i + n - 1] as Token;
    const phrase = wordsFrom(doc, i, n) ?? '';
    // A town outside the US (no US city name): like a US town of the all-cities tier, but a one-word name that is
    // a word or a name counts only after a strong town cue, and a country, a state, a language or a setting never.
    const world = worldTownKey(doc, phrase);
    if (world === null) continue;
    const worldWord = world !== undefined && (doc.dict.worldTownWords.has(world) || (n === 1 && (doc.isFirst[i] === 1 || doc.isSur[i] === 1)));
    // ADA, RA: acronyms. A world town (found after a cue only) of five letters or more in capitals is the town: "based in ESPOO".
    if (n === 1 && t.upper && !doc.allCaps && !EXTRA_CITY_SET.has(phrase) && (world === undefined || t.text.length < 5)) continue;
    // Round 84: "use of ARNi", "HFrEF": capitals then lower case closing one word is an abbreviation's shape (a
    // drug class, an inhibitor's "i"), no town's ("McAllen", "DeKalb", "LaGrange" open with one capital).
    if (n === 1 && !t.upper && ABBREVIATION_CASE.test(t.text)) continue;
    // "the Declaration of Helsinki", "Declaration of Istanbul": an accord named by the town it was signed in.
    if (t.start >= 15 && doc.lower.startsWith('declaration of ', t.start - 15)) continue;
    // Round 40: "STATE: LA", "ST: PA": a state's code in a form's state field, not a town's initials.
    if (n === 1 && t.upper && t.text.length === 2 && STATE_FIELD_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 10), t.start))) continue;
    // "propranolol 80 mg LA", "nifedipine 30 mg SR": a release form after a dose, not a town's initials.
    if (n === 1 && t.upper && DOSE_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 8), t.start))) continue;
    // Round 115: "Norco 5/325", "Norco 10 mg": a one-word town right before a drug's strength is the drug's brand.
    if (n === 1 && STRENGTH_AFTER.test(doc.text.slice(last.end, last.end + 14))) continue;
    // Round 59: "paliperidone LA", "octreotide LA": a long-acting form right after a drug's name in lower case.
    if (n === 1 && t.text === 'LA' && DRUG_BEFORE.test(doc.text.slice(Math.max(0, t.start - 16), t.start))) continue;
    // Round 149: an echo's "LA vol index 44" too.
    // "LA 4.6 cm" (the left atrium), "LA mildly dilated", "LIMA–LAD" (a mammary artery grafted to a coronary): anatomy in capitals.
    if (n === 1 && t.upper && !doc.allCaps && ANATOMY_AFTER_CAPS.test(doc.text.slice(last.end, last.end + 26))) continue;
    // "Paris 0-Is", "(Paris 0-IIa)": the Paris endoscopic classification of a polyp's shape, no town ("0-" then a class).
    // The character after the blank ("0", "t" of "type" or a second blank) is asked first: most towns have none of them.
    const afterBlank = doc.text.charCodeAt(last.end + 1);
    if (n === 1 && (afterBlank === 48 || afterBlank === 116 || afterBlank === 32) && /^[ \t]{1,2}(?:type[ \t])?0-I/.test(doc.text.slice(last.end, last.end + 10))) continue;
    // Round 60: "Max/day", "Max/dose": a one-word town before a slash and a unit of time or dose is an abbreviation
    // of a table's header ("Dallas/Fort Worth", "Houston/the Woodlands" stay).
    if (n === 1 && doc.text.charCodeAt(last.end) === 47 && PER_UNIT_AFTER.test(doc.text.slice(last.end, last.end + 6))) continue;
    // "TZID=America/New_York", "Europe/Isle_of_Man": a time zone's name says where a server or a calendar is set, not a person.
    if (t.start > 0 && (doc.text.charCodeAt(t.start - 1) === 47 || doc.text.charCodeAt(t.start - 1) === 95) && TIME_ZONE_BEFORE.test(doc.text.slice(Math.max(0, t.start - 24), t.start))) continue;
    const next = tokenAt(tokens, i + n);
    // "San Francisco syncope rule", "Boston brace", "Epworth Sleepiness Scale": a place name used as an eponym.
    // "Reynolds' pentad": a name ending in s takes the apostrophe alone.
    if (next !== undefined && /^(?:['’]s?)?[ \t\-]{1,2}$/i.test(doc.text.slice(last.end, next.start)) && instrumentAfter(doc, i + n)) continue;
    // Round 49: "Canadian snowbird", "the Canadian health system": a nation's adjective before a lower-case noun, not
    // the Texas town ("lives in Canadian with" has a function word after it, and stays).
    // Round 116: so is a people's or a language's name that is a town too ("a 40-year-old Lakota man").
    if (n === 1 && next !== undefined && (lexicon.NATION_ADJECTIVES.has(phrase) || lexicon.LANGUAGES.has(phrase)) && next.text === next.lower && /^[a-z]{3,}$/.test(next.text) && !FUNCTION_WORDS.has(next.text) && doc.text.slice(last.end, next.start) === ' ') continue;
    // And after a copula, closing the clause or before another capitalised word ("Her people are Lakota.", "He is Lakota
    // Sioux"): who the person is, not where ("is in Lakota", "moved to Lakota" stay).
    if (n === 1 && (lexicon.NATION_ADJECTIVES.has(phrase) || lexicon.LANGUAGES.has(phrase)) && PEOPLE_COPULA_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 20), t.start)) && PEOPLE_AFTER.test(doc.text.slice(last.end, last.end + 3))) continue;
    // Round 111: "Lagos virus", "Hong Kong flu": an infection named after a town ("Boston flu-like illness" and a
    // one-word town before "flu", "the Dallas flu clinic", stay).
    const infection = PLACE_INFECTION_HEAD.exec(doc.text.slice(last.end, last.end + 14));
    if (infection !== null && (infection[1] === undefined || n >= 2)) continue;
    // Round 122: "Boston Naming Test", "Denver Developmental Screening Test": a town naming a test or scale.
    if (NAMED_INSTRUMENT_AFTER.test(doc.text.slice(last.end, last.end + 44))) continue;
    // Round 130: "Ghent Nosology", "Rogers Algorithm": a one-word town before a capitalised syndrome's, score's or rule's head.
    if (n === 1 && next !== undefined && titleCaseHeadAfter(doc, tokens, i)) continue;
    // "Plaster of Paris": the cast's material, not the town.
    if (phrase === 'paris' && /plaster of $/i.test(doc.text.slice(Math.max(0, t.start - 11), t.start))) continue;
    // "Mayo Clinic Proceedings", "Cleveland Clinic Journal": a journal named after its clinic, no town.
    // Round 166: and a national reference laboratory so named, no town after it ("Mayo Clinic Laboratories").
    if (next?.lower === 'clinic' && CLINIC_INSTITUTION_AFTER.test(doc.text.slice(next.end, next.end + 32))) continue;
    // "Sister Mary Joseph nodule", "Delphian node": a one-word town right before a node or nodule is an eponym's word (round 37).
    if (n === 1 && next !== undefined && (next.lower === 'nodule' || next.lower === 'node' || next.lower === 'nodules' || next.lower === 'nodes') && /^(?:['’]s?)?[ \t]$/.test(doc.text.slice(last.end, next.start))) continue;
    // Eponym-like place words ("Gleason", "Ottawa", "Miami J", "Denver II") count only with a state or a cue.
    // Device and sign eponyms ("Foley removed") are places only with a state or a cue, wherever they stand.
    const eponymWord =
      n === 1 &&
      lexicon.EPONYMS.has(phrase) &&
      (lexicon.CLINICAL_EPONYMS.has(phrase) || /^[ \t]{1,2}(?:[0-9]|[A-Z]\d?\b|I{2,3}\b|IV\b)/.test(doc.text.slice(last.end, last.end + 5)) ||
        // Round 168: the Montreal classification's code run together ("Montreal A2L3B2", "A1L4B2p", "E3S2").
        MONTREAL_CODE_AFTER.test(doc.text.slice(last.end, last.end + 12)) || (next !== undefined && lexicon.EPONYMS.has(next.fold)) ||
        // Round 45: a sign's eponym before its finding ("Murphy positive", "Homan neg"): an exam, no town of Texas.
        (next !== undefined && SIGN_FINDINGS.has(next.lower) && oneSpaceBetween(doc.text, last.end, next.start)) ||
        // Round 86: a scale's eponym alone in brackets after what it scores ("fall risk (Morse) 45", "pressure injury
        // risk (Braden)"): the instrument, no town.
        (doc.text.charCodeAt(last.end) === 41 && SCALE_PAREN_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 20), t.start))));
    if (eponymWord && next !== undefined && lexicon.EPONYMS.has(next.fold)) continue; // "Austin Flint murmur"
    if (n === 1 && inEponymPair(doc, tokens, i)) continue; // "Bennett and Rolando fractures"
    // "(mild, Atlanta)", "Atlanta: moderately severe", "Berlin: severe": a town that names a severity classification
    // (acute pancreatitis, ARDS), beside its grade.
    if (n === 1 && SEVERITY_CLASS_TOWNS.has(phrase) && severityBeside(doc.text, t.start, last.end)) continue;
    if (n === 1 && next !== undefined && makerBeforeProduct(doc, t, next)) continue; // "Baxter Amia cycler"
    if (n === 1 && orEquipmentNamed(doc.text, t.start, last.end)) continue; // Round 145: "the Allen stirrups", "a Wilson frame"
    // Round 149: saline as what it is ("Saline control 0/0" on a skin-test sheet, "saline flush"), no Saline, Michigan.
    if (n === 1 && t.lower === 'saline' && SALINE_USE_AFTER.test(doc.text.slice(last.end, last.end + 14))) continue;
    // Round 145: "Brady to 68", "Brady x3", "Brady 11/30.": a nursery's bradycardia before its reading, count or day, no town.
    if (n === 1 && t.lower === 'brady' && BRADY_EVENT_AFTER.test(doc.text.slice(last.end, last.end + 12))) continue;
    // Round 93: "The Cleveland Clinic publishes a guide", "Mayo Clinic ERAS pathway": the town names an institution
    // before a strong head, and the institution is a publisher or an authority (facilities.ts leaves it too).
    if (next !== undefined && next.start === last.end + 1 && publisherHeadFrom(doc, next.index)) continue;
    if (n === 1 && inPersonNamedFirm(doc, tokens, i)) continue; // Round 93: "(Trulicity, Lilly)", "Johnson & Johnson", "Bristol Myers Squibb"
    // Round 46: "kicked by a Holstein heifer", "Jersey cow", "Hampshire sow": a breed named after its place, before the animal.
    if (n === 1 && next !== undefined && LIVESTOCK.has(next.lower) && next.text === next.lower && doc.text.charCodeAt(last.end) === 32 && next.start === last.end + 1) continue;
    // Round 90: "her dog Max", "the puppy Bristol": a pet's name, no town.
    if (petNameAt(doc.text, tokens, i)) continue;
    // Round 102: "V as in Victor": the word a letter is spelled by, no town.
    if (n === 1 && spellingAlphabetWord(doc, i)) continue;
    // Round 169: a state's department named in full ("New York State Department of Health"): no place, by the
    // conventions (facilities.ts leaves the department too).
    if ((lexicon.US_STATES.has(phrase) || (i > 0 && (tokens[i - 1] as Token).text === 'New' && lexicon.US_STATES.has(`new ${phrase}`))) &&
      STATE_AGENCY_AFTER.test(doc.text.slice(last.end, last.end + 24))) continue;
    // Round 169: a vehicle's model named after a town, after its maker ("a 2019 Toyota Tacoma, HI RKD 415").
    if (i > 0 && doc.text.charCodeAt(t.start - 1) === 32 && VEHICLE_MAKES.has((tokens[i - 1] as Token).lower) && (tokens[i - 1] as Token).capitalized) continue;
    // Round 143: a case's name before its law report's citation ("Smith v. Jones, 362 U.S. 402", "In re LaBelle, 107 Wn.2d 196").
    if (doc.text.charCodeAt(last.end) === 44 && CASE_CITATION_AFTER.test(doc.text.slice(last.end, last.end + 32))) continue;
    // Round 156: "Nursing Council NC 271190", "Medical Board MB 40-22": a body's word after its field, then its
    // register's code, no town of Council, Idaho ("lives in Council, ID" has no capitalised word before it).
    if (n === 1 && BODY_WORDS.has(phrase) && i > 0 && (tokens[i - 1] as Token).capitalized && (tokens[i - 1] as Token).end + 1 === t.start) continue;
    // Round 157: "to Ward 4B", "from Ward 7": a hospital ward by its number, no town of Ward, Colorado.
    if (n === 1 && t.lower === 'ward' && /^[ \t]\d{1,3}[A-Za-z]?(?![\w\-\/])/.test(doc.text.slice(last.end, last.end + 6))) continue;
    let end = last.end;
    let score = 0;
    const evidence: { kind: 'dictionary' | 'context'; detail: string }[] = [{ kind: 'dictionary', detail: world === undefined ? 'us-cities' : 'world-towns' }];
    // "Houston, TX", "Brooklyn, NY", "Chicago, Illinois"
    const sep = end < doc.text.length ? doc.text.charCodeAt(end) : -1; // no read past the end: it deoptimizes
    if (sep === 44 || sep === 32) {
      const after = doc.text.slice(end, end + 24);
      const st = /^,?[ \t]{1,2}([A-Z]{2})\b/.exec(after);
      const stName = st ? null : /^,[ \t]{1,2}([A-Z][a-z]+(?: [A-Z][a-z]+)?)/.exec(after);
      // "Canadian CT Head Rule": a decision rule for computed tomography, no town in Connecticut.
      if (st?.[1] === 'CT' && st[0].charCodeAt(0) !== 44 && lexicon.EPONYMS.has(phrase) && instrumentAfter(doc, i + n + 1)) continue;
      // A US state after a town outside the US that is a word or a name is no sign: "Rivera, MD" is a doctor.
      if (!worldWord && st?.[1] && lexicon.STATE_CODES.has(st[1]) && !wordStateInCaps(doc.text, st[0], st[1], end + st[0].length) && !credentialAfterGivenName(doc, i, n, phrase, st[1], end + st[0].length) && !credentialLabel(doc.text, st[0], st[1], end + st[0].length) && !(st[1] === 'ID' && idLabel(doc.text, end + st[0].length, st[0].charCodeAt(0) === 44))) {
        end += st[0].length;
        score = 0.88;
        evidence.push({ kind: 'context', detail: 'state-code' });
      } else if (!worldWord && stName?.[1] && lexicon.US_STATES.has(stName[1].toLowerCase())) {
        end += stName[0].length;
        score = 0.86;
        evidence.push({ kind: 'context', detail: 'state-name' });
      } else if (world === undefined && stName?.[1] && NYC_BOROUGHS.has(stName[1].toLowerCase()) && !LIST_GOES_ON.test(doc.text.slice(end + stName[0].length, end + stName[0].length + 8))) {
        // "Corona, Queens", "Astoria, Queens": a neighbourhood and its borough are one place; not a list of names
        // ("Smith, Queens and Lee").
        end += stName[0].length;
        score = 0.86;
        evidence.push({ kind: 'context', detail: 'borough' });
      } else if (stName?.[1] && !worldWord && !(n === 1 && (doc.isFirst[i] === 1 || doc.isSur[i] === 1)) && (lexicon.WORLD_REGIONS.has(stName[1].toLowerCase()) || lexicon.WORLD_REGIONS.has(stName[1].split(' ')[0]!.toLowerCase()))) {
        // "The Pas, Manitoba", "Kottayam, Kerala": a province or state outside the US, which is no identifier: the town is.
        // Not after a name ("Mendoza, Alberta" is a person).
        score = 0.84;
        evidence.push({ kind: 'context', detail: 'region-name' });
      } else if (world !== undefined && !worldWord && st?.[1] && lexicon.PROVINCE_CODES.has(st[1]) && after.charCodeAt(0) === 44) {
        // "Dauphin, MB": a Canadian province's code after a town outside the US.
        score = 0.84;
        evidence.push({ kind: 'context', detail: 'province-code' });
      }
    }
    if (score === 0) {
      // Round 46: a province or a state outside the US that a US town shares ("Ontario drug benefit", "lives in
      // Alberta") is the province, larger than a state's part: a town only with its US state ("Ontario, CA"). Not an
      // English or Irish county, which US cities share and which is smaller than a state anyway ("lives in Norfolk").
      const region = lexicon.WORLD_STATES.has(phrase);
      const lx = doc.dict.commonWords.has(phrase) || lexicon.US_STATES.has(phrase) || worldWord || region;
      const major = world === undefined ? doc.dict.majorCities.has(phrase) : !worldWord && doc.dict.worldMajorTowns.has(world);
      const person = doc.dict.firstNames.has(phrase) || doc.dict.surnames.has(phrase);
      // "Austin denies pain", "Wayne's daughter": a person, not the town.
      // "from Guatemala and Mexico": a country that a US town is named after ("Mexico, MO", "Lebanon, TN") needs its state.
      // "La presión", "Discharge / Alta:", "Project Vida": in a note written partly in Spanish a town that is a
      // common Spanish word needs a cue or a state (round 41).
      const spanishWord = n === 1 && SPANISH_WORD_TOWNS.has(phrase) && looksSpanish(doc);
      if (major && !lx && !spanishWord && !eponymWord && !COUNTRY_NAMES.has(phrase) && !(person && (possessiveAt(doc.text, end) || PERSON_DEEDS.has(next?.lower ?? '')))) {
        score = person ? 0.62 : 0.72;
      } else if (!lx || n > 1 || major) {
        // Only now is the cue worth looking for ("lives in Hope", "from Orange").
        // Cheap gate: the word before (or before "the") must be the last word of some place cue.
        const p1 = tokenAt(tokens, i - 1);
        const p2 = p1?.lower === 'the' ? tokenAt(tokens, i - 2) : p1;
        // "pulled at Foley", "picking at Penrose": a verb's own "at" is no place cue.
        const cue = (p2 && PLACE_CUE_LAST_WORDS.has(p2.lower) && !(p2.lower === 'at' && PHRASAL_AT_BEFORE.test(doc.lower.slice(Math.max(0, p2.start - 14), p2.start))) ? cueRightBefore(doc.lower, t.start, PLACE_CUES) : undefined) ??
          // "vive en Pharr", "mora em Framingham": a listed town after a foreign town cue too (round 41).
          (p2 && TOWN_CUE_LAST_WORDS.has(p2.lower) && foreignTownCueBefore(doc.lower, t.start) ? 'town-cue' : undefined);
        // "emigrated from Mexico": a country after a cue is the country, not the US town named after it.
        // "submitted to Blue Cross Blue Shield": a payer the town lists hold as a firm.
        if (cue && (COUNTRY_NAMES.has(phrase) || region || NOT_TOWN_NAMES.has(phrase) || phrase.startsWith('blue cross') || phrase.startsWith('blue shield'))) score = 0;
        else if (cue && (!lx || n > 1) && (major || n > 1 || !doc.dict.surnames.has(phrase))) score = 0.7;
        else if (cue && major && STRONG_PLACE_CUES.has(cue) && t.capitalized) score = 0.65;
        else if (cue && major && !lx) score = 0.6;
        if (cue) evidence.push({ kind: 'context', detail: `cue:${cue}` });
      }
    }
    // A town of no place cue in a route drawn with arrows, not a word nor a name ("→ Nadi →").
    if (score === 0 && arrow && !worldWord && t.capitalized && !doc.dict.commonWords.has(phrase) && !COUNTRY_NAMES.has(phrase) && !lexicon.US_STATES.has(phrase) && itineraryArrow(doc.text, last.start, last.end)) {
      score = 0.68;
      evidence.push({ kind: 'context', detail: 'cue:itinerary' });
    }
    // A listed town that is also a word or a name, right after a strong town cue and ending the phrase:
    // "flew to Phoenix on Tuesday", "moved to Reading", "grew up in Florence" (not "returned to Normal sinus rhythm").
    // "Shaker Heights", "Sulphur Springs": a listed town's name before a word that names a suburb or a town by its
    // site; the word is the town's too.
    const site = siteWordAfter(doc, last, next) ? 1 : 0;
    if (score === 0 && !doc.allCaps && t.capitalized && townCueBefore(doc, i) && (endsPhrase(doc, i + n + site) || referralClauseAt(doc, i, i + n + site)) && !lexicon.US_STATES.has(phrase) && !lexicon.WORLD_STATES.has(phrase) && !COUNTRY_NAMES.has(phrase) && !NOT_TOWN_NAMES.has(phrase) && !possessiveAt(doc.text, end)) {
      score = 0.66;
      evidence.push({ kind: 'context', detail: 'cue:town' });
    }
    // "insurer: Harvard Pilgrim", "Tufts Health Plan", "Empire BlueCross": a payer named after a town, no place.
    if (score > 0 && end === last.end && INSURER_AFTER_NAME.test(doc.text.slice(end, end + 28))) continue;
    // Round 165: "Anthem Blue Cross CA", "Blue Shield CA": the payer's name before its state, no town of Cross.
    if (score > 0 && n === 1 && (phrase === 'cross' || phrase === 'shield') && /blue[ \t]$/i.test(doc.text.slice(Math.max(0, t.start - 5), t.start))) continue;
    // Round 147: "Claims administrator: Sedgwick,", "Insurer: Hartford.": a town's name alone as a payer's field is the payer.
    if (score > 0 && end === last.end && PAYER_FIELD_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 32), t.start)) && /^(?:[,;.)]|[ \t]*(?:\r?\n|$))/.test(doc.text.slice(end, end + 3))) continue;
    // Round 147: "X-ray neg per Ottawa.", "Ottawa rules negative": a clinical decision rule named after a town.
    if (n === 1 && lexicon.EPONYMS.has(phrase) && decisionRuleAt(doc, t.start, end)) continue;
    // Round 170: a car's model named after a town, right after its make ("2019 Toyota Tacoma, HI RKD 415", "Hyundai
    // Tucson", "Hyundai Santa Fe"): the model, no town.
    if (score > 0 && i > 0 && CAR_MAKE_BEFORE.test(doc.text.slice(Math.max(0, t.start - 12), t.start))) continue;
    // Round 154: "Max HR 171", "Max dose 4 g/day": a measure's maximum, no town of Max.
    if (n === 1 && phrase === 'max' && MEASURE_AFTER_MAX.test(doc.lower.slice(end, end + 16))) continue;
    // Round 154: "Penn State", the university, its equation or its questionnaire ("per Penn State 2003b"): no town of Penn.
    if (n === 1 && t.text === 'Penn' && doc.text.startsWith(' State', end)) continue;
    if (score === 0) continue;
    const extra = end === last.end ? site : 0;
    if (extra === 1) end = (next as Token).end;
    // Round 59: "the Fresno State swim team", "at Wichita State.": a university called by its town and "State".
    else if (end === last.end && next?.text === 'State' && next.start === end + 1 && doc.text.charCodeAt(end) === 32 && !lexicon.US_STATES.has(phrase) && UNIVERSITY_STATE_AFTER.test(doc.text.slice(next.end, next.end + 12))) end = next.end;
    const from = compassStart(doc, i, phrase);
    if (from < 0) continue; // "North Dakota", "South Carolina": a state, no town in it
    // Round 59: "the Infusion Center at Glendale", "Cancer Institute at Lakewood": a centre of common words named by
    // the town it stands in is that place, one span with the town.
    const centre = from > 10 && doc.text.charCodeAt(from - 2) === 116 ? CENTRE_AT_TOWN.exec(doc.text.slice(Math.max(0, from - 48), from)) : null;
    if (centre !== null) {
      out.push(candidate(from - centre[0].length, end, 'LOCATION', score, 'city', ...evidence, { kind: 'context', detail: 'centre-at-town' }));
      i += n - 1 + extra;
      continue;
    }
    out.push(candidate(from, end, 'LOCATION', score, 'city', ...evidence));
    i += n - 1 + extra;
  }
  if (doc.hyphenated.length > 0) compoundTowns(doc, out);
  return out;
}

/** Listed towns that are everyday Spanish words ("La" as LA, "Alta", "Vida", "Casa", "Mesa"). */
const SPANISH_WORD_TOWNS = new Set(['la', 'alta', 'vida', 'casa', 'sol', 'luz', 'paz', 'mesa', 'salud', 'alma', 'buena', 'bonita', 'linda', 'loma', 'vista', 'agua', 'tierra', 'esperanza', 'amor', 'gracias', 'playa', 'nada', 'hoy']);

/** Round 147: the label of a payer's field, its colon and blanks ("Claims administrator: ", "Carrier: ", "TPA: "). */
const PAYER_FIELD_BEFORE = /(?:^|[^a-z])(?:insurer|insurance[ \t]carrier|carrier|payer|payor|claims[ \t]administrator|third[ \t\-]party[ \t]administrator|tpa|pbm)[ \t]?:[ \t]{0,2}$/;
/**
 * Round 147: a clinical decision rule named after a town, applied "per" it at a clause's end ("neg per Ottawa.") or
 * with its rule's word after it ("Ottawa rules", "Ottawa ankle rules negative", "Denver criteria").
 */
const DECISION_RULE_AFTER = /^[ \t](?:(?:ankle|knee|foot|sah|c-spine|head|ct)[ \t])?(?:rules?|criteria)\b/i;
function decisionRuleAt(doc: DocumentView, start: number, end: number): boolean {
  if (DECISION_RULE_AFTER.test(doc.text.slice(end, end + 18))) return true;
  return /(?:^|[^a-z])per[ \t]$/.test(doc.lower.slice(Math.max(0, start - 5), start)) && /^(?:[.;,)]|$)/.test(doc.text.slice(end, end + 1));
}

/**
 * French compound place names: "St-Jean-sur-Richelieu", "Boulogne-sur-Mer", "Rivière-du-Loup", "Saint-Jean-d'Angély".
 * A saint's name joined by hyphens, or a preposition of place inside the compound, is a town's (a person's surname
 * "Saint-Laurent" is PHI too). Only hyphenated tokens are asked.
 */
const COMPOUND_TOWN = /^(?:(?:Saint|Sainte|St|Ste)-\p{Lu}|\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?-(?:sur|sous|en|lès|les|du|des|aux|de-la|la|le)-\p{Lu}[\p{L}'’])/u;

function compoundTowns(doc: DocumentView, out: Candidate[]): void {
  for (const k of doc.hyphenated) {
    const t = doc.tokens[k] as Token;
    // Not "St-segment elevation" nor "St-John's wort".
    if (t.capitalized && !doc.allCaps && COMPOUND_TOWN.test(t.text) && !/^st-(?:segment|elevation|depression|t\b)/.test(t.lower) && !/^['’]s wort/i.test(doc.text.slice(t.end, t.end + 7))) out.push(candidate(t.start, t.end, 'LOCATION', 0.7, 'city', { kind: 'pattern', detail: 'french-compound' }));
  }
}

// After "ID" as a label: a colon or "#", or (no comma before "ID") a value holding a digit that is no ZIP code.
const ID_VALUE_AFTER = /^(?:[ \t]{0,3}[:#]|[ \t]{1,3}(?!\d{5}(?:-\d{4})?\b)[A-Z0-9][A-Z0-9\-]{0,20}\d)/;

/** "Call ID CC-88120457", "Caller ID: ...": "ID" labels an identifier there, no town in Idaho ("Boise, ID 83702" is). */
function idLabel(text: string, at: number, comma: boolean): boolean {
  const m = ID_VALUE_AFTER.exec(text.slice(at, at + 28));
  // After a comma, a code that opens on a letter ("Travis Goode, ID E104427") is no ZIP code either (round 37).
  return m !== null && (!comma || m[0].includes(':') || m[0].includes('#') || /^[ \t]{1,3}[A-Z]/.test(m[0]));
}

/** An arrow right before the word or right after it, a blank or two between: a route ("→", "->"). */
function itineraryArrow(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a > start - 3 && text.charCodeAt(a) === 32) a--;
  let b = end;
  while (b < end + 2 && text.charCodeAt(b) === 32) b++;
  return text.charCodeAt(a) === 8594 || (text.charCodeAt(a) === 62 && text.charCodeAt(a - 1) === 45) || text.charCodeAt(b) === 8594 || (text.charCodeAt(b) === 45 && text.charCodeAt(b + 1) === 62);
}

const COMPASS_WORDS = new Set(['west', 'east', 'north', 'south', 'northwest', 'northeast', 'southwest', 'southeast']);

/**
 * "West Los Angeles", "East Boston", "South Philadelphia": a capitalised compass word right before a town names a
 * part of it and goes with it. When the two make a state or a country ("North Dakota", "South Carolina", "East
 * Timor"), the word found is no town at all: -1.
 */
/** Round 154: what a maximum measures, right after "Max". */
const MEASURE_AFTER_MAX = /^[ \t]{1,2}(?:hr|heart[ \t]rate|bp|sbp|dbp|rr|spo2|temp|t|dose|daily|pain|score|wt|weight|speed|flow|rate|power|watts|mets|vo2|predicted|pred|level|volume|vol|pressure|pip|peep|fio2|tv|\d)\b/;
/** Round 154: N., S., E. or W. and one space, after a lower-case word, a number, a line's start or a clause's mark. */
const COMPASS_INITIAL_BEFORE = /(?:^|[\n(,;:]|(?:^|[^A-Za-z])(?:[a-z]{1,12}|\d{1,6})[ \t]{1,2})[ \t]{0,2}[NSEW]\. $/;
function compassStart(doc: DocumentView, i: number, phrase: string): number {
  const t = doc.tokens[i] as Token;
  // Round 154: a street's compass initial before a town's word ("office on W. Broadway", "at S. Pasadena") is the
  // place's, when a lower-case word, a number or a line's or clause's start stands before it ("John E. Paris" stays).
  if (t.start >= 3 && COMPASS_INITIAL_BEFORE.test(doc.text.slice(Math.max(0, t.start - 20), t.start))) return t.start - 3;
  const p = tokenAt(doc.tokens, i - 1);
  if (p === undefined || !p.capitalized || !COMPASS_WORDS.has(p.lower) || p.end + 1 !== t.start || doc.text.charCodeAt(p.end) !== 32) return t.start;
  const joined = `${p.lower} ${phrase}`;
  return lexicon.US_STATES.has(joined) || COUNTRY_NAMES.has(joined) ? -1 : p.start;
}

/** The word before token i (or before "the" there) ends a place cue or a town cue. */
function placeCueWordBefore(doc: DocumentView, i: number): boolean {
  const p1 = (doc.tokens[i - 1] as Token).lower;
  if (PLACE_CUE_LAST_WORDS.has(p1) || TOWN_CUE_LAST_WORDS.has(p1)) return true;
  return p1 === 'the' && i > 1 && PLACE_CUE_LAST_WORDS.has((doc.tokens[i - 2] as Token).lower);
}

// A scale's or a score's word, then the bracket that holds the scale's eponym.
const SCALE_PAREN_BEFORE = /(?:^|[^a-z])(?:risk|scale|score|scoring|criteria|classification|grade|grading|staging|index)[ \t]{0,2}\($/;

/** Round 45: what an exam says of an eponymous sign, right after its name ("Murphy positive", "Romberg neg"). */
const SIGN_FINDINGS = new Set(['positive', 'negative', 'pos', 'neg', 'equivocal']);
const oneSpaceBetween = (text: string, a: number, b: number): boolean => b === a + 1 && text.charCodeAt(a) === 32;

/** Words the world lists hold as towns ("Centro", a town of Mexico) that name a part of a town or a setting in a note. */
const NOT_WORLD_TOWNS = new Set(['central', 'district', 'centro', 'downtown', 'ward', 'icu', 'unit', 'campus']);

/**
 * For a phrase `anyTowns` holds: undefined when it is a US city (allCities), the key the world lists hold it
 * under when it is a town outside the US, and null when that town is also a country, a US state, a language,
 * an eponym or no town in a note ("Mexico", "Georgia", "Dari", "Kawasaki").
 */
function worldTownKey(doc: DocumentView, phrase: string): string | null | undefined {
  // Most phrases found are US cities: one probe, and what follows asks the same word again (the table's recent cache).
  if (doc.dict.allCities.has(phrase)) return undefined;
  const key = listedKey(doc, phrase);
  if (key === undefined || doc.dict.allCities.has(key)) return undefined;
  if (COUNTRY_NAMES.has(key) || COUNTRY_WORDS.has(key) || lexicon.US_STATES.has(key) || lexicon.LANGUAGES.has(key) || lexicon.EPONYMS.has(key) || NOT_TOWN_NAMES.has(key) || NOT_WORLD_TOWNS.has(key) || lexicon.KNOWN_FACILITIES.has(key)) return null;
  return key;
}

/** The spelling of `phrase` the town lists hold, tried as phraseAt tries it (as written, hyphens as blanks, apostrophes as blanks, folded). */
function listedKey(doc: DocumentView, phrase: string): string | undefined {
  const towns = doc.dict.anyTowns;
  if (towns.has(phrase)) return phrase;
  for (const v of [phrase.replace(/ - /g, '-'), phrase.replace(/-/g, ' '), phrase.replace(/['’]/g, ' '), fold(phrase)]) if (v !== phrase && towns.has(v)) return v;
  return undefined;
}

/** Words after a town's name that name a suburb or a town by its site ("Shaker Heights", "Cedar Falls", "Palm Beach"). */
// "in Ybor City", "from Bossier City": a neighbourhood or a town the lists lack, named a city.
// Round 104: "Mesquite Flats", "Pike Corners": flats and corners name small towns after a listed town's word too.
const TOWN_SITE_WORDS = new Set(['heights', 'hills', 'springs', 'falls', 'beach', 'village', 'township', 'junction', 'harbor', 'harbour', 'lakes', 'city', 'flats', 'corners']);
/** Words before "City" that name no town: "inner city", "the Holy City", "Big City". */
const NOT_CITY_NAMES = new Set(['inner', 'holy', 'big', 'small', 'capital', 'home', 'host', 'sister', 'twin', 'old', 'new', 'emerald', 'sin']);
const SITE_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'of']);

/** Token b, one blank after a, is a capitalised site word: "Shaker Heights". */
function siteWordAfter(doc: DocumentView, a: Token, b: Token | undefined): b is Token {
  return b !== undefined && b.capitalized && b.start === a.end + 1 && doc.text.charCodeAt(a.end) === 32 && TOWN_SITE_WORDS.has(b.lower);
}

// Words that may stand inside a town's name although common ("Port Paien", "Villafranca del Cid").
const TOWN_INNER = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'en', 'sur', 'am', 'an', 'im', 'der', 'den', 'nad', 'pod', 'u', 'na', 'op', 'aan', 'van', 'von', 'y', "o'"]);

const isNameGap = (c: number): boolean => c === 32 || c === 9 || c === 45;

/** After the last word of a town cue: the town no gazetteer holds (see unlistedTown); returns the token index to go on from. */
function townAfterCue(doc: DocumentView, i: number, out: Candidate[]): number {
  const tokens = doc.tokens;
  const p1 = (tokens[i - 1] as Token).lower;
  // The word before the cue's last one ("up" of "grew up in"), but for a one-word cue.
  if (p1 !== 'hometown' && !(i > 1 && TOWN_CUE_WORDS_BEFORE_LAST.has((tokens[i - 2] as Token).lower)) && !kinWhereabouts(doc, i) && !workWhereabouts(doc, i)) return i;
  const m = unlistedTown(doc, i);
  if (m === 0) return i;
  out.push(candidate((tokens[i] as Token).start, (tokens[i + m - 1] as Token).end, 'LOCATION', 0.7, 'city', { kind: 'context', detail: 'cue:town' }));
  return i + m - 1;
}

/**
 * A town no gazetteer holds, after a strong town cue ("grew up in Kettleby", "flew to TROMSØ", "originally
 * from Port Paien"): capitalised words, one at least no common word, and neither a country, a state, a
 * region larger than a state, an acronym nor a ward. Returns its token count.
 */
function unlistedTown(doc: DocumentView, i: number): number {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  if (t.upper && t.text.length <= 3) return 0; // SNF, ALF, ICU
  // Round 117: a month or a span of months ("his job at the tax office in January-April"), no town.
  const hyphen = t.lower.indexOf('-');
  if (CALENDAR_WORDS.has(hyphen > 0 ? t.lower.slice(0, hyphen) : t.lower)) return 0;
  if (doc.isFirst[i] === 1 && doc.isSur[i] === 0 && doc.isCommon[i] === 0 && !t.upper) return 0; // "lives in Maria's house"
  // The words of the name: capitalised, or particles between capitalised words.
  let n = 1;
  let named = doc.isCommon[i] === 0 && !NOT_TOWN_NAMES.has(t.lower);
  while (n < 4) {
    const next = tokenAt(tokens, i + n);
    const prev = tokens[i + n - 1] as Token;
    if (!next || next.start !== prev.end + 1 || !isNameGap(doc.text.charCodeAt(prev.end))) break;
    if (TOWN_INNER.has(next.lower) && !placeShaped(doc, next)) {
      const after = tokenAt(tokens, i + n + 1);
      if (!after || !placeShaped(doc, after) || after.start !== next.end + 1) break;
      n += 2;
      if (doc.isCommon[i + n - 1] === 0) named = true;
      continue;
    }
    if (!placeShaped(doc, next) || (next.upper && !t.upper)) break;
    if (doc.isCommon[i + n] === 0 && !NOT_TOWN_NAMES.has(next.lower)) named = true;
    else if (!TOWN_COMMON.has(next.lower)) break;
    n++;
  }
  if (!named) return 0;
  const phrase = wordsFrom(doc, i, n) ?? '';
  // Round 59: a province or state outside the US too ("back from Kerala", "flew to Queensland"): larger than a state's part.
  if (COUNTRY_NAMES.has(phrase) || COUNTRY_WORDS.has(t.lower) || lexicon.US_STATES.has(phrase) || lexicon.WORLD_STATES.has(phrase) || NOT_TOWN_NAMES.has(t.lower)) return 0;
  if (possessiveAt(doc.text, (tokens[i + n - 1] as Token).end) || !townCueBefore(doc, i)) return 0;
  return n;
}

/** A second credential after a state code that is a degree: ", ACSM-CEP", ", RD", ", CCC-SLP". */
const CREDENTIAL_AFTER = /^,[ \t]{0,2}[A-Z][A-Za-z]{0,4}[A-Z](?:[\-\/][A-Z]{1,6})?(?![A-Za-z])/;
/** Token k is a capitalised given name of no English list, one blank before the next token. */
function givenNameBefore(doc: DocumentView, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && t.capitalized && doc.isFirst[k] === 1 && doc.isCommon[k] === 0 && doc.text.charCodeAt(t.end) === 32;
}

// State codes that are also clinicians' credentials: "Okafor, Grace MD", "Hanover, Paige PA-C".
const CREDENTIAL_CODES = new Set(['MD', 'PA', 'DC', 'ND']);

/**
 * "Reading MD:", "Referring MD:": a label that names a doctor's role, its credential right before the colon, not a
 * town and a state code ("Reading, MD:" with its comma stays the town).
 */
function credentialLabel(text: string, matched: string, code: string, at: number): boolean {
  return matched.charCodeAt(0) !== 44 && CREDENTIAL_CODES.has(code) && text.charCodeAt(at) === 58;
}

/**
 * Whether a one-word town before a state code is a given name before a credential in a "Last, First MD"
 * signature ("Attending: Okafor, Grace MD"): the word before it ends with a comma, or the code is "PA-C".
 */
function credentialAfterGivenName(doc: DocumentView, i: number, n: number, phrase: string, code: string, codeEnd: number): boolean {
  if (!CREDENTIAL_CODES.has(code) && code !== 'MS') return false;
  if (code === 'PA' && doc.text.startsWith('-C', codeEnd)) return true;
  // "Tanisha Brooks, MS, ACSM-CEP", "Jordan Hayes, MS, RD": a given name, a surname, a degree and another credential.
  if (CREDENTIAL_AFTER.test(doc.text.slice(codeEnd, codeEnd + 16)) && givenNameBefore(doc, n === 1 ? i - 1 : i) && doc.isSur[i + n - 1] === 1) return true;
  if (code === 'MS') return false;
  // "J. Smith, MD", "R. Salem, MD": a person's initial before a one-word town (not a direction's: "N. Bethesda, MD").
  if (n === 1 && initialBefore(doc, i)) return true;
  // "Seen by Smith, MD", "dictated by Salem, MD": a listed surname after "by" is the doctor who did it.
  if (n === 1 && i > 1 && doc.isSur[i] === 1 && (doc.tokens[i - 1] as Token).lower === 'by' && DONE_BY.test((doc.tokens[i - 2] as Token).lower)) return true;
  // Round 83: in a note all in capitals, a listed given name one blank before the town ("MD: ROY HAVERGAL MD  NPI"):
  // a signer's given name, surname and degree.
  if (n === 1 && i > 0 && doc.allCaps && doc.isFirst[i - 1] === 1 && (doc.tokens[i - 1] as Token).upper && (doc.tokens[i - 1] as Token).end + 1 === (doc.tokens[i] as Token).start) return true;
  if (n !== 1 || !doc.dict.firstNames.has(phrase) || i === 0) return false;
  const prev = doc.tokens[i - 1] as Token;
  // In capitals too: "GREEN, RALPH MD".
  return (prev.capitalized || prev.upper) && doc.text.charCodeAt(prev.end) === 44 && (doc.tokens[i] as Token).start <= prev.end + 3;
}

/** A participle of a clinician's act before "by" ("seen", "dictated", "read", "eval"): the one after "by" is a person. */
const DONE_BY = /^(?:\p{L}+ed|seen|read|done|written|eval|consult)$/u;

/** Token i follows a capital initial ("J.", "É."), its period and one blank ("J. Smith"); N, S, E and W are directions. */
function initialBefore(doc: DocumentView, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (prev === undefined || !prev.single || !prev.dotAfter || !isUpperLetter(prev.text) || 'NSEW'.includes(prev.text)) return false;
  return (doc.tokens[i] as Token).start === prev.end + 2;
}

/** "'s" at `end`: the word before it is an owner ("lives in Maria's house"), not a town. */
const possessiveAt = (text: string, end: number): boolean => /^['’]s\b/.test(text.slice(end, end + 3));

/** Whether a town cue ("flew to", "grew up in") ends right before token i, checked by its last word first. */
function townCueBefore(doc: DocumentView, i: number): boolean {
  if (i > 0 && streetCommaBefore(doc, i)) return true;
  // Round 141: a program's or a care site's head, then the town it stands in alone in brackets ("Cascade Detox (Bend)"; not "Recovery (Normal)").
  if (i > 0 && PROGRAM_HEAD_PAREN_BEFORE.test(doc.text.slice(Math.max(0, (doc.tokens[i] as Token).start - 16), (doc.tokens[i] as Token).start)) && doc.text.charCodeAt((doc.tokens[i] as Token).end) === 41) return true;
  if (i === 0 || !TOWN_CUE_LAST_WORDS.has((doc.tokens[i - 1] as Token).lower)) return false;
  const start = (doc.tokens[i] as Token).start;
  return cueRightBefore(doc.lower, start, TOWN_CUES) !== undefined || foreignTownCueBefore(doc.lower, start) || kinWhereabouts(doc, i) || workWhereabouts(doc, i);
}

/** Round 141: a treatment program's or a care site's name (a capitalised word and its head) and an opening bracket right before a town. */
const PROGRAM_HEAD_PAREN_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}{1,20}[ \t](?:Detox|Recovery|Behavioral|Behavioural|Wellness|Rehab|Hospital|Medical Center|SNF|Nursing Home|Care Center|Health)[ \t]\($/u;
/** A house number, a street and its suffix, and a comma ("3317 N. Cascade Way, "), right before a town. */
const STREET_COMMA_BEFORE = /(?:^|[^\d])\d{1,6}[ \t](?:[NSEW]\.?[ \t])?(?:\p{Lu}[\p{Ll}'’\-]{1,20}[ \t]){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Way|Ln|Lane|Blvd|Boulevard|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Ter|Terrace|Trl|Trail|Loop)\.?,[ \t]$/u;

/**
 * Round 42: the town after a street address and its comma, even a town that is a word ("3317 N. Cascade Way,
 * Meridian - recommended grab bars", "12 Elm St, Eagle."): the address says a town comes next. Not "Room 4 Way,
 * Normal" without a number first, nor a town the street's line does not end on (endsPhrase is the caller's).
 */
function streetCommaBefore(doc: DocumentView, i: number): boolean {
  const start = (doc.tokens[i] as Token).start;
  if (start < 8 || doc.text.charCodeAt(start - 2) !== 44 || doc.text.charCodeAt(start - 1) !== 32) return false;
  return STREET_COMMA_BEFORE.test(doc.text.slice(Math.max(0, start - 64), start));
}

/** Verbs between a relative and "in": "son Kimo lives in Kapolei", "daughter is still in Anchorage". */
const WHEREABOUTS_VERBS = new Set(['lives', 'lived', 'living', 'is', 'was', 'works', 'working', 'stays', 'staying', 'still', 'now', 'back']);

/**
 * Where a relative is: "in" after a relation word and, between them, up to three capitalised words (the relative's
 * name) and a verb of living ("brother Calum in Stornoway", "Daughter Mary Beans in Anchorage", "a sister in Jaffna").
 */
function kinWhereabouts(doc: DocumentView, i: number): boolean {
  const tokens = doc.tokens;
  if (i < 2 || (tokens[i - 1] as Token).lower !== 'in') return false;
  let k = i - 2;
  for (let v = 0; v < 2 && k > 0 && WHEREABOUTS_VERBS.has((tokens[k] as Token).lower); v++) k--;
  for (let n = 0; n < 3 && k > 0 && (tokens[k] as Token).capitalized && !RELATIONS.has((tokens[k] as Token).lower); n++) k--;
  const kin = tokens[k] as Token;
  return RELATIONS.has(kin.lower) && kin.lower !== 'family' && kin.lower !== 'friend' && i - k <= 6;
}

/** Words that open a social history's job: "works as a cashier at", "employed by", "job at". */
const WORK_WORDS = new Set(['works', 'worked', 'working', 'employed', 'job']);

/**
 * Round 81: where a job is, as a social history writes it: "in" after "works", "employed" or "job" and, within the
 * same clause (no punctuation, up to eight words), "at", "for" or "by" and the employer ("works as a welder at Brandt
 * Fabrication in Port Tolliver", "employed by the county in Ashgrove"). The town's own checks are the
 * caller's: capitalised, one word no common word ("works at GE in Human Resources" stays).
 */
function workWhereabouts(doc: DocumentView, i: number): boolean {
  const tokens = doc.tokens;
  if (i < 4 || (tokens[i - 1] as Token).lower !== 'in') return false;
  let employer = false;
  for (let k = i - 2; k >= 0 && k >= i - 10; k--) {
    const t = tokens[k] as Token;
    const gap = doc.text.slice(t.end, (tokens[k + 1] as Token).start);
    if (!/^[ \t]{1,2}$/.test(gap) && !/^[\-'’&]$/.test(gap)) return false;
    if (WORK_WORDS.has(t.lower)) return employer;
    if (t.lower === 'at' || t.lower === 'for' || t.lower === 'by') employer = true;
  }
  return false;
}

/** One of FOREIGN_TOWN_CUES and one blank right before `start`. */
function foreignTownCueBefore(lower: string, start: number): boolean {
  if (lower.charCodeAt(start - 1) !== 32) return false;
  const before = lower.slice(Math.max(0, start - 16), start - 1);
  return FOREIGN_TOWN_CUES.some((c) => before.endsWith(c) && (before.length === c.length || !/\p{L}/u.test(before.charAt(before.length - c.length - 1))));
}

// Cues strong enough to make a lower-case listed city a place: "at the va in palo alto", "moved to fresno".
// The cues are 'in', 'from', 'near', 'outside' (compared in lowerCaseCity), and these verbs before "to" or "of".
const NOT_TOWN_WORDS = /\b(?:express|bank|bureau|shield|systems?|services?|insurance|company|corp|university|college|station|center|mail|telephone)$/;
const ONLY_DIRECTIONS = /^(?:(?:north|south|east|west|upper|lower|center|central|mid)(?: |$))+$/;
const PHRASE_END_WORDS = new Set(['ph', 'tel', 'phone', 'cell', 'with', 'and', 'or', 'but', 'for', 'since', 'to', 'on', 'at', 'in', 'where', 'who', 'when', 'until', 'til', 'till', 'after', 'before', 'by', 'then', 'so', 'because', 'area', 'today', 'yesterday', 'last', 'this', 'now',
  // How long or with whom one lives there: "lives in Boulder part of the year", "moved to Reading alone".
  'part', 'most', 'half', 'during', 'alone', 'year-round', 'permanently', 'temporarily', 'seasonally', 'currently', 'ever', 'ago', 'while',
  // The same joining words in Spanish and Portuguese, after a foreign town cue: "vive en Pharr con su hija", "mora em
  // Framingham com o marido", "nació en Reynosa y ..." (round 41).
  'con', 'com', 'y', 'e', 'desde', 'hace', 'cerca', 'junto', 'donde', 'onde', 'pero', 'mas', 'porque', 'hasta', 'até']);
/** Whether the words end at token k: punctuation, a line end or a joining word follows, not a noun ("quadrant"). */
function endsPhrase(doc: DocumentView, k: number): boolean {
  const next = tokenAt(doc.tokens, k);
  if (!next) return true;
  const prevEnd = (doc.tokens[k - 1] as Token).end;
  if (!/^[ \t]{1,2}$/.test(doc.text.slice(prevEnd, next.start))) return true;
  return PHRASE_END_WORDS.has(next.lower) || /^\d/.test(next.text);
}
/** Round 110: after a referral's "<age> yo M from", the town ends at a verb of how the patient came ("from Sisters found at"). */
function referralClauseAt(doc: DocumentView, i: number, k: number): boolean {
  const next = tokenAt(doc.tokens, k);
  if (next === undefined || next.text !== next.lower || !REFERRAL_CLAUSE_VERBS.has(next.lower) || !/^[ \t]{1,2}$/.test(doc.text.slice((doc.tokens[k - 1] as Token).end, next.start))) return false;
  return cueRightBefore(doc.lower, (doc.tokens[i] as Token).start, REFERRAL_TOWN_CUES) !== undefined;
}
/**
 * Round 79: a second lower-case town after a found one and "or" / "and" ("if you live in <town> or <town>"): a listed
 * town with a word that is no English word or given name, ending the phrase. Token k is the joining word; returns the
 * second town's token count.
 */
function lowerTownAfterOr(doc: DocumentView, k: number): number {
  const tokens = doc.tokens;
  const join = tokens[k];
  const t = tokens[k + 1];
  if (join === undefined || t === undefined || (join.lower !== 'or' && join.lower !== 'and') || join.text !== join.lower || t.text !== t.lower) return 0;
  if (doc.text.slice((tokens[k - 1] as Token).end, join.start) !== ' ' || doc.text.slice(join.end, t.start) !== ' ') return 0;
  const n = phraseAt(doc, k + 1, doc.dict.allCities, Math.min(doc.dict.maxCityWords, 4), doc.dict.cityStarts);
  if (n === 0 || lexicon.US_STATES.has(wordsFrom(doc, k + 1, n) ?? '')) return 0;
  for (let j = k + 1; j <= k + n; j++) if (doc.isCommon[j] === 0 && doc.isFirst[j] === 0 && !lexicon.EPONYMS.has((tokens[j] as Token).lower)) return n;
  return 0;
}

/** Latin after "in" that a gazetteer might hold as a town. */
const LATIN_AFTER_IN: ReadonlySet<string> = new Set(['situ', 'vitro', 'vivo', 'utero', 'toto', 'extremis', 'silico', 'absentia', 'perpetuity']);
// Round 88: travel verbs and the adverbs of a trip before "to" ("can't drive to <town>", "came up to <town>", "went back to").
// Round 89: "going", "goes", "takes", "took" ("are u still going to <town> saturday", "takes him to <town>").
const LOWER_CUE_VERBS = new Set([...JOURNEY_VERBS, 'resident', 'drives', 'came', 'up', 'down', 'back', 'going', 'goes', 'takes', 'took']);

/** Round 89: whom a verb of travel carries before "to" ("drives her to <town>"). */
const CARRIED_PRONOUNS: ReadonlySet<string> = new Set(['me', 'her', 'him', 'us', 'them', 'mom', 'dad']);

/**
 * A verb of travel before the cue word `w` at i - 1 ("going to <town>", "came up of"); round 89: or a verb of travel and
 * whom it carries before "to" ("my son drives me to <town>", "drove her to").
 */
function travelVerbBefore(tokens: readonly Token[], i: number, w: string): boolean {
  if (LOWER_CUE_VERBS.has(tokenAt(tokens, i - 2)?.lower ?? '')) return true;
  return w === 'to' && CARRIED_PRONOUNS.has(tokenAt(tokens, i - 2)?.lower ?? '') && LOWER_CUE_VERBS.has(tokenAt(tokens, i - 3)?.lower ?? '');
}

/**
 * Round 89: a lower-case town written with "st" for "saint" after a place cue ("over in st <town>", "in st <town> til"):
 * the listed "saint ..." town of one or two more words, ending the phrase. Returns the token count with "st".
 */
function saintTownAt(doc: DocumentView, i: number): number {
  const tokens = doc.tokens;
  const st = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next === undefined || next.text !== next.lower || next.start !== st.end + 1) return 0;
  for (let m = 2; m >= 1; m--) {
    const words = wordsFrom(doc, i + 1, m);
    if (words !== undefined && doc.dict.allCities.has('saint ' + words) && endsPhrase(doc, i + 1 + m)) return m + 1;
  }
  return 0;
}

/**
 * Round 89: a town one has left, in lower case ("i left <town> with nothing"): a listed town of one word that is no
 * English word or given name ("left knee", "left shift", "left mobile", "left joe" stay), of five letters or more,
 * ending the phrase (a surname alone is allowed: many towns are one). Returns 1 or 0.
 */
function townAfterLeft(doc: DocumentView, i: number): number {
  const t = doc.tokens[i] as Token;
  if (t.text !== t.lower || t.text.length < 5 || doc.isCommon[i] === 1 || doc.isFirst[i] === 1) return 0;
  if (!doc.dict.allCities.has(t.lower) || lexicon.US_STATES.has(t.lower) || lexicon.EPONYMS.has(t.lower) || NOT_TOWN_NAMES.has(t.lower) || LATIN_AFTER_IN.has(t.lower)) return 0;
  return endsPhrase(doc, i + 1) ? 1 : 0;
}

/**
 * A listed city written in lower case (nursing notes, messages) right after a strong place cue: a
 * multi-word city with a word that is not a common word ("palo alto", not "north east"), or a single-word
 * major city that is no common word or first name ("boston", not "reading" or "mobile"). Returns its token count.
 */
function lowerCaseCity(doc: DocumentView, i: number): number {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  if (i === 0) return 0;
  // This runs for every word that is not shaped like a place: the cue by string compares, since a set
  // probe hashes each new word.
  const p1 = tokens[i - 1] as Token;
  if (t.start !== p1.end + 1 || doc.text.charCodeAt(p1.end) !== 32) return 0;
  const w = p1.lower;
  // The cue's first letter (i, f, n, o, t) rules out most words before any string compare.
  const c = w.charCodeAt(0);
  if (c === 108 && w === 'left') return townAfterLeft(doc, i);
  if (!(c === 105 || c === 102 || c === 110 || c === 111 || c === 116 || c === 112)) return 0;
  // Round 79: "out past", "just past" as well ("we live way out past <town>").
  if (!(w === 'in' || w === 'from' || w === 'near' || w === 'outside') && !((w === 'to' || w === 'of') && travelVerbBefore(tokens, i, w)) && !(w === 'past' && townCueBefore(doc, i))) return 0;
  if (t.text !== t.lower) return 0;
  if (t.lower === 'st') return saintTownAt(doc, i);
  const n = phraseAt(doc, i, doc.dict.allCities, Math.min(doc.dict.maxCityWords, 4), doc.dict.cityStarts);
  if (n === 0) return lowerCaseUnlistedTown(doc, i);
  const phrase = wordsFrom(doc, i, n) ?? '';
  if (lexicon.US_STATES.has(phrase)) return 0;
  if (n === 1) {
    // "came from home", "back from rehab": a setting, though the gazetteer lists a Home, PA.
    if (lexicon.EPONYMS.has(phrase) || NOT_TOWN_NAMES.has(phrase)) return 0;
    // Round 79: a smaller town too when its name is nothing else: six letters or more, no English word, given name or
    // surname ("ended up in <town> the next day"); "in situ", "in vitro", "from tylenol" are no town of the list.
    if (!doc.dict.majorCities.has(phrase)) return t.text.length >= 6 && doc.isCommon[i] === 0 && doc.isFirst[i] === 0 && doc.isSur[i] === 0 && !LATIN_AFTER_IN.has(phrase) ? 1 : 0;
    if (!doc.dict.commonWords.has(phrase) && !doc.dict.firstNames.has(phrase)) return 1;
    // A city that is also a word or a name ("phoenix", "mobile", "florence") after a strong town cue, ending the phrase.
    return townCueBefore(doc, i) && endsPhrase(doc, i + 1) ? 1 : 0;
  }
  for (let k = 0; k < n; k++) if (doc.isCommon[i + k] === 0 && !lexicon.EPONYMS.has((tokens[i + k] as Token).lower)) return n;
  // All common words ("from oak park", "in high point"): a large city only, after "from" or "in", and not a
  // firm the ZIP list names ("american express").
  // It must end the phrase: "in north east quadrant" is anatomy.
  if ((w === 'from' || w === 'in') && doc.dict.majorCities.has(phrase) && !NOT_TOWN_WORDS.test(phrase) && !ONLY_DIRECTIONS.test(phrase) && endsPhrase(doc, i + n)) return n;
  // Round 88: a smaller listed town of common words after a strong town cue, ending the phrase ("staying w my sister in
  // <south> <gate> til friday", "living in <bell> <gardens> at"); "lives in north east" and "works in high school" stay.
  if (n >= 2 && townCueBefore(doc, i) && !NOT_TOWN_WORDS.test(phrase) && !ONLY_DIRECTIONS.test(phrase) && endsPhrase(doc, i + n)) return n;
  return 0;
}

/**
 * A lower-case town no gazetteer holds, after a strong town cue ("lives in harburg", "originally from sutri"):
 * one word of four letters or more that is no common word, name, country, state or ward, ending the phrase.
 */
function lowerCaseUnlistedTown(doc: DocumentView, i: number): number {
  const t = doc.tokens[i] as Token;
  if (t.text.length < 4 || doc.isCommon[i] === 1 || doc.isFirst[i] === 1 || !/^\p{Ll}+$/u.test(t.text)) return 0;
  if (!townCueBefore(doc, i) || !endsPhrase(doc, i + 1)) return 0;
  // A one-word country is a first word of the country list.
  if (NOT_TOWN_NAMES.has(t.lower) || COUNTRY_WORDS.has(t.lower) || lexicon.US_STATES.has(t.lower)) return 0;
  return possessiveAt(doc.text, t.end) ? 0 : 1;
}

// Countries, for a town written before one ("Cusco, Peru", "Bilbao, Spain"): the country alone is not an
// identifier, but a town named before it is a place smaller than a state. US states are left to findCities.
const COUNTRIES = `afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|
  azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia and herzegovina|
  bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|cabo verde|central african republic|
  chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|
  dominican republic|ecuador|egypt|el salvador|england|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|
  france|gabon|gambia|georgia|germany|ghana|greece|greenland|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|
  hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|
  kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|
  malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|
  mozambique|myanmar|burma|namibia|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|
  northern ireland|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|
  puerto rico|qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|scotland|senegal|serbia|seychelles|sierra leone|
  singapore|slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|
  switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|trinidad|tunisia|turkey|türkiye|
  turkmenistan|uganda|ukraine|united arab emirates|uae|united kingdom|uk|uruguay|uzbekistan|vanuatu|venezuela|vietnam|
  viet nam|wales|yemen|zambia|zimbabwe|korea|usa|united states|united states of america`
  .split('|')
  .map((c) => c.trim())
  .filter(Boolean);
// Countries that are also given names ("Smith, Jordan" is a name): the town before them may not be a name.
const NAME_COUNTRIES = new Set(['chad', 'georgia', 'india', 'israel', 'jordan', 'kenya', 'ireland', 'trinidad', 'malta', 'china', 'chile']);
// Words that may stand in a town's name although they are common words ("San Pedro Sula", "Port Louis").
const TOWN_COMMON = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'st', 'de', 'del', 'la', 'las', 'los', 'el', 'port', 'new', 'puerto', 'ciudad', 'villa', 'bay', 'city', 'grand', 'north', 'south', 'east', 'west', 'upper', 'lower', 'hill', 'lake', 'mount', 'cape']);
const COUNTRY_WORDS = phrasesByFirstWord(COUNTRIES);
/** The country names in lower case, one space between words. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES);
export const COUNTRY_FIRST_WORDS: readonly string[] = [...COUNTRY_WORDS.keys()];

/** Whether tokens i..j spell a country that is no given name ("Spain", "Costa Rica"; not "Jordan"). */
export function isCountry(doc: DocumentView, i: number, j: number): boolean {
  const list = COUNTRY_WORDS.get((doc.tokens[i] as Token).lower);
  if (!list) return false;
  const n = j - i + 1;
  for (const words of list) {
    if (words.length === n && spells(doc, i, words) && !NAME_COUNTRIES.has(words.join(' '))) return true;
  }
  return false;
}

export function findCountryTowns(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  // From the smaller side: a note holds few indexed words, the country list has two hundred.
  for (const [first, list] of doc.wordIndex) {
    if (!COUNTRY_WORDS.has(first)) continue;
    for (const c of list) {
      const found = townBeforeCountry(doc, c, first);
      if (found) out.push(found);
    }
  }
  return out;
}

/** The country phrase's token count at token c (0: none), written capitalised or in capitals. */
function countryAt(doc: DocumentView, c: number, first: string): number {
  const tokens = doc.tokens;
  for (const words of COUNTRY_WORDS.get(first) ?? []) {
    if (!spells(doc, c, words)) continue;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[c + k] as Token;
      if (!(t.capitalized || t.upper || t.lower === 'and' || (t.single && t.text === t.text.toUpperCase()))) return 0;
    }
    return words.length;
  }
  return 0;
}

function townBeforeCountry(doc: DocumentView, c: number, first: string): Candidate | undefined {
  const tokens = doc.tokens;
  if (c < 1) return undefined;
  const country = tokens[c] as Token;
  const prev = tokens[c - 1] as Token;
  // A comma right after the word before (checked by char code before any slice).
  if (doc.text.charCodeAt(prev.end) !== 44) return undefined;
  // ", " right before the country (one or two blanks).
  const gap = doc.text.slice(prev.end, country.start);
  if (gap.charCodeAt(0) !== 44 || !/^,[ \t]{1,2}$/.test(gap)) return undefined;
  const n = countryAt(doc, c, first);
  if (n === 0) return undefined;
  // "Mexico City", "Panama City": the country word starts a longer name.
  const after = tokenAt(tokens, c + n);
  if (after && placeShaped(doc, after) && /^[ \t]{1,2}$/.test(doc.text.slice((tokens[c + n - 1] as Token).end, after.start))) return undefined;
  // Back over one to three capitalised words of the town, and particles between them ("Villanueva del Prado").
  let k = c - 1;
  let named = 0;
  for (; k >= 0 && c - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (k < c - 1 && !/^[ \t\-]$/.test(doc.text.slice(t.end, (tokens[k + 1] as Token).start))) break;
    if (k < c - 1 && k > 0 && t.text === t.lower && TOWN_INNER.has(t.lower) && placeShaped(doc, tokens[k - 1] as Token)) continue;
    if (!placeShaped(doc, t) || t.single) break;
    // A word right before the country may be a listed town's name: "Bath, England", "Split, Croatia".
    const common = doc.isCommon[k] === 1 && !TOWN_COMMON.has(t.lower) && !(k === c - 1 && t.capitalized && doc.dict.anyTowns.has(t.lower));
    if (common) break;
    if (doc.isFirst[k] === 1 || doc.isSur[k] === 1) named++;
  }
  let start = k + 1;
  while (start < c && TOWN_INNER.has((tokens[start] as Token).text)) start++; // a particle opens no name
  if (start >= c) return undefined;
  const town = wordsFrom(doc, start, c - start) ?? '';
  if (TOWN_COMMON.has(town) || COUNTRY_WORDS.has(town) || lexicon.US_STATES.has(town)) return undefined;
  if (NAME_COUNTRIES.has(first) && named > 0 && !doc.dict.allCities.has(town)) return undefined;
  return candidate((tokens[start] as Token).start, prev.end, 'LOCATION', 0.74, 'city-country', { kind: 'context', detail: 'country-after' });
}

/** A form's state field before a two-letter code ("STATE: LA", "St: PA"). */
const STATE_FIELD_BEFORE = /(?:^|[^a-z])(?:state|st)[ \t]{0,2}:[ \t]{0,3}$/;
