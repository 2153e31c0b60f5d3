// A conservative structural check for user-supplied regexes: JavaScript has no regex timeout, so a
// pattern that can backtrack catastrophically would let one note stall the gateway.
import { PhigateError } from '../../errors.js';

/**
 * Rejects the classic exponential shapes: a quantified group that itself contains a quantifier
 * ((a+)+, (a*b?)*, (\d+-?)+) or an alternation under a quantifier ((a|ab)*), and back-references.
 * Bounded small repetition of a group ({0,4}) with inner bounded quantifiers is allowed.
 */
export function findBacktrackingHazard(source: string): string | undefined {
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  // Walk groups with a stack, tracking whether each group contains an unbounded quantifier or '|'.
  const stack: { unbounded: boolean; alternation: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ unbounded: false, alternation: false });
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === '|' && top) top.alternation = true;
    if ((ch === '+' || ch === '*') && top) top.unbounded = true;
    if (ch === '{' && top && /^\{\d*,\}/.test(source.slice(i))) top.unbounded = true;
    if (ch === ')') {
      const group = stack.pop();
      const q = source.slice(i + 1, i + 12);
      const quantified = /^(?:[+*]|\{\d*,\})/.test(q) || /^\{\d+,\d{2,}\}/.test(q);
      if (group && quantified && (group.unbounded || group.alternation)) {
        return 'a repeated group contains a quantifier or alternation (catastrophic backtracking)';
      }
      const parent = stack[stack.length - 1];
      if (parent && group) {
        parent.unbounded ||= group.unbounded || quantified;
      }
    }
  }
  return undefined;
}

export function assertLinearRegex(id: string, source: string): void {
  const hazard = findBacktrackingHazard(source);
  if (hazard) throw new PhigateError('PHIGATE_BAD_RECOGNIZER', `Recognizer "${id}": ${hazard}`);
}
