// Reversible tokens: the map from token to original value, merging maps, and restoring text.
// A token looks like [[NAME_7f3a9c01b2d4]]: the fine type, then at least 12 hex digits of a keyed hash.
import { PhigateError } from '../errors.js';
import { isEntityType, type EntityType } from './types.js';

export interface TokenEntry {
  readonly value: string;
  readonly type: EntityType;
}

/** token -> original. A plain object so it serialises as JSON for a vault; keys are checked tokens. */
export type TokenMap = Readonly<Record<string, TokenEntry>>;

export const TOKEN_HEX_MIN = 12;
export const TOKEN_HEX_MAX = 64;

/**
 * One whole token; the type is 2-12 capitals, the hex 12-64 digits. Linear: no nested quantifiers.
 * Not global (a shared global regex carries lastIndex between callers): use `new RegExp(src, 'g')`.
 */
export const TOKEN_PATTERN = /\[\[([A-Z]{2,12})_([0-9a-f]{12,64})\]\]/;

/**
 * A token as a model may write it back in an answer: whole ("[[NAME_7f3a9c01b2d4]]"), with its brackets halved or
 * dropped on a side ("[NAME_7f3a9c01b2d4]", "[[NAME_7f3a9c01b2d4]", "NAME_7f3a9c01b2d4"). Groups: 1 the opening
 * brackets (absent for a bare token), 2 the type, 3 the hex, 4 the closing brackets. A bare token stands alone: no
 * letter, digit, "_" or "[" right before it, no letter, digit or "_" right after; a bracketed one ends at its
 * brackets or at a character that no token holds. Linear: each run is one class with a bound, nothing nested.
 * Not global: use `new RegExp(src, 'g')`.
 */
export const WRITTEN_TOKEN_PATTERN = /(?:(\[{1,2})|(?<![A-Za-z0-9_[]))([A-Z]{2,12})_([0-9a-f]{12,64})(?:(\]{1,2})|(?![A-Za-z0-9_]))/;

/** The token a written form stands for ("[[TYPE_hex]]"), from WRITTEN_TOKEN_PATTERN's type and hex groups. */
export function canonicalToken(type: string, hex: string): string {
  return `[[${type}_${hex}]]`;
}

/**
 * What replaces a written token whose value is known: the value, and the closing brackets when the token had no
 * opening ones (they close something else: "[see NAME_7f3a…]").
 */
export function writtenTokenReplacement(value: string, open: string | undefined, close: string | undefined): string {
  return open === undefined && close !== undefined ? value + close : value;
}

/** The longest a token can be, for a streaming re-identifier that holds back a possibly split token. */
export const MAX_TOKEN_LENGTH = '[['.length + 12 + '_'.length + TOKEN_HEX_MAX + ']]'.length;

export function isToken(text: string): boolean {
  const m = /^\[\[([A-Z]{2,12})_[0-9a-f]{12,64}\]\]$/.exec(text);
  return m !== null && isEntityType(m[1] as string);
}

export function formatToken(type: EntityType, hex: string): string {
  return `[[${type}_${hex}]]`;
}

/**
 * Merges maps (a vault's map for a conversation with one result's new tokens, say). Throws
 * PHIGATE_BAD_INPUT if two maps give one token different values (maps from different keys or scopes)
 * or if a key is not a token; the message names neither.
 */
export function mergeTokenMaps(...maps: readonly TokenMap[]): TokenMap {
  const out: Record<string, TokenEntry> = {};
  for (const map of maps) {
    for (const [token, entry] of Object.entries(map)) {
      if (!isToken(token) || typeof entry?.value !== 'string' || !isEntityType(entry.type)) {
        throw new PhigateError('PHIGATE_BAD_INPUT', 'A token map holds an entry that is not a token');
      }
      const seen = Object.hasOwn(out, token) ? out[token] : undefined;
      if (seen && (seen.value !== entry.value || seen.type !== entry.type)) {
        throw new PhigateError('PHIGATE_BAD_INPUT', 'Token maps disagree on a token (different key or scope?)');
      }
      out[token] = { value: entry.value, type: entry.type };
    }
  }
  return out;
}

export interface ReverseResult {
  readonly text: string;
  /** How many token occurrences were replaced by their value. */
  readonly restored: number;
  /** Distinct tokens found in the text but not in the map (left as they are), in order of appearance. */
  readonly unknown: readonly string[];
}

/**
 * Replaces every token of `map` in `text` by its original value, as written back whole or with its brackets halved or
 * dropped (WRITTEN_TOKEN_PATTERN); other tokens stay, and those written with a bracket are reported (a bare
 * "ABC_0123456789ab" of no map may be any code).
 */
export function reverseTokens(text: string, map: TokenMap): ReverseResult {
  let restored = 0;
  const unknown = new Set<string>();
  const out = text.replace(new RegExp(WRITTEN_TOKEN_PATTERN.source, 'g'), (written: string, open: string | undefined, type: string, hex: string, close: string | undefined) => {
    const token = canonicalToken(type, hex);
    const entry = Object.hasOwn(map, token) ? map[token] : undefined;
    if (!entry) {
      if (open !== undefined || close !== undefined) unknown.add(token);
      return written;
    }
    restored++;
    return writtenTokenReplacement(entry.value, open, close);
  });
  return { text: out, restored, unknown: [...unknown] };
}
