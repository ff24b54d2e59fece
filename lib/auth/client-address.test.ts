import { describe, expect, it } from 'vitest';
import { clientAddress, UNKNOWN_CLIENT } from './client-address';

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless a trusted proxy is configured', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.9' }, 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(undefined, 1)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress({}, 1)).toBe(UNKNOWN_CLIENT);
  });

  it('takes the entry the trusted proxy appended, not what the client wrote before it', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.9' }, 1)).toBe('203.0.113.9');
    expect(clientAddress({ 'x-forwarded-for': '1.1.1.1, 203.0.113.9' }, 1)).toBe('203.0.113.9');
    expect(clientAddress(new Headers({ 'X-Forwarded-For': '1.1.1.1, 203.0.113.9, 10.0.0.2' }), 2)).toBe('203.0.113.9');
    expect(clientAddress({ 'x-forwarded-for': ['2001:DB8::1'] }, 1)).toBe('2001:db8::1');
  });

  it('takes the first entry when there are fewer hops than trusted proxies', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.9' }, 3)).toBe('203.0.113.9');
  });
});
