import { isIPv4, isIPv6 } from 'node:net';

/** Parses dotted IPv4 into 4 bytes, or null. */
export const parseIPv4 = (ip: string): number[] | null =>
  isIPv4(ip) ? ip.split('.').map((part) => Number(part)) : null;

/** Parses IPv6 (with "::", an embedded IPv4 tail or a zone id) into 16 bytes, or null. */
export const parseIPv6 = (input: string): number[] | null => {
  const ip = input.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(ip)) return null;
  let groups = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
  if (v4) {
    const [a = 0, b = 0, c = 0, d = 0] = parseIPv4(v4) ?? [];
    groups = `${ip.slice(0, -v4.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = groups.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  const words = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  return words.flatMap((w) => {
    const n = parseInt(w, 16);
    return [n >> 8, n & 0xff];
  });
};

/** True when two textual addresses are the same host (IPv4 equals its IPv4-mapped IPv6 form). */
export const sameAddress = (a: string, b: string): boolean => {
  const x = toBytes16(a);
  const y = toBytes16(b);
  return x !== null && y !== null && x.every((byte, i) => byte === y[i]);
};

const toBytes16 = (ip: string): number[] | null => {
  const v4 = parseIPv4(ip);
  return v4 ? [...Array<number>(10).fill(0), 0xff, 0xff, ...v4] : parseIPv6(ip);
};
