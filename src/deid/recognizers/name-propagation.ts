// Repetition and coordination: a name found once is a name wherever else it is written the same way,
// and a capitalised word coordinated with a found name ("Lamovec and Morales") is one too.
import type { Token } from '../text/tokens.js';
import { ID, isTitle, lexical, shaped } from './name-words.js';
import { candidate, type Candidate, type DocumentView } from './types.js';

export /** A name found once is a name wherever else it appears written the same way ("Mr. Lee" ... "Lee reports"). */
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
    if (!inside[t.index] || t.single || t.text.length < 3 || isTitle(doc, t)) continue;
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
