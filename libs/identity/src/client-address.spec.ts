import { describe, expect, it } from 'vitest';
import { addressBucket, clientAddress } from './client-address';

describe('clientAddress', () => {
  it('prefers Express req.ip, then the socket, then unknown', () => {
    expect(clientAddress({ ip: '10.0.0.1', socket: { remoteAddress: '10.0.0.2' } })).toBe('10.0.0.1');
    expect(clientAddress({ socket: { remoteAddress: '10.0.0.2' } })).toBe('10.0.0.2');
    expect(clientAddress(undefined)).toBe('unknown');
  });
});

describe('addressBucket', () => {
  it('keeps IPv4 addresses, also IPv4-mapped ones', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by /64', () => {
    expect(addressBucket('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(addressBucket('2001:0db8:0000:0001:ffff:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(addressBucket('2001:DB8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('leaves anything else alone', () => {
    expect(addressBucket('unknown')).toBe('unknown');
  });
});
