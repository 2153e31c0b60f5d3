// What a site tells the analyzer never to report beyond its allow list of words: placeholder patterns
// (template slots such as "{{patient_name}}" or "Firstname Lastname", deid.allowPatterns) and the names of
// its own chat assistants (deid.assistantNames, read as the built-in ones are: a lone word beside a word of
// models or prompting, or before its tier). Applied to the analyzer's findings after overlap resolution.
import { PhigateError } from '../errors.js';
import { assistantMention } from './recognizers/name-emit.js';
import { assertSafeRegex } from './recognizers/regex-safety.js';
import type { Finding } from './types.js';

/** A placeholder pattern: a finding that lies wholly inside one of its matches is not reported. */
export interface AllowPatternSpec {
  readonly pattern: string;
  /** `i`, `m`, `s`, `u` (`g` is always on). */
  readonly flags?: string;
}

export interface AllowRules {
  /** The findings to report: `findings` without those the rules allow (the same array when none is). */
  apply(text: string, findings: Finding[]): Finding[];
}

const NAME_WORD = /^\p{L}[\p{L}\d'’.-]{0,39}$/u;

/** Rules from the config's lists; undefined when both are empty, so the analyzer does nothing more. */
export function allowRules(patterns: readonly AllowPatternSpec[] = [], assistantNames: readonly string[] = []): AllowRules | undefined {
  const regexes = patterns.map((p, i) => {
    // The same check as custom recognizers': a pattern that backtracks would stall every request.
    assertSafeRegex(`allowPatterns[${i}]`, p.pattern, p.flags ?? '');
    return new RegExp(p.pattern, [...new Set([...(p.flags ?? ''), 'g'])].join(''));
  });
  const names = new Set(
    assistantNames.map((n) => {
      const word = n.trim();
      if (!NAME_WORD.test(word)) throw new PhigateError('PHIGATE_BAD_CONFIG', 'deid.assistantNames: each entry must be one word of letters (an assistant\'s name, at most 40 characters)');
      return word.toLowerCase();
    }),
  );
  if (regexes.length === 0 && names.size === 0) return undefined;

  /** The spans the placeholder patterns match in `text`, in order (empty matches cannot occur: the check refuses them). */
  function allowedSpans(text: string): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (const re of regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        spans.push([m.index, m.index + m[0].length]);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return spans;
  }

  return {
    apply(text, findings) {
      if (findings.length === 0) return findings;
      // Spans by start; a finding lies inside one exactly when the furthest end among the spans starting at or
      // before it reaches its end. Findings come sorted by start, so one pass over both (a note with many slots and
      // many findings stays linear).
      const spans = regexes.length > 0 ? allowedSpans(text).sort((a, b) => a[0] - b[0]) : [];
      let next = 0;
      let furthest = -1;
      const kept = findings.filter((f) => {
        while (next < spans.length && (spans[next] as [number, number])[0] <= f.start) furthest = Math.max(furthest, (spans[next++] as [number, number])[1]);
        if (furthest >= f.end) return false;
        if (names.size > 0 && f.type === 'NAME' && names.has(text.slice(f.start, f.end).toLowerCase())) return !assistantMention(text, f.start, f.end);
        return true;
      });
      return kept.length === findings.length ? findings : kept;
    },
  };
}
