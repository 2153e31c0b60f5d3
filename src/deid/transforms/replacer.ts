// Turns one identifier into its replacement under a policy, holding the per-result state that keeps
// replacements consistent: one surrogate per value, no surrogate that reproduces another identifier
// of the same text, no two values sharing a surrogate, and the tokens issued so far.
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

/** Case-insensitive "does `text` contain any of these values", by window lengths: O(|text| x lengths). */
export class AvoidSet {
  private readonly values = new Set<string>();
  private readonly lengths = new Set<number>();

  add(value: string): void {
    const v = value.toLowerCase();
    if (v.length < MIN_AVOID_LENGTH) return;
    this.values.add(v);
    this.lengths.add(v.length);
  }

  hitBy(text: string): boolean {
    const t = text.toLowerCase();
    for (const len of this.lengths) {
      for (let i = 0; i + len <= t.length; i++) if (this.values.has(t.slice(i, i + len))) return true;
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

/** `avoid` lists every identifier value of the text or document: no surrogate may contain one of them. */
export function createReplacerState(avoid: Iterable<string>): ReplacerState {
  const state: ReplacerState = { avoid: new AvoidSet(), surrogates: new Map(), owners: new Map(), issued: new Map() };
  for (const v of avoid) state.avoid.add(v);
  return state;
}

/** Checks the policy and context first (see checkPolicy), so errors come before any text is read. */
export function createReplacer(policy: TransformPolicy, ctx: TransformContext, state: ReplacerState): Replacer {
  checkPolicy(policy, ctx);
  const key = ctx.key as TransformKey; // present whenever a keyed kind is in the policy (checked above)
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
      if ((prior === undefined || prior === owner) && !avoidSet.hitBy(candidate)) chosen = candidate;
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
  const viaSurrogate = (type: EntityType, value: string): Replaced => {
    const s = surrogate(type, value);
    return s === undefined ? tag(type) : { text: s, kind: 'surrogate' };
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
