// Turns one identifier into its replacement under a policy, holding the per-result state that keeps
// replacements consistent: one surrogate per value, no surrogate that reproduces another identifier
// of the same text, no two values sharing a surrogate, and the tokens issued so far.
import { createSecretKey } from 'node:crypto';
import type { TokenEntry, TokenMap } from '../token-map.js';
import type { EntityType, TransformKind, TransformPolicy } from '../types.js';
import { DEFAULT_MAX_SHIFT_DAYS, shiftDateText, shiftDaysFor } from './date-shift.js';
import { generalize } from './generalize.js';
import type { TransformKey } from './keyed.js';
import { DEFAULT_MASK_CHAR, mask, REDACTED_MARKER, tagFor } from './markers.js';
import { checkPolicy, specFor, type TransformContext } from './policy.js';
import { surrogateFor } from './surrogate.js';
import { tokenFor } from './token.js';

export interface Replaced {
  readonly text: string;
  /** The kind actually applied: a fallback (generalize -> tag, date-shift -> surrogate) shows here. */
  readonly kind: TransformKind;
}

export interface Replacer {
  replace(type: EntityType, value: string): Replaced;
  /** Tokens used so far by this replacer (new and reused). */
  tokens(): TokenMap;
}

/** Redraws tried before a surrogate that keeps colliding falls back to a tag. */
const MAX_SURROGATE_ATTEMPTS = 16;
const MIN_AVOID_LENGTH = 2;
const SUBSTRING_MIN_LENGTH = 6;

/**
 * The identifier values a surrogate must not reproduce, case-blind: none may appear in it as a whole
 * word (bounded by non-alphanumerics), and values of SUBSTRING_MIN_LENGTH or more not even inside a
 * word. Shorter values may occur inside a longer run ("95" in "555-0195"): that reveals nothing, and
 * forbidding it would turn most numeric surrogates into tags on long documents.
 * Values are bucketed by their first two characters: a check is one lookup per position.
 */
export class AvoidSet {
  private readonly byPrefix = new Map<string, string[]>();
  private readonly seen = new Set<string>();

  /** A year alone is skipped: Safe Harbor keeps years, and surrogate dates keep theirs by design. */
  add(value: string, type?: EntityType): void {
    const v = value.toLowerCase();
    if (v.length < MIN_AVOID_LENGTH || this.seen.has(v)) return;
    if (type === 'DATE' && /^\d{4}$/.test(v)) return;
    this.seen.add(v);
    const prefix = v.slice(0, MIN_AVOID_LENGTH);
    const bucket = this.byPrefix.get(prefix);
    if (bucket) bucket.push(v);
    else this.byPrefix.set(prefix, [v]);
  }

  /** `own`: the value the text stands for, not counted (see surrogateFacility for why it can occur). */
  hitBy(text: string, own = ''): boolean {
    const t = text.toLowerCase();
    const ownLower = own.toLowerCase();
    const wordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    for (let i = 0; i + MIN_AVOID_LENGTH <= t.length; i++) {
      const bucket = this.byPrefix.get(t.slice(i, i + MIN_AVOID_LENGTH));
      if (!bucket) continue;
      for (const v of bucket) {
        if (v === ownLower || !t.startsWith(v, i)) continue;
        if (v.length >= SUBSTRING_MIN_LENGTH || (!wordChar(t[i - 1]) && !wordChar(t[i + v.length]))) return true;
      }
    }
    return false;
  }
}

/**
 * What replacers of one document share, so that fields transformed under different policies still
 * agree: surrogates per value, which value owns each surrogate, tokens issued, and the values to avoid.
 */
export interface ReplacerState {
  readonly avoid: AvoidSet;
  readonly surrogates: Map<string, string | undefined>; // type + value -> surrogate
  readonly owners: Map<string, string>; // surrogate (lower) -> type + value (lower) it stands for
  readonly issued: Map<string, TokenEntry>;
}

