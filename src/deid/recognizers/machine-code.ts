// Start-up: V8 runs a regex's first execution in its bytecode interpreter and compiles it again, to machine
// code, on the second (its "tier-up"), unless the first subject is 1,000 characters or longer, when it compiles
// machine code at once. For the engine's patterns the bytecode is the dearer of the two (V8 optimises it with a
// peephole pass that is slow on large patterns: the street-address pattern took 21 ms as bytecode against 4 ms as
// machine code, the age after a name 10 ms against 2), and most of them run more than once in any process, so the
// interpreter's copy was pure cost: the first note of a fresh process spent half its time making it. A regex
// passed through here is run once on a subject that long, so its first real execution runs machine code. What
// every later execution finds is the same: only the tier V8 runs it on changes.

/** V8's threshold (JSRegExp::kTierUpForSubjectLengthValue): a first subject this long compiles machine code directly. */
const LONG_SUBJECT = '\u0000'.repeat(1000);

/**
 * Compiles `regex` to machine code now (see above) and returns it; its lastIndex is left as it was. A global
 * or sticky regex is tried at the subject's end only; any other is run over the whole subject (1,000 NUL
 * characters), so it must be linear there, as every pattern the engine scans notes with is, or anchored at
 * the start (without the m flag: then V8 tries one position).
 */
export function compiledNow<R extends RegExp>(regex: R): R {
  const lastIndex = regex.lastIndex;
  regex.lastIndex = LONG_SUBJECT.length;
  regex.exec(LONG_SUBJECT);
  regex.lastIndex = lastIndex;
  return regex;
}

/**
 * A regex made on first use and compiled to machine code then (see above), for a module's pattern that a
 * process's first notes run: `pattern()` is the regex. Made lazily, it costs nothing in a process that never
 * runs it (constructing a regex parses it).
 */
export function onFirstUse(source: string, flags: string): () => RegExp {
  let regex: RegExp | undefined;
  return () => (regex ??= compiledNow(new RegExp(source, flags)));
}
