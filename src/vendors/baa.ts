// Whether a vendor's BAA covers a service and tier at a given instant. Pure: the clock is passed in, so
// an agreement that ends refuses from that very moment, and tests can stand on either side of it.
import type { BaaConfig, Service } from '../config/index.js';

export type BaaStatus = 'active' | 'none' | 'unsigned' | 'not-started' | 'expired' | 'service-not-covered' | 'tier-not-covered';

export function baaStatus(baa: BaaConfig | null, service: Service, tier: string | null, now: Date): BaaStatus {
  if (!baa) return 'none';
  if (!baa.signed) return 'unsigned';
  const t = now.getTime();
  if (t < baa.start.getTime()) return 'not-started';
  if (baa.end !== null && t >= baa.end.getTime()) return 'expired';
  if (!baa.services.includes(service)) return 'service-not-covered';
  if (baa.tiers.length > 0 && (tier === null || !baa.tiers.includes(tier))) return 'tier-not-covered';
  return 'active';
}