/** `avoid` lists every identifier (value, type) of the text or document: see AvoidSet. */
export function createReplacerState(avoid: Iterable<readonly [value: string, type: EntityType]>): ReplacerState {
  const state: ReplacerState = { avoid: new AvoidSet(), surrogates: new Map(), owners: new Map(), issued: new Map() };
  for (const [value, type] of avoid) state.avoid.add(value, type);
  return state;
}

/** Checks the policy and context first (see checkPolicy), so errors come before any text is read. */
export function createReplacer(policy: TransformPolicy, ctx: TransformContext, state: ReplacerState): Replacer {
  checkPolicy(policy, ctx);
  // Present whenever a keyed kind is in the policy (checked above); imported once, not per HMAC.
  const key: TransformKey = ctx.key instanceof Uint8Array ? createSecretKey(ctx.key) : (ctx.key as TransformKey);
  const scope = ctx.scope ?? '';
  const existing = ctx.tokens ?? {};
  const { avoid: avoidSet, surrogates, owners, issued } = state;
  const shiftByMax = new Map<number, number>();

  function surrogate(type: EntityType, value: string): string | undefined {
    const cacheKey = `${type}\u0000${value}`;
    if (surrogates.has(cacheKey)) return surrogates.get(cacheKey);
    const owner = `${type}\u0000${value.toLowerCase()}`;
    let chosen: string | undefined;
    for (let attempt = 0; attempt < MAX_SURROGATE_ATTEMPTS && chosen === undefined; attempt++) {
      const candidate = surrogateFor(type, value, key, attempt);
      if (candidate === undefined) break;
      const prior = owners.get(candidate.toLowerCase());
      if ((prior === undefined || prior === owner) && !avoidSet.hitBy(candidate, value)) chosen = candidate;
    }
    if (chosen !== undefined) owners.set(chosen.toLowerCase(), owner);
    surrogates.set(cacheKey, chosen);
    return chosen;
  }

  function token(type: EntityType, value: string): string {
    const lookup = (t: string): TokenEntry | undefined =>
      issued.get(t) ?? (Object.hasOwn(existing, t) ? existing[t] : undefined);
    const t = tokenFor(type, value, key, scope, lookup);
    issued.set(t, { value, type });
    return t;
  }

  function shiftDays(maxDays: number | undefined): number {
    const max = maxDays ?? DEFAULT_MAX_SHIFT_DAYS;
    let days = shiftByMax.get(max);
    if (days === undefined) {
      days = shiftDaysFor(key, ctx.patientId as string, max);
      shiftByMax.set(max, days);
    }
    return days;
  }

  const tag = (type: EntityType): Replaced => ({ text: tagFor(type), kind: 'tag' });
  // When no acceptable surrogate exists (say more distinct ages over 89 than surrogate ages), the
  // value is generalised if its type allows ("90+"), else tagged.
  const viaSurrogate = (type: EntityType, value: string): Replaced => {
    const s = surrogate(type, value);
    if (s !== undefined) return { text: s, kind: 'surrogate' };
    const g = generalize(type, value);
    return g !== undefined && g !== value ? { text: g, kind: 'generalize' } : tag(type);
  };

  return {
    replace(type, value) {
      const spec = specFor(policy, type);
      switch (spec.kind) {
        case 'redact':
          return { text: REDACTED_MARKER, kind: 'redact' };
        case 'tag':
          return tag(type);
        case 'mask':
          return { text: mask(value, spec.char ?? DEFAULT_MASK_CHAR, spec.keepLast ?? 0), kind: 'mask' };
        case 'surrogate':
          return viaSurrogate(type, value);
        case 'date-shift': {
          // Only dates shift; other types under a date-shift default get a surrogate.
          if (type !== 'DATE') return viaSurrogate(type, value);
          const shifted = shiftDateText(value, shiftDays(spec.maxDays));
          return shifted === undefined ? viaSurrogate(type, value) : { text: shifted, kind: 'date-shift' };
        }
        case 'token':
          return { text: token(type, value), kind: 'token' };
        case 'generalize': {
          const g = generalize(type, value);
          return g === undefined ? tag(type) : { text: g, kind: 'generalize' };
        }
      }
    },
    tokens() {
      return Object.fromEntries(issued);
    },
  };
}
