// Recovers covered spans from a redactor that only returns redacted text (redact-pii). The redactor is
// configured to replace every finding with one marker character that never occurs in the input, so its
// output is the input with some segments replaced by MARK. The literal chunks between markers are then
// found in the input left to right (each at its leftmost place after the previous segment, the last one
// anchored at the end); the gaps are the redacted segments. Where a chunk's text also occurs inside the
// redacted segment before it, the leftmost choice makes that segment shorter than it really was, so the
// derived coverage is, if anything, an under-estimate; for the alphanumeric tokens that scoring counts
// this happens only when the chunk after a redaction repeats inside it (rare; measured in the bench).

/** A private-use code point: not in clinical text, not matched by \w, \s, digits or letters. */
export const MARK = '\uE000';

/** Spans of `input` replaced in `output`, or null if `output` is not `input` with marked replacements. */
export function alignRedacted(input, output, mark = MARK) {
  if (input.includes(mark)) return null;
  const chunks = output.split(mark);
  if (chunks.length === 1) return output === input ? [] : null;
  const first = chunks[0], last = chunks[chunks.length - 1];
  if (!input.startsWith(first) || !input.endsWith(last)) return null;
  const endLimit = input.length - last.length;
  const spans = [];
  let pos = first.length;
  for (let i = 1; i < chunks.length - 1; i++) {
    const c = chunks[i];
    const at = c.length === 0 ? pos + 1 : input.indexOf(c, pos + 1);
    if (at < 0 || at + c.length > endLimit) return null;
    spans.push({ start: pos, end: at });
    pos = at + c.length;
  }
  if (pos >= endLimit) return null;
  spans.push({ start: pos, end: endLimit });
  return spans;
}
