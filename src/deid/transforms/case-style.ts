// Case styles of words (ALL CAPS, Title, lower), so a surrogate can be written the way the original was.

export type CaseStyle = 'upper' | 'lower' | 'title';

/** The style of one word. One capital letter alone counts as Title ("J"), mixed case ("McDonald") too. */
export function caseStyleOf(word: string): CaseStyle {
  const upper = word.toUpperCase();
  const lower = word.toLowerCase();
  if (upper === lower) return 'title';
  if (word === upper && [...word].filter((c) => c.toLowerCase() !== c).length > 1) return 'upper';
  if (word === lower) return 'lower';
  return 'title';
}

/** Writes `word` in `style`; Title keeps inner capitals of the source word (McNeil, O'Brien). */
export function applyCaseStyle(word: string, style: CaseStyle): string {
  switch (style) {
    case 'upper':
      return word.toUpperCase();
    case 'lower':
      return word.toLowerCase();
    case 'title':
      return word.length === 0 ? word : (word[0] as string).toUpperCase() + word.slice(1);
  }
}

/** The dominant style of a phrase: ALL CAPS if every cased word is, lower if every word is, else Title. */
export function phraseCaseStyle(phrase: string): CaseStyle {
  const words = phrase.match(/\p{L}{2,}/gu) ?? [];
  if (words.length === 0) return 'title';
  if (words.every((w) => w === w.toUpperCase())) return 'upper';
  if (words.every((w) => w === w.toLowerCase())) return 'lower';
  return 'title';
}
