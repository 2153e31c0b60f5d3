// Tests of a whole document that recognizers share (strings one of which it holds): each distinct test is
// answered at most once per document, whichever recognizer asks first. A string is searched for only when
// the document holds every ASCII character of it: one pass over the text marks the characters it holds,
// and many of the strings asked of a short note fail that check.
import type { DocumentView, LiteralGate } from './types.js';

/** Per test: 0 not asked for the current document yet, 1 passed, 2 failed. */
const UNKNOWN = 0;
const PASSED = 1;
const FAILED = 2;

/** The ASCII characters of a string as a 128-bit set (four Int32 words); other characters are left out. */
function asciiSetOf(s: string, out: Int32Array, at: number): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) out[at + (c >> 5)] = (out[at + (c >> 5)] as number) | (1 << (c & 31));
  }
}

export class DocumentTests {
  private readonly tests: LiteralGate[] = [];
  private readonly idOfKey = new Map<string, number>();
  /** Literal strings of all tests, flattened: test t's are literals[literalFrom[t]] to literals[literalFrom[t + 1] - 1]. */
  private literals: string[] = [];
  private literalFrom: number[] = [0];
  /** The ASCII characters each literal needs (four words per literal). */
  private literalChars = new Int32Array(0);
  private readonly answers: number[] = [];
  private answersFor = -1;
  /** The ASCII characters of the current document's text [0] and of its lower case [1] (computed when first asked). */
  private readonly chars = [new Int32Array(4), new Int32Array(4)] as const;
  private readonly charsFor = [-1, -1];

  /** The id of `test`, the same for every equal test (the same strings in any order, searched in the same text). */
  add(test: LiteralGate): number {
    const key = keyOf(test);
    const known = this.idOfKey.get(key);
    if (known !== undefined) return known;
    const id = this.tests.push(test) - 1;
    this.idOfKey.set(key, id);
    this.answers.push(UNKNOWN);
    const strings = test.literals;
    this.literals = [...this.literals, ...strings];
    this.literalFrom.push(this.literals.length);
    const chars = new Int32Array(this.literals.length * 4);
    chars.set(this.literalChars);
    strings.forEach((s, k) => asciiSetOf(s, chars, (this.literals.length - strings.length + k) * 4));
    this.literalChars = chars;
    return id;
  }

  /** Whether the document passes test `id`. */
  passes(doc: DocumentView, id: number): boolean {
    if (this.answersFor !== doc.serial) {
      this.answers.fill(UNKNOWN);
      this.answersFor = doc.serial;
    }
    let answer = this.answers[id] as number;
    if (answer === UNKNOWN) {
      answer = this.answer(doc, id) ? PASSED : FAILED;
      this.answers[id] = answer;
    }
    return answer === PASSED;
  }

  private answer(doc: DocumentView, id: number): boolean {
    const lower = (this.tests[id] as LiteralGate).lower;
    const text = lower ? doc.lower : doc.text;
    const present = this.charsOf(doc, lower ? 1 : 0);
    const wanted = this.literalChars;
    for (let k = this.literalFrom[id] as number; k < (this.literalFrom[id + 1] as number); k++) {
      const w = k * 4;
      // A character of the string that the text lacks: no need to search.
      if (((wanted[w] as number) & ~(present[0] as number)) !== 0 || ((wanted[w + 1] as number) & ~(present[1] as number)) !== 0) continue;
      if (((wanted[w + 2] as number) & ~(present[2] as number)) !== 0 || ((wanted[w + 3] as number) & ~(present[3] as number)) !== 0) continue;
      if (text.includes(this.literals[k] as string)) return true;
    }
    return false;
  }

  /** The ASCII characters of the document's text (0) or of its lower case (1). */
  private charsOf(doc: DocumentView, which: 0 | 1): Int32Array {
    const set = this.chars[which];
    if (this.charsFor[which] !== doc.serial) {
      set.fill(0);
      asciiSetOf(which === 1 ? doc.lower : doc.text, set, 0);
      this.charsFor[which] = doc.serial;
    }
    return set;
  }
}

function keyOf(test: LiteralGate): string {
  // The order of the strings does not change the answer.
  return `${test.lower ? 'i' : 's'}\n${[...test.literals].sort().join('\n')}`;
}
