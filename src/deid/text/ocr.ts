// Text read off a scanned fax by OCR confuses digits with letters: "l" or "I" for 1 and "O" for 0 inside
// numbers ("(4l7) 555-0l49", "11/l9/2026"), and 1 or 0 for letters inside words ("Fami1y", "D0B"). Such a
// document is analysed through a repaired copy of the same length, so every offset still points into the
// original text and nothing but detection sees the repair.
import { isAsciiLetter, isDigit } from './chars.js';

// l, I, O: the letters OCR reads for 1 and 0.
const isDigitLike = (c: number): boolean => c === 108 || c === 73 || c === 79;
// Characters inside a written number: digits, those letters and the separators of dates, times and phones.
const inNumber = (c: number): boolean => isDigit(c) || isDigitLike(c) || c === 47 || c === 46 || c === 45 || c === 58;
// Inside a number, or a blank beside a slash of a date written in a form's boxes ("l2 / 3l / 2027").
const inNumberAt = (text: string, i: number): boolean =>
  inNumber(text.charCodeAt(i)) || (text.charCodeAt(i) === 32 && (text.charCodeAt(i - 1) === 47 || text.charCodeAt(i + 1) === 47));
// A date's separator before a digit or a letter read for one: "ll/15", "ll-2O", "ll/O3".
const separatorBeforeDigit = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return (c === 47 || c === 45) && (isDigit(d) || isDigitLike(d));
};

/** An l or O (not I, a word of its own) beside another letter read for a digit. */
const pairedDigitLike = (c: number): boolean => c === 108 || c === 79;

/**
 * Whether the letter at `at` (l, I or O) stands for a digit: a digit beside it, no letter on its other side,
 * and two digits or more in the number around it ("0l49", "11/l9", "2284l17", "l2 / 3l / 2027"; not "O2", "2l
 * NC", "I-131"). Two l's or O's may stand for a month's two digits before a date's separator ("ll/15/2026",
 * "ll-2O-26"), with three digits or more after it.
 */
function digitLetterAt(text: string, at: number): boolean {
  // Past one other l or O beside it ("Ol71" in "555-Ol71", "55lO-"): two letters read for digits side by side.
  const before = pairedDigitLike(text.charCodeAt(at - 1)) ? text.charCodeAt(at - 2) : text.charCodeAt(at - 1);
  const after = pairedDigitLike(text.charCodeAt(at + 1)) ? text.charCodeAt(at + 2) : text.charCodeAt(at + 1);
  if (!(isDigit(before) ? !isAsciiLetter(after) || isDigit(after) : isDigit(after) && !isAsciiLetter(before))) return pairBeforeSeparator(text, at);
  let digits = 0;
  for (let i = at - 1; i >= 0 && at - i <= 16 && inNumberAt(text, i); i--) if (isDigit(text.charCodeAt(i))) digits++;
  for (let i = at + 1; i < text.length && i - at <= 16 && inNumberAt(text, i); i++) if (isDigit(text.charCodeAt(i))) digits++;
  return digits >= 2;
}

/** "ll/15/2026", "lO-2O-26": the letter is one of two l's or O's, with no letter before them, before a date's separator. */
function pairBeforeSeparator(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 73) return false;
  const first = isDigitLike(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 73 ? at - 1 : at;
  const end = first === at ? at + 2 : at + 1;
  const second = text.charCodeAt(first + 1);
  if (!isDigitLike(second) || second === 73 || isAsciiLetter(text.charCodeAt(first - 1)) || isDigit(text.charCodeAt(first - 1)) || !separatorBeforeDigit(text, end)) return false;
  let digits = 0;
  for (let i = end + 1; i < text.length && i - end <= 12 && inNumber(text.charCodeAt(i)); i++) if (isDigit(text.charCodeAt(i))) digits++;
  return digits >= 3;
}

/** How many ASCII letters (up to three) stand from `at` on. */
function lettersFrom(text: string, at: number): number {
  let n = 0;
  while (n < 3 && isAsciiLetter(text.charCodeAt(at + n))) n++;
  return n;
}

/** The states' codes that hold an I, written with an l for it. */
const STATE_CODES_WITH_L = new Set(['Wl', 'Ml', 'Hl', 'Rl', 'lL', 'lN', 'lA', 'lD']);

/**
 * Round 155: whether the l at `at` is the I of a state's code standing alone (a blank or a comma before it, a blank
 * after it) before a ZIP of five digits, OCR's letters for digits allowed ("Wl 5450l"; "Wl" elsewhere stays).
 */
function stateCodeAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at - 1) >= 65 && text.charCodeAt(at - 1) <= 90 ? at - 1 : at;
  if (!STATE_CODES_WITH_L.has(text.slice(first, first + 2))) return false;
  const pre = text.charCodeAt(first - 1);
  if (pre !== 32 && pre !== 44 && pre !== 9) return false;
  let k = first + 2;
  if (text.charCodeAt(k) !== 32) return false;
  while (text.charCodeAt(k) === 32 && k < first + 5) k++;
  let digits = 0;
  for (let n = 0; n < 5; n++) {
    const d = text.charCodeAt(k + n);
    if (isDigit(d)) digits++;
    else if (!isDigitLike(d)) return false;
  }
  return digits >= 3 && !isAsciiLetter(text.charCodeAt(k + 5)) && !isDigit(text.charCodeAt(k + 5));
}

