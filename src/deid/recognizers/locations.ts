// Places smaller than a state: facilities (hospitals, clinics), cities, street addresses and ZIP codes.
// States and countries alone are not identifiers under Safe Harbor and are only kept inside a longer span.
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import { cueRightBefore, patternRecognizer, type PatternSpec } from './pattern.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';

const PLACE_CUE_LAST_WORDS = new Set<string>();

const STRONG_PLACE_CUES = new Set(['lives in', 'living in', 'resident of', 'moved to', 'born in', 'located in', 'resides in', 'relocated to']);
const PLACE_CUES = ['resides in', 'relocated to', 'in', 'at', 'from', 'near', 'to', 'of', 'resident of', 'lives in', 'living in', 'moved to', 'born in', 'located in', 'visiting', 'outside', 'downtown', 'city of', 'town of', 'county', 'transferred to', 'transferred from'];

const STRONG_HEADS = new Set(['hospital', 'hosp', 'clinic', 'clinics', 'institute', 'infirmary', 'hospice', 'sanatorium', 'langone', 'hospitals']);
const FACILITY_CONNECTORS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'la']);
// Multi-word heads indexed by their first word ("medical" -> [["medical","center"], ...]).
const MULTI_HEADS = new Map<string, string[][]>();
for (const h of lexicon.FACILITY_HEADS) {
  if (!h.includes(' ')) continue;
  const words = h.split(' ');
  const list = MULTI_HEADS.get(words[0] as string) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  MULTI_HEADS.set(words[0] as string, list);
}

for (const c of PLACE_CUES) PLACE_CUE_LAST_WORDS.add(c.split(' ').pop() as string);

function wordsFrom(doc: DocumentView, i: number, n: number): string | undefined {
  if (n === 1) return doc.tokens[i]?.lower;
  const parts: string[] = [];
  for (let k = 0; k < n; k++) {
    const t = doc.tokens[i + k];
    if (!t) return undefined;
    if (k > 0) {
      const gap = doc.text.slice((doc.tokens[i + k - 1] as Token).end, t.start);
      if (!/^\.?[ \t\-]{0,2}$/.test(gap) || gap.length > 3) return undefined;
    }
    parts.push(t.lower);
  }
  return parts.join(' ');
}

/** Length in tokens of a facility head word starting at token i (0 if none). */
function headAt(doc: DocumentView, i: number): number {
  const t = doc.tokens[i];
  const multi = t ? MULTI_HEADS.get(t.lower) : undefined;
  if (multi) {
    for (const h of multi) {
      if (wordsFrom(doc, i, h.length) === h.join(' ')) return h.length;
    }
  }
  return t && lexicon.FACILITY_HEADS.has(t.lower) ? 1 : 0;
}

/**
 * Phrase of 1..max tokens starting at i found in `set`; returns its token count (longest first).
 * `starts` bounds the look-up by the longest phrase that begins with this word (most words: none).
 */
function phraseAt(doc: DocumentView, i: number, set: { has(word: string): boolean }, max: number, starts: ReadonlyMap<string, number>): number {
  const t = doc.tokens[i];
  if (!t) return 0;
  let longest = starts.get(t.lower) ?? 0;
  if (t.fold !== t.lower) longest = Math.max(longest, starts.get(t.fold) ?? 0);
  if (longest === 0) {
    const hyphen = t.lower.indexOf('-');
    if (hyphen <= 0 || !starts.has(t.lower.slice(0, hyphen))) return 0;
    longest = 1;
  }
  const bound = Math.min(max, longest);
  for (let n = bound; n >= 1; n--) {
    const w = wordsFrom(doc, i, n);
    if (w === undefined) continue;
    if (set.has(w) || (n > 1 && set.has(w.replace(/ - /g, '-'))) || (n === 1 && w.includes('-') && set.has(w.replace(/-/g, ' ')))) return n;
    if (/[^\x00-\x7f]/.test(w) && set.has(w.normalize('NFD').replace(/\p{M}/gu, ''))) return n;
  }
  return 0;
}

const INTL_STREET_BEFORE_NUMBER =
  /(?:gasse|straße|strasse|weg|vej|katu|tie|gatan|vägen|laan|straat|plein|gade|veien|utca|ulica|cesta|stræde|allee)[ \t]$/iu;
