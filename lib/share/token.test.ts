import { describe, expect, it } from 'vitest';
import { hashShareToken, isShareTokenShaped, newShareToken } from './token';

describe('share tokens', () => {
  it('carry 256 random bits, URL-safe, and are stored only as a SHA-256', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newShareToken));
    expect(tokens.size).toBe(1000);
    for (const token of [...tokens].slice(0, 50)) {
      expect(isShareTokenShaped(token)).toBe(true);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(hashShareToken(token)).toMatch(/^[0-9a-f]{64}$/);
      expect(hashShareToken(token)).not.toContain(token);
    }
  });

  it('refuses anything not shaped like one', () => {
    expect(isShareTokenShaped('short')).toBe(false);
    expect(isShareTokenShaped(`${newShareToken()}x`)).toBe(false);
    expect(isShareTokenShaped('a'.repeat(42) + '/')).toBe(false);
  });
});
