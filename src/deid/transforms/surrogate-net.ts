// Surrogate e-mail addresses, URLs and IP addresses, all in reserved ranges (example.com/.org/.net,
// the IPv4 documentation and benchmarking networks, 2001:db8::/32), so they can never reach anyone.
import { KeyedDraw, type TransformKey } from './keyed.js';
import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES, TOWN_ENDS, TOWN_STARTS } from './surrogate-lists.js';

const EXAMPLE_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;
const IPV4_DOC_NETS = ['192.0.2', '198.51.100', '203.0.113'] as const;

function alnum(draw: KeyedDraw, count: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < count; i++) out += chars[draw.int(chars.length)];
  return out;
}

/** "j.smith42@clinic.org" -> "m.rogers17@example.net": dotted names stay dotted, digits stay. */
export function surrogateEmail(value: string, key: TransformKey, attempt = 0): string {
  const at = value.lastIndexOf('@');
  const local = at >= 0 ? value.slice(0, at) : value;
  const draw = new KeyedDraw(key, 'surrogate/email', value.toLowerCase(), String(attempt));
  const given = draw.pick(draw.int(2) === 0 ? GIVEN_MALE : GIVEN_FEMALE).toLowerCase();
  const surname = draw.pick(SURNAMES).toLowerCase();
  let name = /[._]/.test(local) ? `${given}${/_/.test(local) ? '_' : '.'}${surname}` : `${given[0]}${surname}`;
  if (/\d/.test(local)) name += String(draw.range(10, 99));
  const out = `${name}@${draw.pick(EXAMPLE_DOMAINS)}`;
  return value === value.toUpperCase() && value !== value.toLowerCase() ? out.toUpperCase() : out;
}

/** Keeps the scheme and "www.", replaces the host with an example domain and any path with a keyed one. */
export function surrogateUrl(value: string, key: TransformKey, attempt = 0): string {
  const draw = new KeyedDraw(key, 'surrogate/url', value.toLowerCase(), String(attempt));
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]{0,15}:\/\//.exec(value)?.[0] ?? '';
  const rest = value.slice(scheme.length);
  const hostEnd = rest.search(/[/?#]/);
  const host = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
  const www = /^www\./i.test(host) ? host.slice(0, 4) : '';
  const label = (draw.pick(TOWN_STARTS) + draw.pick(TOWN_ENDS)).toLowerCase();
  const path = hostEnd < 0 ? '' : `/${alnum(draw, 8)}`;
  return `${scheme}${www}${label}.${draw.pick(EXAMPLE_DOMAINS)}${path}`;
}

/**
 * IPv4 -> the documentation /24s (RFC 5737) or 198.18.0.0/15 (RFC 2544, benchmarking), one draw in
 * four from the former; IPv6 -> 2001:db8::/32, case kept. The /15 gives room for many distinct IPs.
 */
export function surrogateIp(value: string, key: TransformKey, attempt = 0): string {
  const draw = new KeyedDraw(key, 'surrogate/ip', value.toLowerCase(), String(attempt));
  for (;;) {
    let out: string;
    if (value.includes(':')) {
      const groups = Array.from({ length: 6 }, () => draw.int(0x10000).toString(16));
      out = `2001:db8:${groups.join(':')}`;
      if (/[A-F]/.test(value) && !/[a-f]/.test(value)) out = out.toUpperCase();
    } else if (draw.int(4) === 0) out = `${draw.pick(IPV4_DOC_NETS)}.${draw.range(1, 254)}`;
    else out = `198.${draw.range(18, 19)}.${draw.int(256)}.${draw.range(1, 254)}`;
    if (out.toLowerCase() !== value.toLowerCase()) return out;
  }
}
