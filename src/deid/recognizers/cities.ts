// Cities and towns from the ZIP-code gazetteer: large ones on their own, the rest with a state after them
// or a place cue before them ("lives in Hope"), never when used as an eponym ("Boston brace").
import { lexicon } from '../dictionaries/index.js';
import { tokenAt, type Token } from '../text/tokens.js';
import { cueRightBefore } from './pattern.js';
import { EXTRA_CITY_SET, PLACE_CUES, PLACE_CUE_LAST_WORDS, STRONG_PLACE_CUES, phraseAt, placeShaped, wordsFrom } from './place-words.js';
import { candidate, type Candidate, type DocumentView } from './types.js';

export function findCities(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  const max = Math.min(doc.dict.maxCityWords, 5);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!placeShaped(doc, t)) {
      const n = lowerCaseCity(doc, i);
      if (n > 0) {
        out.push(candidate(t.start, (tokens[i + n - 1] as Token).end, 'LOCATION', 0.76, 'city', { kind: 'dictionary', detail: 'us-cities' }, { kind: 'context', detail: 'cue:lower-case' }));
        i += n - 1;
      }
      continue;
    }
    const n = phraseAt(doc, i, doc.dict.allCities, max, doc.dict.cityStarts);
    if (n === 0) continue;
    const last = tokens[i + n - 1] as Token;
    const phrase = wordsFrom(doc, i, n) ?? '';
    if (n === 1 && t.upper && !doc.allCaps && !EXTRA_CITY_SET.has(phrase)) continue; // ADA, RA: acronyms
    const next = tokenAt(tokens, i + n);
    // "San Francisco syncope rule", "Boston brace": a place name used as an eponym.
    if (next !== undefined && lexicon.EPONYM_HEADS.has(next.lower) && /^(?:['’]s)?[ \t\-]{1,2}$/i.test(doc.text.slice(last.end, next.start))) continue;
    // Eponym-like place words ("Gleason", "Ottawa", "Miami J") count only with a state or a cue.
    // Device and sign eponyms ("Foley removed") are places only with a state or a cue, wherever they stand.
    const eponymWord =
      n === 1 &&
      lexicon.EPONYMS.has(phrase) &&
      (lexicon.CLINICAL_EPONYMS.has(phrase) || /^[ \t]{1,2}(?:[0-9]|[A-Z]\b)/.test(doc.text.slice(last.end, last.end + 4)) || (next !== undefined && lexicon.EPONYMS.has(next.fold)));
    if (eponymWord && next !== undefined && lexicon.EPONYMS.has(next.fold)) continue; // "Austin Flint murmur"
    let end = last.end;
    let score = 0;
    const evidence: { kind: 'dictionary' | 'context'; detail: string }[] = [{ kind: 'dictionary', detail: 'us-cities' }];
    // "Houston, TX", "Brooklyn, NY", "Chicago, Illinois"
    const sep = end < doc.text.length ? doc.text.charCodeAt(end) : -1; // no read past the end: it deoptimizes
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
        const p1 = tokenAt(tokens, i - 1);
        const p2 = p1?.lower === 'the' ? tokenAt(tokens, i - 2) : p1;
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

// Cues strong enough to make a lower-case listed city a place: "at the va in palo alto", "moved to fresno".
// The cues are 'in', 'from', 'near', 'outside' (compared in lowerCaseCity), and these verbs before "to" or "of".
const LOWER_CUE_VERBS = new Set(['moved', 'move', 'moving', 'relocated', 'resident', 'drove', 'driving', 'flew', 'commutes', 'commute']);

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
  if (t.start !== p1.end + 1 || doc.text.charCodeAt(p1.end) !== 32 || t.text !== t.lower) return 0;
  const w = p1.lower;
  if (!(w === 'in' || w === 'from' || w === 'near' || w === 'outside') && !((w === 'to' || w === 'of') && LOWER_CUE_VERBS.has(tokenAt(tokens, i - 2)?.lower ?? ''))) return 0;
  const n = phraseAt(doc, i, doc.dict.allCities, Math.min(doc.dict.maxCityWords, 4), doc.dict.cityStarts);
  if (n === 0) return 0;
  const phrase = wordsFrom(doc, i, n) ?? '';
  if (lexicon.US_STATES.has(phrase)) return 0;
  if (n === 1) {
    const ok = doc.dict.majorCities.has(phrase) && !doc.dict.commonWords.has(phrase) && !doc.dict.firstNames.has(phrase) && !lexicon.EPONYMS.has(phrase);
    return ok ? 1 : 0;
  }
  for (let k = 0; k < n; k++) if (doc.isCommon[i + k] === 0 && !lexicon.EPONYMS.has((tokens[i + k] as Token).lower)) return n;
  return 0;
}
