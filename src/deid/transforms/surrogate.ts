// Surrogates by identifier type: the table that picks the generator for each fine type. Every
// generator is keyed (same value + same key => same surrogate) and never returns the original.
import type { EntityType } from '../types.js';
import type { TransformKey } from './keyed.js';
import { surrogateDate } from './surrogate-date.js';
import { surrogateName } from './surrogate-name.js';
import { surrogateEmail, surrogateIp, surrogateUrl } from './surrogate-net.js';
import { surrogateAge, surrogateCode, surrogatePhone, surrogateSsn, surrogateZip } from './surrogate-numbers.js';
import { surrogateAddress, surrogateFacility, surrogateLocation } from './surrogate-place.js';

type Generator = (value: string, key: TransformKey, attempt: number) => string;

const GENERATORS: Readonly<Record<EntityType, Generator>> = {
  NAME: surrogateName,
  ADDRESS: surrogateAddress,
  LOCATION: surrogateLocation,
  ZIP: surrogateZip,
  FACILITY: surrogateFacility,
  DATE: surrogateDate,
  AGE: surrogateAge,
  PHONE: surrogatePhone,
  FAX: surrogatePhone,
  EMAIL: surrogateEmail,
  SSN: surrogateSsn,
  MRN: surrogateCode,
  HEALTHPLAN: surrogateCode,
  ACCOUNT: surrogateCode,
  LICENSE: surrogateCode,
  VEHICLE: surrogateCode,
  DEVICE: surrogateCode,
  URL: surrogateUrl,
  IP: surrogateIp,
  ID: surrogateCode,
};

/**
 * A realistic fake of `value` for `type`. `attempt` selects an independent redraw (callers use it to
 * avoid a surrogate that collides with another identifier of the same document). Returns undefined
 * only when no different value of that shape exists (a span without letters or digits).
 */
export function surrogateFor(type: EntityType, value: string, key: TransformKey, attempt = 0): string | undefined {
  // Generators already redraw on equality; the outer loop also redraws a surrogate that contains its
  // original ("6 Feb 2044" -> "16 Feb 2044"). The one exception is by design: a facility named only by
  // generic words gets a town in front ("Children's Hospital" -> "Oakhaven Children's Hospital").
  const original = value.toLowerCase();
  for (let k = 0; k < 4; k++) {
    const out = GENERATORS[type](value, key, attempt + k * 1_000_000);
    if (out === value) continue;
    if (type !== 'FACILITY' && out.toLowerCase().includes(original)) continue;
    return out;
  }
  return undefined;
}
