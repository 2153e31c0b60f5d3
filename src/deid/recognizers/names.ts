// Person names from titles, credentials, cue words, name dictionaries and repetition. Code rather than a
// regex table because names need look-around over words: "Dr. Brown" is a name, "brown sputum" is not.
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import type { Evidence } from '../types.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';

const ID = 'person-name';


interface Lexical {
  readonly first: boolean;
  readonly sur: boolean;
  readonly common: boolean;
  readonly eponymHere: boolean;
}

// The document whose facts are cached: analysis is synchronous, so one document at a time.
let cachedDoc: DocumentView | undefined;
let cache: (Lexical | undefined)[] = [];

/** Dictionary facts about token i, computed once per document (rules ask about the same words often). */
function lexical(doc: DocumentView, tokens: readonly Token[], i: number): Lexical {
  if (cachedDoc !== doc) {
    cachedDoc = doc;
    cache = new Array<Lexical | undefined>(tokens.length);
  }
  const hit = cache[i];
  if (hit) return hit;
  const fresh = computeLexical(doc, tokens, i);
  cache[i] = fresh;
  return fresh;
}

function computeLexical(doc: DocumentView, tokens: readonly Token[], i: number): Lexical {
  const t = tokens[i] as Token;
  const first = doc.isFirst[i] === 1;
  const sur = doc.isSur[i] === 1;
  const common = doc.isCommon[i] === 1 || lexicon.CREDENTIALS.has(t.text);
  const next = tokens[i + 1];
  const eponymHere =
    (lexicon.EPONYMS.has(t.fold) || (t.fold.includes('-') && t.fold.split('-').some((p) => lexicon.EPONYMS.has(p)))) &&
    next !== undefined &&
    lexicon.EPONYM_HEADS.has(next.lower) &&
    /^(?:['’]s)?[\s\-]{1,2}$/i.test(doc.text.slice(t.end, next.start));
  return { first, sur, common, eponymHere };
}

/** Looks like part of a name by its writing: Capitalised, an initial, or upper case in a caps note. */
function shaped(doc: DocumentView, t: Token): boolean {
  if (t.single) return /\p{Lu}/u.test(t.text);
  if (t.capitalized) return true;
  if (t.upper) return doc.allCaps || t.text.length >= 3;
  return false;
}

/** An upper-case word in mixed-case text: an acronym (RA, ADA, NYHA) unless a title or label says otherwise. */
function acronym(doc: DocumentView, t: Token): boolean {
  return t.upper && !doc.allCaps;
}

const SPACE_ONLY = /^[ \t]{1,3}$/;
const INITIAL_GAP = /^\.?[ \t]{0,2}$/;

/** The gap between two tokens allows them to be parts of one name. */
function joins(doc: DocumentView, a: Token, b: Token): boolean {
  const gap = doc.text.slice(a.end, b.start);
  if (a.single) return INITIAL_GAP.test(gap);
  if (SPACE_ONLY.test(gap) || (gap === '. ' && a.text.length <= 2)) return true;
  // A name wrapped across a line: given name at the end of one line, capitalised word on the next.
  return /^[ \t]{0,2}\r?\n[ \t]{0,4}$/.test(gap) && doc.isFirst[a.index] === 1 && doc.isCommon[a.index] === 0 && b.capitalized && doc.isCommon[b.index] === 0;
}

/** How likely the token is a name part, 0..1, from dictionaries and shape. */
function nameness(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (t.single) return /\p{Lu}/u.test(t.text) ? 0.6 : 0;
  if (FUNCTION_WORDS.has(t.lower)) return 0;
  const lx = lexical(doc, tokens, i);
  if (lx.eponymHere) return 0;
  if (lexicon.TITLES.has(t.lower) || lexicon.CREDENTIALS.has(t.text)) return 0;
  if (!shaped(doc, t) && !(lx.first || lx.sur) ) return 0;
  if (!shaped(doc, t) && lx.common) return 0;
  if (lx.common) return lx.first || lx.sur ? 0.35 : 0.1;
  if (lx.first || lx.sur) return 0.9;
  return shaped(doc, t) ? 0.55 : 0.2;
}

/** Extends a run of name parts starting at token i (at most four parts). Returns the last index. */
function extendRun(doc: DocumentView, tokens: readonly Token[], i: number, minNameness: number): number {
  let last = i;
  for (let j = i + 1; j < tokens.length && j < i + 4; j++) {
    const prev = tokens[j - 1] as Token;
    const t = tokens[j] as Token;
    if (!joins(doc, prev, t)) break;
    if (lexicon.FACILITY_HEADS.has(t.lower) || lexicon.KNOWN_FACILITIES.has(t.lower) || lexicon.CREDENTIALS.has(t.text)) break;
    // Generational suffixes belong to the name: "Hunter Kennedy Sr.", "Omar Flores Jr", "John Smith III".
    if (/^(?:Jr|Sr|II|III|IV)$/.test(t.text) && j > i) {
      last = j;
      continue;
    }
    // "Wilhelmina de Vries", "Augustin van der Berg": particles between name parts.
    const particle = (x: Token): boolean => (x.text === x.lower || x.upper) && PARTICLES.has(x.lower);
    if (particle(t)) {
      let k = j;
      while (k < tokens.length && k < j + 2 && particle(tokens[k] as Token)) k++;
      const after = tokens[k];
      if (after && (after.capitalized || (after.upper && t.upper)) && joins(doc, tokens[k - 1] as Token, after)) {
        last = k;
        j = k;
        continue;
      }
      break;
    }
    // "pt maria gonzaga": one lower-case unknown word after a lower-case given name.
    if (!shaped(doc, t) && !shaped(doc, prev) && doc.isFirst[prev.index] === 1 && doc.isCommon[prev.index] === 0 && doc.isCommon[t.index] === 0 && j === i + 1) {
      last = j;
      continue;
    }
    // Lower-case names continue only with dictionary words ("pt john smith").
    if (!shaped(doc, t) && !t.single && !(!shaped(doc, prev) && (doc.dict.surnames.has(t.lower) || doc.dict.firstNames.has(t.lower)))) break;
    const n = shaped(doc, t) || t.single ? nameness(doc, tokens, j) : 0.5;
    if (n < minNameness) break;
    last = j;
  }
  return last;
}

function endOf(doc: DocumentView, t: Token): number {
  // Keep the period of an initial ("Anna S.") inside the span.
  return t.single && t.dotAfter ? t.end + 1 : t.end;
}

/** Last words of the two-word strong cues ("seen by" -> "by"): only these need a two-word probe. */
const CUE_SECOND_WORDS = new Set([...lexicon.STRONG_NAME_CUES].filter((c) => c.includes(' ')).map((c) => c.split(' ').pop() as string));

function isCue(doc: DocumentView, tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i - 1];
  if (!t) return undefined;
  // Which cue, if any, first (set probes); the gap between cue and name is checked only then.
  const prev2 = tokens[i - 2];
  let cue: string | undefined;
  if (prev2 && CUE_SECOND_WORDS.has(t.lower) && lexicon.STRONG_NAME_CUES.has(`${prev2.lower} ${t.lower}`)) cue = `${prev2.lower} ${t.lower}`;
  else if (lexicon.STRONG_NAME_CUES.has(t.lower) || lexicon.NAME_CUES_BEFORE.has(t.lower)) cue = t.lower;
  if (cue === undefined) return undefined;
  const gap = doc.text.slice(t.end, (tokens[i] as Token).start);
  if (!/^"?[ \t]{0,2}[:,\-–(]?[ \t]{0,3}"?$|^\.[ \t]{1,2}$/.test(gap) || gap.includes('\n')) return undefined;
  return cue;
}

const RELATIONS = new Set(['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'partner', 'spouse', 'mom', 'dad', 'child', 'children', 'kids', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'friend', 'caregiver', 'fiance', 'fiancé', 'girlfriend', 'boyfriend', 'family', 'parents']);

/** Verbs that follow a patient's name as subject in notes ("Teodor says", "Bill Young presents"). */
const SUBJECT_VERBS = new Set(['says', 'said', 'reports', 'reported', 'states', 'stated', 'denies', 'denied', 'complains', 'presents', 'presented', 'endorses', 'admits', 'notes', 'feels', 'wants', 'agrees', 'declines', 'declined', 'refuses', 'refused', 'returns', 'returned', 'underwent', 'tolerated', 'is', 'was', 'has', 'had', 'seen', 'called', 'will']);

// Letters of scripts without letter case (Han, Kana, Hangul, Arabic, Hebrew, Devanagari, Thai, ...).
const CASELESS_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{Script=Tamil}\p{Script=Gurmukhi}\p{Script=Ethiopic}\p{M}]+$/u;

const PARTICLES = new Set(['de', 'van', 'der', 'den', 'von', 'da', 'di', 'del', 'della', 'du', 'le', 'la', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'af']);

/** Pronouns, articles and other function words: never part of a name, whatever the lists say. */
const FUNCTION_WORDS = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'they', 'them', 'their', 'we', 'us', 'our', 'you', 'your', 'it', 'its', 'me', 'my', 'the', 'a', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'does', 'did', 'not', 'no', 'yes', 'this', 'that', 'these', 'those', 'there', 'here', 'who', 'whom', 'which', 'what', 'when', 'where', 'why', 'how', 'if', 'then', 'than', 'as', 'per', 'via']);