const INTL_STREET_WORDS = ['via', 'viale', 'rue', 'calle', 'carrer', 'avenida', 'rua', 'piazza', 'plaza', 'praça', 'chemin', 'allée', 'avenue', 'boulevard', 'ul'];

const CARE_PREPOSITIONS = new Set(['at', 'from', 'to']);
const CARE_VERBS = new Set(['seen', 'treated', 'admitted', 'transferred', 'rehab', 'followed', 'follows', 'hospitalized', 'hospitalised', 'discharged', 'cardiology', 'oncology', 'dialysis', 'delivered', 'born', 'referred', 'evaluated', 'imaged', 'operated']);

const ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'med', 'ctr', 'cntr', 'univ', 'hosp', 'inst', 'gen', 'mem', 'reg', 'n', 's', 'e', 'w']);

const EXTRA_CITY_SET: ReadonlySet<string> = new Set(lexicon.EXTRA_CITIES);

const placeShaped = (doc: DocumentView, t: Token): boolean => t.capitalized || t.upper || (doc.allCaps && t.text.length > 1);

function findFacilities(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  // Index of the next token that can start a facility head word, for each position (one backward pass).
  const nextHead = new Int32Array(tokens.length + 1).fill(tokens.length + 100);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const lower = (tokens[k] as Token).lower;
    nextHead[k] = lexicon.FACILITY_HEADS.has(lower) || MULTI_HEADS.has(lower) ? k : (nextHead[k + 1] as number);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((nextHead[i] as number) > i + 8 && !doc.dict.facilityStarts.has(t.lower)) continue;
    if (!placeShaped(doc, t) || (lexicon.TITLES.has(t.lower) && !lexicon.FACILITY_PREFIXES.has(t.lower))) continue;
    // A run of capitalised words, connectors and prefixes, ending at a head word.
    let j = i;
    let named = 0; // words that are not heads, connectors or prefixes
    let known = phraseAt(doc, i, lexicon.KNOWN_FACILITIES, 4, doc.dict.facilityStarts);
    let end = -1;
    let strong = false;
    let k = i;
    while (k < tokens.length && k < i + 8) {
      const tk = tokens[k] as Token;
      if (k > i) {
        const gap = doc.text.slice((tokens[k - 1] as Token).end, tk.start);
        // A line break inside a name only before its head word ("Columbus Heart\nAssociates").
        const wrapped = /^[ \t]?\r?\n[ \t]{0,8}$/.test(gap) && headAt(doc, k) > 0;
        if (!wrapped && (!/^(?:['’]s)?\.?[ \t\-]{0,2}$/.test(gap) || gap.length > 4)) break;
        // A period ends the name unless it closes an abbreviation ("St. Mary's", "Med. Ctr.").
        if (gap.startsWith('.') && !ABBREVIATIONS.has((tokens[k - 1] as Token).lower)) break;
      }
      const h = headAt(doc, k);
      if (h > 1 && k === i && known === 0) {
        k += h; // "Nursing home resident": a head on its own names nothing
        continue;
      }
      if (h > 0 && (k > i || known > 0)) {
        const headWord = (tokens[k] as Token).lower;
        const isStrong = STRONG_HEADS.has(headWord) || h > 1 || !lexicon.WEAK_FACILITY_HEADS.has(headWord);
        if (named > 0 || known > 0 || isStrong) {
          end = k + h - 1;
          strong = strong || isStrong;
        }
        k += h;
        continue;
      }
      if (k > i && FACILITY_CONNECTORS.has(tk.lower) && !placeShaped(doc, tk)) {
        k++;
        continue;
      }
      if (!placeShaped(doc, tk) && !lexicon.FACILITY_PREFIXES.has(tk.lower)) break;
      if (lexicon.TITLES.has(tk.lower) && !lexicon.FACILITY_PREFIXES.has(tk.lower)) break; // "Dr. Lee at UCSF"
      // Words that name a facility; a common word in capitals inside mixed-case text is a heading ("PAST MEDICAL").
      const heading = tk.upper && !doc.allCaps && doc.isCommon[tk.index] === 1;
      if (!lexicon.FACILITY_PREFIXES.has(tk.lower) && !FACILITY_CONNECTORS.has(tk.lower) && !lexicon.FACILITY_HEADS.has(tk.lower) && !heading) named++;
      k++;
    }
    if (known > 0 && end < 0) end = i + known - 1;
    // "Hospice of the Valley", "Hospital of the Good Shepherd": a head word first, then "of".
    if (end < 0 && STRONG_HEADS.has(t.lower) && tokens[i + 1]?.lower === 'of') end = i;
    if (end < 0) continue;
    const lastTok = tokens[end] as Token;
    // "Call the clinic", "Repeat labs": a capitalised common word then a lower-case head is prose.
    if (
      !placeShaped(doc, lastTok) &&
      known === 0 &&
      !lexicon.FACILITY_PREFIXES.has(t.lower) &&
      tokens.slice(i, end).every((x) => !placeShaped(doc, x) || doc.isCommon[x.index] === 1) &&
      !doc.dict.majorCities.has(t.lower)
    ) {
      continue;
    }
    const after = tokens[end + 1];
    if (after && lexicon.EPONYM_HEADS.has(after.lower) && !STRONG_HEADS.has(lastTok.lower)) continue; // "Duke Score"
    // "Children's Hospital of Philadelphia": "of" and up to three capitalised words.
    let of = tokens[end + 2];
    let ofGap = ' of ';
    if (of?.lower === 'the' && tokens[end + 3]?.capitalized) {
      of = tokens[end + 3];
      ofGap = ' of the ';
    }
    if (after?.lower === 'of' && of && placeShaped(doc, of) && doc.text.slice(lastTok.end, of.start) === ofGap) {
      end = of.index - 1;
      end += 2;
      while (end + 1 < tokens.length && end < i + 10 && placeShaped(doc, tokens[end + 1] as Token) && doc.text.slice((tokens[end] as Token).end, (tokens[end + 1] as Token).start) === ' ') end++;
    }
    // Don't start on a connector; trim trailing connectors.
    j = end;
    const last = tokens[j] as Token;
    let stop = last.end;
    // Include a trailing possessive/period that belongs to the name ("St. Mary's", "Med. Ctr.").
    if (/^['’]s/.test(doc.text.slice(stop, stop + 2))) stop += 2;
    if (doc.text[stop] === '.' && /^(?:ctr|cntr|hosp|med|inst)$/.test(last.lower)) stop += 1;
    // "Mayo Clinic in Rochester, MN": carry on over " in <City>[, ST]".
    const tail = /^,?[ \t]{1,2}(?:in|at)[ \t]{1,2}/.exec(doc.text.slice(stop, stop + 8));
    if (tail) {
      let next = j + 1;
      while (next < tokens.length && next < j + 4 && (tokens[next] as Token).start < stop + tail[0].length) next++;
      const nt = tokens[next];
      if (nt && nt.start === stop + tail[0].length) {
        const cityLen = placeShaped(doc, nt) ? phraseAt(doc, next, doc.dict.allCities, 4, doc.dict.cityStarts) : 0;
        if (cityLen > 0 || lexicon.STATE_CODES.has(nt.text)) {
          const lastCity = tokens[next + Math.max(cityLen, 1) - 1] as Token;
          stop = lastCity.end;
          const st = /^,[ \t]{1,2}[A-Z]{2}\b/.exec(doc.text.slice(stop, stop + 5));
          if (st && lexicon.STATE_CODES.has(st[0].slice(-2))) stop += st[0].length;
          j = next + Math.max(cityLen, 1) - 1;
        }
      }
    }
    const score = strong || known > 0 ? 0.88 : 0.72;
    out.push(candidate(t.start, stop, 'FACILITY', score, 'facility', { kind: known > 0 ? 'dictionary' : 'pattern', detail: known > 0 ? 'known-facilities' : 'facility-head' }));
    i = j;
  }
  // "treated at Sunnybrook", "transferred from Good Samaritan", "rehab at Spaulding": a care verb, then
  // at/from/to, then a capitalised word that is no common word, name or place.
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prep = tokens[i - 1] as Token;
    if (!t.capitalized || !CARE_PREPOSITIONS.has(prep.lower) || doc.text.slice(prep.end, t.start) !== ' ') continue;
    let verb = false;
    for (let k = i - 2; k >= 0 && k >= i - 4; k--) if (CARE_VERBS.has((tokens[k] as Token).lower)) verb = true;
    if (!verb) continue;
    // Surnames are allowed ("rehab at Spaulding", "treated at Mayo"): people are seen *by*, places *at*.
    const plain = (x: Token): boolean =>
      x.capitalized && doc.isCommon[x.index] === 0 && doc.isFirst[x.index] === 0 && !doc.dict.allCities.has(x.lower) && !lexicon.US_STATES.has(x.lower);
    const prefix = lexicon.FACILITY_PREFIXES.has(t.lower);
    const next = tokens[i + 1];
    const joined = next !== undefined && next.capitalized && doc.text.slice(t.end, next.start) === ' ';
    if (plain(t)) {
      const end = joined && plain(next as Token) ? (next as Token).end : t.end;
      out.push(candidate(t.start, end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: `care-verb:${prep.lower}` }));
    } else if (prefix && joined && (plain(next as Token) || /^(?:west|east|north|south|samaritan)$/.test((next as Token).lower))) {
      out.push(candidate(t.start, (next as Token).end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: `care-verb:${prep.lower}` }));
    }
  }
  // "St. Mary's", "Saint Jude's" without a head word.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (!/^(?:st|saint|ste)$/.test(t.lower) || !n.capitalized) continue;
    if (!/^\.?[ \t]{1,2}$/.test(doc.text.slice(t.end, n.start))) continue;
    if (/^['’]s\b/.test(doc.text.slice(n.end, n.end + 3)) && !/^['’]s[ \t]+wort\b/i.test(doc.text.slice(n.end, n.end + 10))) {
      out.push(candidate(t.start, n.end + 2, 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'saint-possessive' }));
    }
  }
  return out;
}

