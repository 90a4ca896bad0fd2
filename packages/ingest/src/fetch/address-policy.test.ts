import { describe, expect, it } from 'vitest';
import { nonPublicReason as sut } from './address-policy';
import { parseIPv6, sameAddress } from './ip-address';

describe('nonPublicReason', () => {
  it.each([
    ['127.0.0.1', 'a loopback'],
    ['127.255.0.9', 'a loopback'],
    ['10.0.0.1', 'a private'],
    ['172.16.0.1', 'a private'],
    ['172.31.255.255', 'a private'],
    ['192.168.1.1', 'a private'],
    ['169.254.169.254', 'a link-local'],
    ['100.64.0.1', 'a carrier-grade NAT'],
    ['100.127.255.255', 'a carrier-grade NAT'],
    ['0.0.0.0', 'an unspecified ("this network")'],
    ['224.0.0.1', 'a multicast'],
    ['255.255.255.255', 'a reserved'],
    ['::1', 'a loopback'],
    ['::', 'an unspecified'],
    ['::ffff:127.0.0.1', 'an IPv4-mapped IPv6'],
    ['::ffff:8.8.8.8', 'an IPv4-mapped IPv6'],
    ['fc00::1', 'a unique local (private)'],
    ['fd12:3456::1', 'a unique local (private)'],
    ['fe80::1%eth0', 'a link-local'],
    ['ff02::1', 'a multicast'],
    ['2001:db8::1', 'a documentation'],
    ['64:ff9b::10.0.0.1', 'a private (inside NAT64)'],
    ['2002:7f00:1::', 'a loopback (inside 6to4)'],
    ['::127.0.0.1', 'a reserved IPv6'],
    ['not-an-ip', 'an unparseable'],
  ])('%s is %s', (ip, reason) => {
    expect(sut(ip)).toBe(reason);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2a00:1450:4001::200e', '64:ff9b::8.8.8.8'])(
    '%s is public',
    (ip) => {
      expect(sut(ip)).toBeNull();
    },
  );
});

describe('parseIPv6', () => {
  it('expands :: and embedded IPv4', () => {
    expect(parseIPv6('::ffff:127.0.0.1')?.slice(10)).toEqual([0xff, 0xff, 127, 0, 0, 1]);
    expect(parseIPv6('[2001:db8::1]')).toEqual([0x20, 0x01, 0x0d, 0xb8, ...Array<number>(11).fill(0), 1]);
    expect(parseIPv6('1.2.3.4')).toBeNull();
  });
});

describe('sameAddress', () => {
  it('matches IPv4 with its mapped IPv6 form and compressed with expanded IPv6', () => {
    expect(sameAddress('::ffff:127.0.0.1', '::ffff:7f00:1')).toBe(true);
    expect(sameAddress('127.0.0.1', '::ffff:127.0.0.1')).toBe(true);
    expect(sameAddress('2001:db8::1', '2001:0db8:0:0:0:0:0:1')).toBe(true);
    expect(sameAddress('127.0.0.1', '127.0.0.2')).toBe(false);
    expect(sameAddress('x', 'x')).toBe(false);
  });
});