/**
 * How many letters of the text stand for digits, from its runs of digits (DocumentView.digitRuns): such a letter
 * touches one, so only the characters around each run are looked at (most runs: two tests).
 */
export function ocrDigitLetters(text: string, runStarts: Int32Array, runLengths: Int32Array): number {
  let n = 0;
  for (let r = 0; r < runStarts.length; r++) {
    const start = runStarts[r] as number;
    const end = start + (runLengths[r] as number);
    // Before the run, unless a digit precedes the letter (then it was counted after that run).
    if (start > 0 && isDigitLike(text.charCodeAt(start - 1)) && !isDigit(text.charCodeAt(start - 2)) && digitLetterAt(text, start - 1)) n++;
    if (isDigitLike(text.charCodeAt(end)) && digitLetterAt(text, end)) n++;
    // A month's two letters before the date's separator: "ll/15/2026" (one letter after a digit was counted at that run's end).
    if (start > 2 && separatorBeforeDigit(text, start - 1) && isDigitLike(text.charCodeAt(start - 2)) && isDigitLike(text.charCodeAt(start - 3)) && digitLetterAt(text, start - 2)) n++;
  }
  return n;
}

/**
 * The text with OCR's letters in numbers read as digits and, where two or more such letters show that it was
 * scanned, its 1s and 0s inside words read as letters: between two letters ("Ha1ey", "D0B") or ending a word of
 * three letters or more ("Regiona1"). Same length as `text`.
 */
export function repairOcr(text: string, digitLetters: number): string {
  const out = text.split('');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigitLike(c)) {
      if (digitLetterAt(text, i)) out[i] = c === 79 ? '0' : '1';
      // Round 155: a state's code whose I was read as l before a ZIP ("Rhinelander Wl 5450l", "Peoria lL 61602").
      else if (c === 108 && digitLetters >= 2 && stateCodeAt(text, i)) out[i] = 'I';
    } else if (digitLetters >= 2 && (c === 48 || c === 49)) {
      // A run of 1s and 0s inside a word.
      let end = i;
      while (end < text.length && (text.charCodeAt(end) === 48 || text.charCodeAt(end) === 49)) end++;
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(end);
      let letters = 0;
      while (letters < 3 && isAsciiLetter(text.charCodeAt(i - 1 - letters))) letters++;
      // Round 155: a 0 opening a word of three letters or more is its O ("Dr. Marguerite 0lsen", "Signature: M 0lsen").
      const opensWord = c === 48 && end === i + 1 && !isAsciiLetter(before) && !isDigit(before) && before !== 46 && lettersFrom(text, end) >= 3;
      const inWord = opensWord || (isAsciiLetter(before) && (isAsciiLetter(after) || (letters >= 3 && !isDigit(after))));
      if (inWord) {
        const upper = opensWord || (isAsciiLetter(before) && before <= 90 && (!isAsciiLetter(after) || after <= 90));
        for (let k = i; k < end; k++) out[k] = text.charCodeAt(k) === 49 ? 'l' : upper ? 'O' : 'o';
      }
      i = end - 1;
    }
  }
  return out.join('');
}

// Round 51: a form's label and its value joined by a leader of dots ("Patient Name.......... DOE, JANE",
// "Employer........ Redstone Aggregates Inc", "Date:................ 11/28/2026") are read as a label, a colon and a
// wide gap, so the rules that read "Label:" read these fields too.
const DOT = 46;
/** A character a label ends with before its leader: a letter, ")", "#", ":" or "." of an abbreviation. */
const endsLabel = (c: number): boolean => isAsciiLetter(c) || c === 41 || c === 35 || c === 58;

/**
 * The text with each leader of four dots or more after a label and before a value on the same line read as ": "
 * and blanks ("Employee...... Delacroix" -> "Employee:      Delacroix"); a label that has its colon keeps it and the
 * dots become blanks, as they do before a colon of their own. Same length as `text`; the text itself when it holds no leader.
 */
export function repairLeaders(text: string): string {
  let at = text.indexOf('....');
  if (at < 0) return text;
  const out = text.split('');
  while (at >= 0) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) === DOT) end++;
    // The label: right before the dots, or one blank before them ("OOP max ......... $6,000").
    const before = text.charCodeAt(at - 1) === 32 ? at - 2 : at - 1;
    let next = end;
    while (next < text.length && next - end < 40 && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
    const value = next < text.length && text.charCodeAt(next) !== 10 && text.charCodeAt(next) !== 13 && text.charCodeAt(next) !== DOT;
    if (before >= 0 && endsLabel(text.charCodeAt(before)) && value) {
      // Round 83: a green screen's label may take its colon after the dots ("LAST NAME....: OSEI"): that colon is kept.
      const colon = text.charCodeAt(before) === 58 || text.charCodeAt(next) === 58;
      for (let k = at; k < end; k++) out[k] = k === at && !colon ? ':' : ' ';
    }
    at = text.indexOf('....', end);
  }
  return out.join('');
}