/** Single capitals that are numerals or the pronoun, not initials ("Bosniak I.", "class V"). */
const ROMAN_OR_PRONOUN = new Set(['I', 'V', 'X']);

const AMBIGUOUS_CREDENTIALS = new Set(['PT', 'PA', 'MA', 'DO', 'RD', 'OT', 'EMT', 'NP', 'ED']);

const WEAK_CUES = new Set(['by', 'per', 'with', 'to', 'from', 'cc', 'thanks', 'contact', 'seen', 'met', 'called', 'paged', 'says', 'said', 'asked', 'told', 'tell', 'thank', 'ask']);

export function findNames(doc: DocumentView): Candidate[] {
  const tokens = doc.tokens;
  const out: Candidate[] = [];
  const push = (i: number, j: number, score: number, ...evidence: Evidence[]): void => {
    out.push(candidate((tokens[i] as Token).start, endOf(doc, tokens[j] as Token), 'NAME', score, ID, ...evidence));
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Most words are lower-case words of no interest: skip them before any rule looks around.
    // A lower-case common word ("will", "brown") can only start a name after a title, and that is rule 1.
    if (
      !shaped(doc, t) &&
      ((doc.isFirst[i] === 0 && doc.isSur[i] === 0) || doc.isCommon[i] === 1) &&
      !lexicon.TITLES.has(t.lower) &&
      !lexicon.CREDENTIALS.has(t.text) &&
      t.text.charCodeAt(0) < 0x2e0
    ) {
      continue;
    }

    // 1. Title + name: "Dr. Patel", "Mrs. O'Brien", "dr smith".
    if (lexicon.TITLES.has(t.lower) && (t.capitalized || t.upper || doc.allCaps || (t.lower.length <= 3 && t.lower !== 'ms'))) {
      const n = tokens[i + 1];
      if (n && /^\.?[ \t]{1,2}$|^\.$/.test(doc.text.slice(t.end, n.start))) {
        const lx = lexical(doc, tokens, i + 1);
        // Lower case after a title: "dr smith", "mr okonjo", but not "Dr. on call".
        const ok = n.single ? /\p{Lu}/u.test(n.text) : !lx.eponymHere && (shaped(doc, n) || ((lx.first || lx.sur || !lx.common) && !(lx.common && n.text.length <= 3)));
        const generic = !n.single && ((lx.common && !lx.first && !lx.sur) || (!shaped(doc, n) && lx.common && n.text.length <= 3));
        // Word titles ("Nurse", "Doctor", "Sister") need a name from the lists after them: "Nurse Triage Call" is not one.
        const wordTitle = t.lower.length > 4 && !n.single && !((lx.first || lx.sur) && !lx.common);
        if (ok && !generic && !wordTitle) {
          const j = extendRun(doc, tokens, i + 1, 0.3);
          push(i, j, 0.92, { kind: 'context', detail: `title:${t.lower}` });
          i = j;
          continue;
        }
      }
    }

    // 2. Credentials after a name: "Jane Doe, MD", "J. Smith RN".
    if (lexicon.CREDENTIALS.has(t.text) && i > 0 && (t.upper || /[a-z]/.test(t.text))) {
      const prev = tokens[i - 1] as Token;
      const gap = doc.text.slice(prev.end, t.start);
      // PT, PA, MA, DO, RD are also words; after a name they count only behind a comma ("Lee, PA").
      const needsComma = AMBIGUOUS_CREDENTIALS.has(t.text) || doc.allCaps;
      const dictionaryName = (doc.isFirst[i - 1] === 1 || doc.isSur[i - 1] === 1) && doc.isCommon[i - 1] === 0;
      if (/^\.?,?[ \t]{0,2}$/.test(gap) && gap.length > 0 && (!needsComma || gap.includes(',')) && (!AMBIGUOUS_CREDENTIALS.has(t.text) || dictionaryName) && shaped(doc, prev) && nameness(doc, tokens, i - 1) >= 0.35) {
        let k = i - 1;
        while (k > 0 && k > i - 4) {
          const p = tokens[k - 1] as Token;
          if (!joins(doc, p, tokens[k] as Token) || !shaped(doc, p) || nameness(doc, tokens, k - 1) < 0.1) break;
          if (lexicon.TITLES.has(p.lower)) {
            k--;
            break;
          }
          k--;
        }
        push(k, i - 1, 0.88, { kind: 'context', detail: `credential:${t.text}` });
        continue;
      }
    }

    // 3. Cue word before: "patient John", "daughter, Hope", "seen by Kowalski", "Name: SMITH".
    const cue = isCue(doc, tokens, i);
    if (cue) {
      const n0 = nameness(doc, tokens, i);
      const lx = lexical(doc, tokens, i);
      const header = doc.text.slice((tokens[i - 1] as Token).end, t.start).includes(':');
      const weak = !header && (WEAK_CUES.has(cue) || (acronym(doc, t) && !lexicon.STRONG_NAME_CUES.has(cue)));
      const strongName = (lx.first || lx.sur) && !lx.common && !lx.eponymHere && !acronym(doc, t);
      const bareLetter = t.single && !t.dotAfter;
      const common = lx.common && !(t.single && t.dotAfter); // "K." is an initial, not potassium
      const n0h = header && t.upper && !t.single ? Math.max(n0, lx.first || lx.sur ? 0.9 : 0.4) : n0;
      if (!bareLetter && (shaped(doc, t) || strongName) && n0h >= (weak ? 0.55 : 0.35) && !(common && weak) && !(weak && acronym(doc, t))) {
        let j = extendRun(doc, tokens, i, 0.3);
        // "PATIENT: HALVORSEN, ERIK" / "Name: Fitzgerald, Cormac P": surname, comma, given names.
        const after = tokens[j + 1];
        if (!weak && after && /^, ?$/.test(doc.text.slice((tokens[j] as Token).end, after.start)) && shaped(doc, after) && nameness(doc, tokens, j + 1) >= 0.3) {
          j = extendRun(doc, tokens, j + 1, 0.3);
        }
        if (!weak || strongName || j > i) {
          push(i, j, weak ? 0.75 : 0.85, { kind: 'context', detail: `cue:${cue}` });
          i = j;
          continue;
        }
      }
    }

    // 4. Dictionary: first name followed by a surname or an initial: "Mary Johnson", "John P.", "Robert J. Wilson".
    if (shaped(doc, t) && !t.single) {
      const lx = lexical(doc, tokens, i);
      const n = tokens[i + 1];
      if (n && joins(doc, t, n) && shaped(doc, n) && !lx.eponymHere) {
        const ln = lexical(doc, tokens, i + 1);
        const nextIsInitial = n.single && /\p{Lu}/u.test(n.text) && (lx.first || lx.sur || !ROMAN_OR_PRONOUN.has(n.text)) && (n.dotAfter || /^[\s,;:)]|^$/.test(doc.text.slice(n.end, n.end + 1)));
        const nextIsSurname = !n.single && !ln.eponymHere && (ln.sur || ln.first || !ln.common);
        let score = 0;
        if (lx.first && !lx.common) {
          if (nextIsInitial) score = 0.85;
          else if (nextIsSurname) score = ln.common ? 0.6 : 0.88;
        } else if (lx.first && lx.common) {
          // "Will", "Hope", "May": only with a clear surname or an initial with a period.
          if (nextIsInitial && n.dotAfter) score = 0.7;
          else if (!n.single && ln.sur && !ln.common) score = 0.8;
        } else if (lx.sur && lx.common && t.capitalized && nextIsInitial && n.dotAfter && /^[\s,;:)]|^$/.test(doc.text.slice(n.end + 1, n.end + 2))) {
          score = 0.65; // "Smith J.," written surname first
        } else if (!lx.common && lx.sur) {
          if (nextIsInitial && n.dotAfter) score = 0.75;
          else if (nextIsSurname && !ln.common) score = 0.75;
        } else if (!lx.common && t.capitalized && !n.single && ln.sur && !ln.common && n.capitalized && !doc.dict.allCities.has(`${t.lower} ${n.lower}`)) {
          score = 0.65; // "Ottoline Garber": unknown given name, known surname
        } else if (!lx.common && t.capitalized && nextIsInitial && n.dotAfter) {
          score = 0.65; // "Rubija P."
        } else if (!lx.common && t.capitalized && nextIsInitial && !n.dotAfter && tokens[i + 2]?.capitalized && doc.text.slice(n.end, tokens[i + 2]!.start) === ' ' && !lexical(doc, tokens, i + 2).common) {
          score = 0.7; // "Fredrik L Sommerseth": given name, bare middle initial, surname
        } else if (!lx.common && !ln.common && !n.single && t.capitalized && n.capitalized && /[^\x00-\x7F]/.test(t.text + n.text)) {
          score = 0.6; // two unknown capitalised words with non-ASCII letters: "Krisztián Szöllösy"
        }
        if (score > 0 && !n.single && doc.dict.allCities.has(`${t.lower} ${n.lower}`) && !lx.first) score = 0;
        if (score > 0) {
          const j = extendRun(doc, tokens, i + 1, 0.35);
          push(i, j, score, { kind: 'dictionary', detail: lx.first ? 'first-names' : 'surnames' });
          i = j;
          continue;
        }
      }
      // "Helen de la Cruz": a given name, then particles and a capitalised surname.
      if (n && PARTICLES.has(n.text) && lx.first && !lx.common) {
        const j = extendRun(doc, tokens, i, 0.35);
        if (j > i + 1) {
          push(i, j, 0.8, { kind: 'dictionary', detail: 'first-names-particle' });
          i = j;
          continue;
        }
      }
      // "Smith, John": surname, comma, first name.
      if (n && lx.sur && !lx.common && doc.text.slice(t.end, n.start) === ', ' && shaped(doc, n)) {
        const ln = lexical(doc, tokens, i + 1);
        if (ln.first && !ln.common) {
          const j = extendRun(doc, tokens, i + 1, 0.35);
          push(i, j, 0.8, { kind: 'dictionary', detail: 'surname-comma-first' });
          i = j;
          continue;
        }
      }
      // "Wright, Holly - CHF", "| Okonkwo, Chidi |", "\"Oduya, Grace\"": a list or table entry.
      if (n && (lx.sur || !lx.common) && !lx.eponymHere && /^,[ \t]?$/.test(doc.text.slice(t.end, n.start)) && shaped(doc, n) && !n.single) {
        const ln = lexical(doc, tokens, i + 1);
        const afterN = doc.text.slice(n.end, n.end + 3);
        const entryEnd = /^(?:[ \t]*(?:$|[\-–|"\n;]|\r)|[ \t]\p{Lu}\b)/u.test(afterN);
        const place = lexicon.US_STATES.has(n.lower) || lexicon.STATE_CODES.has(n.text); // "Boston, MA"
        if (entryEnd && !place && (ln.first || !ln.common) && !ln.eponymHere && (lx.sur || ln.first || doc.allCaps)) {
          const j = extendRun(doc, tokens, i + 1, 0.35);
          push(i, j, 0.72, { kind: 'dictionary', detail: 'list-surname-comma-given' });
          i = j;
          continue;
        }
      }
    }

    // 4b. "Bill Young presents", "Grace Long is": given name and surname, both also words, as a subject.
    if (t.capitalized && !t.single) {
      const n = tokens[i + 1];
      const v = tokens[i + 2];
      if (n?.capitalized && v && doc.text.slice(t.end, n.start) === ' ' && /^[ \t]{1,2}$|^:[ \t]/.test(doc.text.slice(n.end, v.start))) {
        const lx = lexical(doc, tokens, i);
        const ln = lexical(doc, tokens, i + 1);
        const verb = SUBJECT_VERBS.has(v.lower) || doc.text[n.end] === ':';
        const unknownGiven = !lx.first && !lx.common && !acronym(doc, t) && !doc.dict.allCities.has(t.lower);
        if (verb && (lx.first || unknownGiven) && ln.sur && !lx.eponymHere && !ln.eponymHere) {
          push(i, i + 1, 0.7, { kind: 'dictionary', detail: 'name-as-subject' });
          i += 1;
          continue;
        }
      }
      // "Teodor says": an unknown capitalised word before a reporting verb.
      if (v === undefined || n) {
        const lx = lexical(doc, tokens, i);
        if (n && !lx.common && !lx.eponymHere && !acronym(doc, t) && /^[ \t]{1,2}$/.test(doc.text.slice(t.end, n.start)) && SUBJECT_VERBS.has(n.lower) && !['is', 'was', 'has', 'had', 'will', 'seen', 'called'].includes(n.lower) && !doc.dict.allCities.has(t.lower)) {
          push(i, i, 0.6, { kind: 'pattern', detail: 'subject-of-reporting-verb' });
          continue;
        }
      }
    }

    // 4c. Names in scripts without letter case ("王小明", "محمد العلي") inside Latin-script text.
    if (CASELESS_SCRIPT.test(t.text)) {
      let j = i;
      while (j + 1 < tokens.length && CASELESS_SCRIPT.test((tokens[j + 1] as Token).text) && /^[ \t]{0,2}$/.test(doc.text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))) j++;
      push(i, j, 0.65, { kind: 'pattern', detail: 'caseless-script-name' });
      i = j;
      continue;
    }

    // 4d. Initials: "J. R. Whitcombe", "Okafor, M.", "T.O., 52M", "(L.V.)".
    if (t.single && t.dotAfter && /\p{Lu}/u.test(t.text)) {
      const n = tokens[i + 1];
      const m = tokens[i + 2];
      if (n?.single && n.dotAfter && m && m.capitalized && /^\.[ \t]?$/.test(doc.text.slice(n.end, m.start)) && !lexical(doc, tokens, i + 2).common) {
        push(i, i + 2, 0.75, { kind: 'pattern', detail: 'initials-surname' });
        i += 2;
        continue;
      }
      const dotted = /^(?:\p{Lu}\.){2,3}/u.exec(doc.text.slice(t.start, t.start + 6));
      if (dotted && !/^(?:A\.M\.|P\.M\.|U\.S\.|D\.C\.|M\.D\.|D\.O\.|R\.N\.|N\.P\.|P\.A\.|I\.V\.|P\.O\.|O\.R\.|E\.R\.)$/.test(dotted[0])) {
        const after = doc.text.slice(t.start + dotted[0].length, t.start + dotted[0].length + 8);
        const before = doc.text.slice(Math.max(0, t.start - 12), t.start);
        if (/^,?[ \t]?\d{1,3}[ \t]?(?:yo|y\/o|[MF])\b|^\)/.test(after) || /(?:\(|initials:?[ \t]?|with[ \t]|w\/[ \t]?|pt[ \t]|patient[ \t])$/i.test(before)) {
          const end = t.start + dotted[0].length;
          out.push(candidate(t.start, end, 'NAME', 0.72, ID, { kind: 'pattern', detail: 'dotted-initials' }));
          while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < end) i++;
          continue;
        }
      }
    }
    if (shaped(doc, t) && !t.single && !acronym(doc, t)) {
      const n = tokens[i + 1];
      const lx = lexical(doc, tokens, i);
      if (n?.single && n.dotAfter && doc.text.slice(t.end, n.start) === ', ' && (lx.sur || !lx.common) && !lx.eponymHere) {
        push(i, i + 1, 0.72, { kind: 'dictionary', detail: 'surname-comma-initial' });
        i += 1;
        continue;
      }
    }

    // 5b. "Summer (daughter)", "Mary-Kate (patient's granddaughter)", "the Delgado family".
    if (shaped(doc, t) && !t.single && !acronym(doc, t)) {
      const rel = /^[ \t]?\((?:(?:patient|pt|her|his|the patient)['’]?s?[ \t])?(\p{L}+)\)/u.exec(doc.text.slice(t.end, t.end + 40));
      if (rel?.[1] && RELATIONS.has(rel[1].toLowerCase()) && !lexical(doc, tokens, i).eponymHere) {
        push(i, i, 0.75, { kind: 'context', detail: `relation:${rel[1].toLowerCase()}` });
        continue;
      }
      const prevTok = tokens[i - 1];
      const nextTok = tokens[i + 1];
      if (prevTok?.lower === 'the' && nextTok?.lower === 'family' && !lexical(doc, tokens, i).common) {
        push(i, i, 0.7, { kind: 'context', detail: 'family-name' });
        continue;
      }
    }

    // 5a. "Misty's daughter", "Lee's wife": a possessive before a relation word.
    if (shaped(doc, t) && !t.single && !acronym(doc, t)) {
      const rel = /^['’]s[ \t]{1,2}(\p{L}+)/u.exec(doc.text.slice(t.end, t.end + 20));
      if (rel?.[1] && RELATIONS.has(rel[1].toLowerCase()) && !lexical(doc, tokens, i).common) {
        push(i, i, 0.8, { kind: 'context', detail: `possessive:${rel[1].toLowerCase()}` });
        continue;
      }
    }

    // 5. A first name on its own: "a 20yo female, Anna, seen at ...", "David is feeling better".
    if (t.capitalized && !t.single) {
      const lx = lexical(doc, tokens, i);
      const before = tokens[i - 1];
      const place = (): boolean =>
        lexicon.US_STATES.has(t.lower) ||
        doc.dict.majorCities.has(t.lower) ||
        (before !== undefined && before.capitalized && doc.dict.allCities.has(`${before.lower} ${t.lower}`));
      if (lx.first && !lx.common && !lx.eponymHere && !place()) {
        const next = tokens[i + 1];
        const gap = next ? doc.text.slice(t.end, next.start) : '';
        const apposition = /, $/.test(doc.text.slice(Math.max(0, t.start - 2), t.start)) && /^,/.test(gap);
        const subject = next !== undefined && /^['’]?s?[ \t]{1,2}$/.test(gap) && /^\p{Ll}/u.test(next.text);
        const vocative = /^[ \t]?[,!?:]/.test(gap) || gap === '' || /^[.!?]/.test(gap);
        if (apposition || subject || vocative) {
          push(i, i, apposition ? 0.62 : 0.58, { kind: 'dictionary', detail: 'first-names-alone' });
          continue;
        }
      }
      // Two unknown capitalised words in a row, neither a common word nor a known place: "Jouni Hahli".
      const n = tokens[i + 1];
      if (n && n.capitalized && !lx.common && !lx.eponymHere && doc.text.slice(t.end, n.start) === ' ') {
        const ln = lexical(doc, tokens, i + 1);
        const known = (w: string): boolean => lexicon.US_STATES.has(w) || doc.dict.allCities.has(w) || lexicon.FACILITY_HEADS.has(w) || lexicon.KNOWN_FACILITIES.has(w) || lexicon.FACILITY_PREFIXES.has(w);
        if (!ln.common && !ln.eponymHere && !known(t.lower) && !known(n.lower) && !known(`${t.lower} ${n.lower}`)) {
          const j = extendRun(doc, tokens, i + 1, 0.5);
          push(i, j, 0.55, { kind: 'pattern', detail: 'capitalised-pair' });
          i = j;
          continue;
        }
      }
    }
  }
  const found = propagate(doc, out);
  // Drop the cached facts so that no text of this document outlives the call.
  cachedDoc = undefined;
  cache = [];
  return found;
}

/** A name found once is a name wherever else it appears written the same way ("Mr. Lee" ... "Lee reports"). */
function propagate(doc: DocumentView, found: Candidate[]): Candidate[] {
  if (found.length === 0) return found;
  const spans = [...found].sort((a, b) => a.start - b.start);
  // One sweep over tokens and sorted spans: which tokens are inside a found name (linear time).
  const inside = new Uint8Array(doc.tokens.length);
  let k = 0;
  let reach = -1;
  for (const t of doc.tokens) {
    while (k < spans.length && (spans[k] as Candidate).start <= t.start) {
      reach = Math.max(reach, (spans[k] as Candidate).end);
      k++;
    }
    if (t.end <= reach) inside[t.index] = 1;
  }
  const known = new Set<string>();
  for (const t of doc.tokens) {
    if (!inside[t.index] || t.single || t.text.length < 3 || lexicon.TITLES.has(t.lower)) continue;
    if (doc.isCommon[t.index] === 1 && doc.isSur[t.index] === 0) continue;
    known.add(t.lower);
  }
  const extra: Candidate[] = [];
  // Coordinated names: "Lamovec and Morales", "Kónya, Becker and Vasquez".
  for (const t of doc.tokens) {
    if (inside[t.index] || !t.capitalized || doc.isCommon[t.index] === 1) continue;
    const prev = doc.tokens[t.index - 1];
    const next = doc.tokens[t.index + 1];
    const coord = (gap: string): boolean => /^(?:,[ \t]{1,2}|[ \t]{1,2}(?:and|&|or)[ \t]{1,2}|,[ \t]{1,2}and[ \t]{1,2})$/.test(gap);
    const nearName =
      (prev !== undefined && inside[prev.index] && coord(doc.text.slice(prev.end, t.start))) ||
      (next !== undefined && inside[next.index] && coord(doc.text.slice(t.end, next.start)));
    if (nearName && !lexical(doc, doc.tokens, t.index).eponymHere) {
      extra.push(candidate(t.start, t.end, 'NAME', 0.6, ID, { kind: 'context', detail: 'coordinated-name' }));
    }
  }
  for (const t of doc.tokens) {
    if (inside[t.index] || !known.has(t.lower) || !shaped(doc, t)) continue;
    const lx = lexical(doc, doc.tokens, t.index);
    if (lx.eponymHere) continue;
    extra.push(candidate(t.start, t.end, 'NAME', lx.common ? 0.6 : 0.78, ID, { kind: 'context', detail: 'repeated-name' }));
  }
  return extra.length ? found.concat(extra) : found;
}

export const NAME_RECOGNIZER: Recognizer = { id: ID, types: ['NAME'], find: findNames };
