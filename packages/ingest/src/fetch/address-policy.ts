import { parseIPv4, parseIPv6 } from './ip-address';

type Range = [prefix: number[], bits: number, reason: string];

// Every IPv4 range that is not the public internet (IANA special-purpose registry).
const V4_RANGES: Range[] = [
  [[0], 8, 'an unspecified ("this network")'],
  [[10], 8, 'a private'],
  [[100, 64], 10, 'a carrier-grade NAT'],
  [[127], 8, 'a loopback'],
  [[169, 254], 16, 'a link-local'],
  [[172, 16], 12, 'a private'],
  [[192, 0, 0], 24, 'a reserved (IETF protocol)'],
  [[192, 0, 2], 24, 'a documentation'],
  [[192, 88, 99], 24, 'a reserved (6to4 relay)'],
  [[192, 168], 16, 'a private'],
  [[198, 18], 15, 'a benchmarking'],
  [[198, 51, 100], 24, 'a documentation'],
  [[203, 0, 113], 24, 'a documentation'],
  [[224], 4, 'a multicast'],
  [[240], 4, 'a reserved'],
];

const V6_RANGES: Range[] = [
  [[], 128, 'an unspecified'], // :: exactly (prefix of zeros, all 128 bits)
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128, 'a loopback'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], 96, 'an IPv4-mapped IPv6'],
  [[0, 0x64, 0xff, 0x9b, 0, 1], 48, 'a local-use NAT64'],
  [[0x20, 0x01, 0, 0], 32, 'a Teredo tunnel'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'a documentation'],
  [[0x3f, 0xff], 20, 'a documentation'],
  [[0xfc], 7, 'a unique local (private)'],
  [[0xfe, 0x80], 10, 'a link-local'],
  [[0xfe, 0xc0], 10, 'a site-local'],
  [[0xff], 8, 'a multicast'],
];

const inRange = (bytes: number[], [prefix, bits]: Range): boolean => {
  for (let bit = 0; bit < bits; bit += 1) {
    const want = ((prefix[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
    const have = ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
    if (want !== have) return false;
  }
  return true;
};

/**
 * Why an address is not on the public internet ("a loopback", "a private" …), or null when it is
 * public. IPv6 must be global unicast (2000::/3); NAT64 and 6to4 addresses are judged by the IPv4
 * address they carry. Anything unparseable is refused.
 */
export const nonPublicReason = (ip: string): string | null => {
  const v4 = parseIPv4(ip);
  if (v4) return V4_RANGES.find((r) => inRange(v4, r))?.[2] ?? null;
  const v6 = parseIPv6(ip);
  if (!v6) return 'an unparseable';
  const special = V6_RANGES.find((r) => inRange(v6, r));
  if (special) return special[2];
  if (inRange(v6, [[0, 0x64, 0xff, 0x9b], 96, ''])) return embedded(v6.slice(12, 16), 'NAT64');
  if (inRange(v6, [[0x20, 0x02], 16, ''])) return embedded(v6.slice(2, 6), '6to4');
  return inRange(v6, [[0x20], 3, '']) ? null : 'a reserved IPv6';
};

const embedded = (v4: number[], kind: string): string | null => {
  const reason = nonPublicReason(v4.join('.'));
  return reason ? `${reason} (inside ${kind})` : null;
};
