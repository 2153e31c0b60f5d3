// Karen and Burmese names: strings of one-syllable words that no name list holds ("Naw Mu Wah", "Saw Eh Kaw",
// "Hê Htoo Paw", "Kyaw Zaw Win"). Such a name opens with an honorific ("Naw" for a woman, "Saw" for a man, "Daw",
// "Mahn") or holds a syllable that is no English word ("Htoo", "Hser", "Kyaw", "Myint"); every word of it is one
// of the syllables below, capitalised, one blank apart. Only notes holding an opener or such a syllable pay.
import type { Token } from '../text/tokens.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';

const ID = 'burmese-name';
/** Honorifics that open a Karen or Burmese name. */
const OPENERS = ['naw', 'saw', 'daw', 'mahn', 'maung', 'nant'];
/** Syllables of Karen and Burmese names that are no English words nor common abbreviations. */
const STRONG = ['htoo', 'hser', 'kyaw', 'htet', 'myint', 'thein', 'hla', 'htun', 'naing', 'nyein', 'phyu', 'hnin', 'myo', 'pyae', 'aung', 'lwin', 'thiri', 'thida', 'shwe', 'htay', "k'paw", 'kler', 'hsa', 'wint', 'phoe'];
/** Other syllables such names are made of; words too ("Say", "Win", "Lay"), so they never open one alone. */
const SYLLABLES = new Set([
  ...OPENERS, ...STRONG,
  'eh', 'hê', 'paw', 'mu', 'wah', 'kaw', 'say', 'moo', 'ler', 'gay', 'poe', 'tha', 'khu', 'lah', 'doh', 'nay', 'ku', 'soe', 'zaw',
  'win', 'oo', 'thu', 'thaw', 'tun', 'mya', 'khin', 'zin', 'wai', 'yee', 'min', 'lin', 'nwe', 'su', 'baw', 'dah', 'lay', 'blu',
  'klo', 'taw', 'ray', 'gaw', 'bu', 'pah', 'sein', 'yu', 'ei', 'san', 'nu', 'maw', 'ghay', 'kee', 'nee', 'moe', 'thet', 'loo',
  'dee', 'ree', 'htee', 'wa', 'lwe', 'khaing', 'ohn', 'thant', 'zar', 'chit', 'nyunt', 'kyi', 'sandar', 'hsu', 'yin', 'htar',
]);
const STRONG_SET = new Set(STRONG);
const OPENER_SET = new Set(OPENERS);
const WORDS = [...OPENERS, ...STRONG];

function syllable(t: Token | undefined): t is Token {
  return t !== undefined && t.capitalized && SYLLABLES.has(t.lower);
}

function findBurmeseNames(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = doc;
  if (doc.allCaps) return out;
  let done = -1;
  const seen: number[] = [];
  for (const w of WORDS) {
    const at = doc.wordIndex.get(w);
    if (at) for (const i of at) seen.push(i);
  }
  seen.sort((a, b) => a - b);
  for (const i of seen) {
    if (i <= done || !syllable(tokens[i])) continue;
    // One blank between the words: a name is written on one line.
    let a = i;
    while (a > 0 && syllable(tokens[a - 1]) && (tokens[a - 1] as Token).end + 1 === (tokens[a] as Token).start && text.charCodeAt((tokens[a] as Token).start - 1) === 32) a--;
    let b = i;
    while (b - a < 4 && syllable(tokens[b + 1]) && (tokens[b] as Token).end + 1 === (tokens[b + 1] as Token).start && text.charCodeAt((tokens[b] as Token).end) === 32) b++;
    done = b;
    if (b === a) continue;
    let strong = OPENER_SET.has((tokens[a] as Token).lower);
    for (let k = a; k <= b && !strong; k++) strong = STRONG_SET.has((tokens[k] as Token).lower);
    if (!strong) continue;
    out.push(candidate((tokens[a] as Token).start, (tokens[b] as Token).end, 'NAME', 0.8, ID, { kind: 'pattern', detail: 'burmese-syllables' }));
  }
  cuedSyllableNames(doc, out);
  return out;
}

/** Words naming the person who comes next: an interpreter, a relative ("interpreter Mu Kaw", "husband Eh Doh"). */
const PERSON_CUES = new Set(['interpreter', 'translator', 'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'grandson', 'granddaughter', 'caregiver']);

/**
 * Round 116: in a note that already holds such a name, two syllables or more that are words too, right after a word
 * naming the person ("Karen interpreter Mu Kaw by video"): the syllables alone ("Say", "Win") never open a name.
 */
function cuedSyllableNames(doc: DocumentView, out: Candidate[]): void {
  const { tokens, text } = doc;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!syllable(t) || !PERSON_CUES.has((tokens[i - 1] as Token).lower) || text.charCodeAt(t.start - 1) !== 32) continue;
    let b = i;
    while (b - i < 4 && syllable(tokens[b + 1]) && (tokens[b] as Token).end + 1 === (tokens[b + 1] as Token).start && text.charCodeAt((tokens[b] as Token).end) === 32) b++;
    if (b === i) continue;
    out.push(candidate(t.start, (tokens[b] as Token).end, 'NAME', 0.7, ID, { kind: 'context', detail: 'burmese-syllables-after-cue' }));
    i = b;
  }
}

export const BURMESE_NAME_RECOGNIZER: Recognizer = { id: ID, types: ['NAME'], indexWords: WORDS, needs: { words: WORDS }, find: findBurmeseNames };