function findCities(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  const max = Math.min(doc.dict.maxCityWords, 5);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!placeShaped(doc, t)) continue;
    const n = phraseAt(doc, i, doc.dict.allCities, max, doc.dict.cityStarts);
    if (n === 0) continue;
    const last = tokens[i + n - 1] as Token;
    const phrase = wordsFrom(doc, i, n) ?? '';
    if (n === 1 && t.upper && !doc.allCaps && !EXTRA_CITY_SET.has(phrase)) continue; // ADA, RA: acronyms
    const next = tokens[i + n];
    // "San Francisco syncope rule", "Boston brace": a place name used as an eponym.
    if (next !== undefined && lexicon.EPONYM_HEADS.has(next.lower) && /^(?:['’]s)?[ \t\-]{1,2}$/i.test(doc.text.slice(last.end, next.start))) continue;
    // Eponym-like place words ("Gleason", "Ottawa", "Miami J") count only with a state or a cue.
    const eponymWord =
      n === 1 &&
      lexicon.EPONYMS.has(phrase) &&
      (/^[ \t]{1,2}(?:[0-9]|[A-Z]\b)/.test(doc.text.slice(last.end, last.end + 4)) || (next !== undefined && lexicon.EPONYMS.has(next.fold)));
    if (eponymWord && next !== undefined && lexicon.EPONYMS.has(next.fold)) continue; // "Austin Flint murmur"
    let end = last.end;
    let score = 0;
    const evidence: { kind: 'dictionary' | 'context'; detail: string }[] = [{ kind: 'dictionary', detail: 'us-cities' }];
    // "Houston, TX", "Brooklyn, NY", "Chicago, Illinois"
    const sep = doc.text.charCodeAt(end);
    if (sep === 44 || sep === 32) {
      const after = doc.text.slice(end, end + 24);
      const st = /^,?[ \t]{1,2}([A-Z]{2})\b/.exec(after);
      const stName = st ? null : /^,[ \t]{1,2}([A-Z][a-z]+(?: [A-Z][a-z]+)?)/.exec(after);
      if (st?.[1] && lexicon.STATE_CODES.has(st[1])) {
        end += st[0].length;
        score = 0.88;
        evidence.push({ kind: 'context', detail: 'state-code' });
      } else if (stName?.[1] && lexicon.US_STATES.has(stName[1].toLowerCase())) {
        end += stName[0].length;
        score = 0.86;
        evidence.push({ kind: 'context', detail: 'state-name' });
      }
    }
    if (score === 0) {
      const lx = doc.dict.commonWords.has(phrase) || lexicon.US_STATES.has(phrase);
      const major = doc.dict.majorCities.has(phrase);
      const person = doc.dict.firstNames.has(phrase) || doc.dict.surnames.has(phrase);
      if (major && !lx && !eponymWord && !(person && /['’]s\b/.test(doc.text.slice(end, end + 3)))) {
        score = person ? 0.62 : 0.72;
      } else if (!lx || n > 1 || major) {
        // Only now is the cue worth looking for ("lives in Hope", "from Orange").
        // Cheap gate: the word before (or before "the") must be the last word of some place cue.
        const p1 = tokens[i - 1];
        const p2 = p1?.lower === 'the' ? tokens[i - 2] : p1;
        const cue = p2 && PLACE_CUE_LAST_WORDS.has(p2.lower) ? cueRightBefore(doc.lower, t.start, PLACE_CUES) : undefined;
        if (cue && (!lx || n > 1) && (major || n > 1 || !doc.dict.surnames.has(phrase))) score = 0.7;
        else if (cue && major && STRONG_PLACE_CUES.has(cue) && t.capitalized) score = 0.65;
        else if (cue && major && !lx) score = 0.6;
        if (cue) evidence.push({ kind: 'context', detail: `cue:${cue}` });
      }
    }
    if (score === 0) continue;
    out.push(candidate(t.start, end, 'LOCATION', score, 'city', ...evidence));
    i += n - 1;
  }
  return out;
}

// Street suffixes as written in addresses: "Street", "St.", "STREET" (a lower-case "way" is a word).
// Upper-case forms only for whole words: "DR", "ST" and "PT" in a caps note are doctor, saint, patient.
const SUFFIX = [...lexicon.STREET_SUFFIXES]
  .flatMap((s) => [s.charAt(0).toUpperCase() + s.slice(1), ...(s.length >= 4 && !s.includes('.') ? [s.toUpperCase()] : [])])
  .map((s) => s.replace('.', '\\.'))
  .sort((a, b) => b.length - a.length)
  .join('|');

export const ADDRESS_PATTERNS: readonly PatternSpec[] = [
  {
    // 123 Maple Street, 4417 N. Oak Ave Apt 3B, 12 Elm St., Springfield
    id: 'street-address',
    firstRun: [1, 6],
    anchor: 'digit',
    type: 'ADDRESS',
    regex: new RegExp(
      `(?<![\\w\\-])\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?[ \\t]{1,2}(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\\.?[ \\t]{1,2})?(?:[A-Z0-9][\\p{L}\\d'’\\-]{0,30}[ \\t]{1,2}){1,4}(?:${SUFFIX})\\b\\.?(?:,?[ \\t]{0,2}(?:[Aa]pt|APT|[Aa]partment|[Ss]uite|STE|[Ss]te|[Uu]nit|UNIT|[Rr]m|[Rr]oom|[Bb]ldg|[Ff]loor|[Ff]l|#)\\.?[ \\t]{0,2}#?[A-Za-z0-9\\-]{1,8})?`,
      'gu',
    ),
    score: 0.85,
    validate: (v) => /[A-Za-z]{2}/.test(v.replace(/^\d+/, '')),
  },
  {
    // Elm Street, Oak Ave (no number): needs the full suffix word to avoid "St. Mary"
    id: 'street-name',
    type: 'ADDRESS',
    regex: /\b[A-Z][\p{L}'’\-]{1,30}(?:[ \t][A-Z][\p{L}'’\-]{1,30})?[ \t](?:Street|Avenue|Boulevard|Lane|Road|Drive|Court|Terrace|Parkway|Highway|Place|Circle|St\.?(?=[,.;)]|$|\s+(?:in|near|clinic|apartment|apt|and)\b)|Ave\.?|Blvd\.?|Rd\.?)(?![\p{L}])/gu,
    score: 0.72,
  },
  {
    // "Kettering, OH 45429": any capitalised town before a state code and a ZIP code
    id: 'city-state-zip',
    type: 'LOCATION',
    anchor: { digitsAfter: /[\p{L}'’.\- ,\t]/u, maxBack: 60 },
    firstRun: [5, 5],
    regex: new RegExp(
      `(?<![\\p{L}'’.\\-])\\p{Lu}[\\p{L}'’.\\-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'’.\\-]{1,30}){0,2},[ \\t]{1,2}(?:${[...lexicon.STATE_CODES].join('|')})(?=[ \\t]{1,2}\\d{5}\\b)`,
      'gu',
    ),
    score: 0.85,
  },
  {
    // "Neighborhood: Pilsen", "Hometown: Bar Harbor"
    id: 'place-field',
    type: 'LOCATION',
    anchor: { words: ['neighborhood', 'neighbourhood', 'hometown', 'city', 'town', 'village', 'borough', 'county'] },
    regex: /\b(?:[Nn]eighbou?rhood|NEIGHBORHOOD|[Hh]ometown|HOMETOWN|[Cc]ity|CITY|[Tt]own|[Vv]illage|[Bb]orough|[Cc]ounty)[ \t]{0,2}:[ \t]{0,3}([A-Z][\p{L}'’.\-]{1,30}(?:[ \t][A-Z][\p{L}'’.\-]{1,30}){0,3})/gu,
    group: 1,
    score: 0.8,
  },
  {
    // JSON: "city": "Bar Harbor"
    id: 'place-json-field',
    type: 'LOCATION',
    anchor: { char: '"', back: /$^/, maxBack: 0 },
    regex: /"(?:city|town|district|county|locality)"[ \t]{0,2}:[ \t]{0,2}"([A-Z][\p{L}'’.\-]{1,30}(?:[ \t][A-Z][\p{L}'’.\-]{1,30}){0,3})/gu,
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
    // King County, Orange Parish, the Bronx Borough
    id: 'county',
    type: 'LOCATION',
    trigger: /County|Parish|Borough|Township|COUNTY|PARISH/,
    regex: /\b[A-Z][\p{L}'’\-]{1,30}(?:[ \t][A-Z][\p{L}'’\-]{1,30}){0,2}[ \t](?:County|Parish|Borough|Township|COUNTY|PARISH)\b/gu,
    score: 0.85,
  },
  {
    // Military post: "PSC 0413, Box 8144 APO AA 42323", "USNS Mercy FPO AP 96672"
    id: 'military-address',
    type: 'ADDRESS',
    trigger: /\b(?:APO|FPO|DPO)\b/i,
    regex: /\b(?:(?:PSC|Unit|CMR)[ \t]\d{1,5},?[ \t](?:Box[ \t]\d{1,5}[ \t])?|(?:USNS|USS|USCGC)[ \t][A-Z][\p{L}\-]{1,30}(?:[ \t][A-Z][\p{L}\-]{1,30})?[ \t])(?:APO|FPO|DPO)[ \t](?:AA|AE|AP)[ \t]\d{5}\b/giu,
    score: 0.9,
  },
  {
    // European order, street then number: "Via dei Fiorentini 1", "Pfarrgasse 91 Suite 170", "ul. Słowicza 10"
    id: 'street-address-intl',
    type: 'ADDRESS',
    // Cheap gate: a word of one of these forms right before a house number.
    indexWords: INTL_STREET_WORDS,
    trigger: (doc) => {
      if (INTL_STREET_WORDS.some((w) => doc.wordIndex.has(w))) return true;
      for (const s of doc.digitRuns) {
        const before = doc.text.slice(Math.max(0, s - 24), s);
        if (INTL_STREET_BEFORE_NUMBER.test(before)) return true;
      }
      return false;
    },
    regex: /(?<![\p{L}\d])(?:\d{1,6}[ \t])?(?:\p{Lu}[\p{L}'’\-]{1,30}(?:gasse|straße|strasse|weg|vej|katu|tie|gatan|vägen|laan|straat|plein|gade|veien|utca|ulica|cesta|stræde|allee)|(?:Via|Viale|Rue|Calle|Carrer|Avenida|Rua|Piazza|Plaza|Praça|Chemin|Allée|Avenue|Boulevard|ul\.|Ul\.)(?:[ \t][\p{L}'’\-]{1,30}){1,4})[ \t]\d{1,5}[A-Za-z]?(?:,?[ \t](?:Apt|Suite|Ste)\.?[ \t]\d{1,6})?/gu,
    score: 0.82,
  },
  {
    // "6750 Koskikatu 25 Apt. 864": number, street, number, unit
    id: 'street-address-unit',
    firstRun: [1, 6],
    anchor: 'digit',
    type: 'ADDRESS',
    trigger: /Apt|Suite|Ste\b|Unit/,
    regex: /(?<![\p{L}\d])\d{1,6}[ \t]\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t]\p{L}[\p{L}'’\-]{1,30}){0,2}[ \t]\d{1,5}[ \t]{1,2}(?:Apt|Suite|Ste|Unit)\.?[ \t]\d{1,6}/gu,
    score: 0.85,
  },
  {
    // An apartment or suite number on its own is part of an address.
    id: 'unit-number',
    type: 'ADDRESS',
    trigger: /Apt|Apartment|Suite|Ste\b|Unit|Flat|Rm\b|Room/,
    regex: /\b(?:Apt|Apartment|Suite|Ste|Unit|Flat|Rm|Room)\.?[ \t]#?\d{1,6}[A-Za-z]?\b/g,
    score: 0.7,
  },
  {
    // 5th Ave, 42nd Street
    id: 'street-ordinal',
    firstRun: [1, 3],
    anchor: 'digit',
    type: 'ADDRESS',
    regex: /\b\d{1,3}(?:st|nd|rd|th)[ \t](?:Street|St\.?|Avenue|Ave\.?)(?![\p{L}])/gu,
    score: 0.72,
  },
  {
    // Rural route and highway contract boxes: "RR 2 BOX 118"
    id: 'rural-route',
    type: 'ADDRESS',
    anchor: { words: ['rr', 'r', 'rural', 'hc', 'star'] },
    regex: /\b(?:RR|R\.R\.|Rural Route|HC|Star Route)[ \t]\d{1,4}[ \t,]{1,2}Box[ \t]\d{1,6}\b/gi,
    score: 0.9,
  },
  {
    // UK postcode (LS6 2QT, SW1A 1AA) and Canadian postal code (M5V 2T6)
    id: 'postcode-uk-ca',
    type: 'ZIP',
    regex: /\b(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b/g,
    score: 0.8,
  },
  {
    // "17 Rue des Lilas", "4 Via Roma": number first, then a street word of another language
    id: 'street-address-number-first',
    firstRun: [1, 5],
    anchor: 'digit',
    type: 'ADDRESS',
    trigger: /\b(?:Rue|Via|Calle|Avenida|Rua|Piazza|Plaza|Chemin|Allée|Carrer)\b/,
    regex: /(?<![\p{L}\d])\d{1,5}(?:[ \t]?bis)?,?[ \t](?:Rue|Via|Calle|Avenida|Rua|Piazza|Plaza|Chemin|Allée|Carrer)(?:[ \t][\p{L}'’\-]{1,30}){1,4}/gu,
    score: 0.82,
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
      if (/^\d{4}$/.test(v)) return /(?:zip|zip code|postal code|postcode|zipcode|plz)[ \t:#(]{0,3}$/i.test(before) ? 0.85 : false;
      if (/\b[A-Z]{2}[ \t,|]{1,4}$/.test(before) && lexicon.STATE_CODES.has(/([A-Z]{2})[ \t,|]{1,4}$/.exec(before)?.[1] ?? '')) return 0.9;
      if (/(?:zip|zip code|postal code|zipcode)[ \t:#(]{0,3}$/i.test(before)) return 0.9;
      if (/^[ \t]?(?:zip|zip code)\b/i.test(doc.text.slice(start + v.length, start + v.length + 10))) return 0.85;
      const name = /([A-Za-z]+(?: [A-Za-z]+)?)[ \t,]{1,3}$/.exec(before)?.[1]?.toLowerCase();
      if (name && lexicon.US_STATES.has(name)) return 0.88;
      return v.includes('-') ? 0.6 : false;
    },
  },
];

export const LOCATION_RECOGNIZERS: readonly Recognizer[] = [
  { id: 'facility', types: ['FACILITY'], find: findFacilities },
  { id: 'city', types: ['LOCATION'], find: findCities },
  ...ADDRESS_PATTERNS.map(patternRecognizer),
];
