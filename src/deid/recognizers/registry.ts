// The registry: built-in recognizers as a list of entries, plus the user's own from configuration.
import { PhigateError } from '../../errors.js';
import type { AnalyzerConfig, CustomRecognizerSpec, DenyListSpec } from '../types.js';
import { DATE_COLUMN_RECOGNIZER } from './date-columns.js';
import { DATE_RECOGNIZERS } from './dates.js';
import { GEOCODE_PATTERNS } from './geocodes.js';
import { IDENTIFIER_RECOGNIZERS } from './identifiers.js';
import { LOCATION_RECOGNIZERS } from './locations.js';
import { BURMESE_NAME_RECOGNIZER } from './name-burmese.js';
import { BOARD_NAME_RECOGNIZER } from './name-boards.js';
import { NAME_CELLS_RECOGNIZER } from './name-cells.js';
import { NAME_BEFORE_AGE_RECOGNIZER } from './name-census.js';
import { NAME_HEADER_PAIR_RECOGNIZER } from './name-header-pairs.js';
import { CASE_CAPTION_NAME_RECOGNIZER, MINOR_INITIALS_RECOGNIZER, NAME_FORM_FIELDS_RECOGNIZER, NAME_HEADER_RECOGNIZER, NAME_NICKNAME_RECOGNIZER, SON_OF_NAME_RECOGNIZER, RX_OWNER_NAME_RECOGNIZER, RELATION_LINE_NAME_RECOGNIZER, SPACED_SPELLED_NAME_RECOGNIZER, SPELLED_NAME_RECOGNIZER, JOINED_SPELLED_NAME_RECOGNIZER, NATO_SPELLED_NAME_RECOGNIZER } from './name-headers.js';
import { NAME_RECOGNIZER } from './names.js';
import { fold } from '../text/tokens.js';
import { patternRecognizer } from './pattern.js';
import { assertSafeRegex } from './regex-safety.js';
import { STRUCTURED_RECOGNIZERS } from './structured.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';
import { VALIDATORS } from './validators.js';

export const BUILT_IN_RECOGNIZERS: readonly Recognizer[] = [
  NAME_RECOGNIZER,
  NAME_HEADER_RECOGNIZER,
  NAME_NICKNAME_RECOGNIZER,
  NAME_FORM_FIELDS_RECOGNIZER,
  SPELLED_NAME_RECOGNIZER,
  SPACED_SPELLED_NAME_RECOGNIZER,
  JOINED_SPELLED_NAME_RECOGNIZER,
  NATO_SPELLED_NAME_RECOGNIZER,
  SON_OF_NAME_RECOGNIZER,
  RX_OWNER_NAME_RECOGNIZER,
  RELATION_LINE_NAME_RECOGNIZER,
  CASE_CAPTION_NAME_RECOGNIZER,
  MINOR_INITIALS_RECOGNIZER,
  NAME_BEFORE_AGE_RECOGNIZER,
  BOARD_NAME_RECOGNIZER,
  NAME_HEADER_PAIR_RECOGNIZER,
  BURMESE_NAME_RECOGNIZER,
  NAME_CELLS_RECOGNIZER,
  ...DATE_RECOGNIZERS,
  DATE_COLUMN_RECOGNIZER,
  ...IDENTIFIER_RECOGNIZERS,
  ...LOCATION_RECOGNIZERS,
  ...GEOCODE_PATTERNS.map((spec) => patternRecognizer(spec)),
  ...STRUCTURED_RECOGNIZERS,
];

export function customRecognizer(spec: CustomRecognizerSpec): Recognizer {
  // The same check the config loader runs: compiles, bounded, no backtracking shapes, no empty match.
  assertSafeRegex(spec.id, spec.pattern, spec.flags ?? '');
  const flags = new Set((spec.flags ?? '').split(''));
  flags.add('g');
  const regex = new RegExp(spec.pattern, [...flags].join(''));
  const validator = spec.validator ? VALIDATORS[spec.validator] : undefined;
  if (spec.validator && !validator) {
    throw new PhigateError('PHIGATE_BAD_RECOGNIZER', `Recognizer "${spec.id}": unknown validator "${spec.validator}"`);
  }
  return patternRecognizer({
    id: `custom:${spec.id}`,
    type: spec.type,
    regex,
    score: spec.score ?? 0.6,
    ...(spec.context ? { context: spec.context.map((w) => w.toLowerCase()) } : {}),
    contextWindow: spec.contextWindow ?? 40,
    contextBoost: 0.3,
    requireContext: spec.requireContext ?? false,
    ...(validator ? { validate: (v: string) => validator(v) } : {}),
  });
}

/** Whole-word, case-insensitive matching of listed values (a staff roster, a list of facilities). */
export function denyListRecognizer(lists: readonly DenyListSpec[]): Recognizer {
  // Index phrases by their first word so that matching is one pass over the tokens.
  const byFirst = new Map<string, { words: string[]; type: DenyListSpec['type'] }[]>();
  for (const list of lists) {
    for (const value of list.values) {
      const words = fold(value.toLowerCase()).split(/[^\p{L}\p{M}\d'’\-]+/u).filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const bucket = byFirst.get(first) ?? [];
      bucket.push({ words, type: list.type });
      byFirst.set(first, bucket);
    }
  }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return {
    id: 'deny-list',
    types: [...new Set(lists.map((l) => l.type))],
    find(doc: DocumentView): Candidate[] {
      const out: Candidate[] = [];
      const tokens = doc.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const bucket = byFirst.get((tokens[i] as { fold: string }).fold);
        if (!bucket) continue;
        for (const entry of bucket) {
          let ok = true;
          for (let k = 1; k < entry.words.length; k++) {
            const t = tokens[i + k];
            if (!t || t.fold !== entry.words[k]) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
          const last = tokens[i + entry.words.length - 1];
          if (!last) continue;
          out.push(candidate(tokens[i]!.start, last.end, entry.type, 0.95, 'deny-list', { kind: 'deny-list', detail: entry.type }));
          i += entry.words.length - 1;
          break;
        }
      }
      return out;
    },
  };
}

export function buildRegistry(config: AnalyzerConfig): Recognizer[] {
  const disabled = new Set(config.disable ?? []);
  const known = new Set(BUILT_IN_RECOGNIZERS.map((r) => r.id));
  for (const id of disabled) {
    if (!known.has(id)) throw new PhigateError('PHIGATE_BAD_RECOGNIZER', `Cannot disable unknown recognizer "${id}"`);
  }
  const list = BUILT_IN_RECOGNIZERS.filter((r) => !disabled.has(r.id));
  const seen = new Set<string>();
  for (const spec of config.recognizers ?? []) {
    if (seen.has(spec.id)) throw new PhigateError('PHIGATE_BAD_RECOGNIZER', `Recognizer "${spec.id}" is defined twice`);
    seen.add(spec.id);
    list.push(customRecognizer(spec));
  }
  if (config.deny && config.deny.length > 0) list.push(denyListRecognizer(config.deny));
  return list;
}
