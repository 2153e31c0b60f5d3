// The text of a reversible token, `[[TYPE_hex]]`, as the de-identification engine writes and reverses it
// (src/deid/token-map.ts): a type of 2-12 capitals, then 12-64 hex digits of a keyed hash, lengthened by
// four digits at a time on a collision. Kept in step by hand: the vault does not import deid.

export const TOKEN_HEX_MIN = 12;
export const TOKEN_HEX_MAX = 64;
export const TOKEN_HEX_STEP = 4;

const TYPE = /^[A-Z]{2,12}$/;
// Anchored, bounded, one class per run: linear time.
const TOKEN = /^\[\[([A-Z]{2,12})_([0-9a-f]{12,64})\]\]$/;

export function isTokenType(type: string): boolean {
  return TYPE.test(type);
}

export function formatToken(type: string, hex: string): string {
  return `[[${type}_${hex}]]`;
}

export function parseToken(text: string): { type: string; hex: string } | undefined {
  if (typeof text !== 'string' || text.length > 2 + 12 + 1 + TOKEN_HEX_MAX + 2) return undefined;
  const m = TOKEN.exec(text);
  return m ? { type: m[1] as string, hex: m[2] as string } : undefined;
}
