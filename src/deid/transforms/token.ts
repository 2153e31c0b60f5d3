// Issues reversible tokens: [[TYPE_hex]] where hex is HMAC(key, scope, type, value). The exact value is
// hashed (no case folding) so reversal restores it byte for byte; scope separates conversations.
import { PhigateError } from '../../errors.js';
import { formatToken, TOKEN_HEX_MAX, TOKEN_HEX_MIN, type TokenEntry } from '../token-map.js';
import type { EntityType } from '../types.js';
import { keyedDigest, type TransformKey } from './keyed.js';

/**
 * The token for (type, value) in `scope`. `lookup` reports an existing token's entry (this result's and
 * the caller's earlier ones): on a collision with a different value the token is lengthened by four hex
 * digits until it is free, so within one map every token names exactly one value.
 */
export function tokenFor(
  type: EntityType,
  value: string,
  key: TransformKey,
  scope: string,
  lookup: (token: string) => TokenEntry | undefined,
): string {
  const hex = keyedDigest(key, ['token/v1', scope, type, value]).toString('hex');
  for (let len = TOKEN_HEX_MIN; len <= TOKEN_HEX_MAX; len += 4) {
    const token = formatToken(type, hex.slice(0, len));
    const seen = lookup(token);
    if (!seen || (seen.value === value && seen.type === type)) return token;
  }
  // 64 hex digits of SHA-256 colliding for different inputs is not a realistic event.
  throw new PhigateError('PHIGATE_INTERNAL', 'Token space exhausted');
}
