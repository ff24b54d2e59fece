import { describe, expect, it } from 'vitest';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  groupedSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpCodeAt,
  totpUri,
  verifyTotp,
} from './two-factor';

// RFC 6238's SHA-1 test secret ("12345678901234567890"), whose codes are published.
const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (seconds: number) => new Date(seconds * 1000);

describe('verifyTotp', () => {
  it('accepts the published code for its time step', () => {
    expect(totpCodeAt(secret, at(59))).toBe('287082');
    expect(verifyTotp({ secret, code: '287082', now: at(59) })).toBe(1);
    expect(verifyTotp({ secret, code: '287 082', now: at(59) })).toBe(1);
  });

  it('allows one step of clock drift either way, not two', () => {
    expect(verifyTotp({ secret, code: '287082', now: at(59 + 30) })).toBe(1);
    expect(verifyTotp({ secret, code: '287082', now: at(59 + 60) })).toBeUndefined();
    expect(verifyTotp({ secret, code: totpCodeAt(secret, at(120)), now: at(95) })).toBe(4);
  });

  it('refuses a wrong or malformed code, and one already used', () => {
    expect(verifyTotp({ secret, code: '287083', now: at(59) })).toBeUndefined();
    expect(verifyTotp({ secret, code: '28708', now: at(59) })).toBeUndefined();
    expect(verifyTotp({ secret, code: 'abcdef', now: at(59) })).toBeUndefined();
    expect(verifyTotp({ secret, code: '287082', now: at(59), lastUsedStep: 1 })).toBeUndefined();
    expect(verifyTotp({ secret, code: '287082', now: at(59), lastUsedStep: 0 })).toBe(1);
  });

  it('checks a new random secret against its own codes', () => {
    const fresh = newTotpSecret();
    expect(fresh).toMatch(/^[A-Z2-7]{32}$/);
    const now = new Date('2026-01-01T00:00:00Z');
    expect(verifyTotp({ secret: fresh, code: totpCodeAt(fresh, now), now })).toBeDefined();
    expect(groupedSecret(fresh).replace(/ /g, '')).toBe(fresh);
    expect(totpUri(fresh, 'sam@example.com')).toMatch(/^otpauth:\/\/totp\/Stillnight:sam%40example\.com\?.*secret=/);
  });
});

describe('the stored secret', () => {
  const key = 'k'.repeat(40);
  it('is encrypted, and read back only with the same key', () => {
    const stored = encryptTotpSecret(secret, key);
    expect(stored).not.toContain(secret);
    expect(encryptTotpSecret(secret, key)).not.toBe(stored);
    expect(decryptTotpSecret(stored, key)).toBe(secret);
    expect(decryptTotpSecret(stored, 'x'.repeat(40))).toBeUndefined();
    expect(decryptTotpSecret(stored.slice(0, -2) + 'AA', key)).toBeUndefined();
    expect(decryptTotpSecret('garbage', key)).toBeUndefined();
  });
});

describe('recovery codes', () => {
  it('are ten distinct high-entropy codes, hashed the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(codes.every((c) => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(c))).toBe(true);
    expect(hashRecoveryCode(codes[0]!)).toBe(hashRecoveryCode(` ${codes[0]!.toUpperCase().replace('-', ' ')} `));
    expect(hashRecoveryCode(codes[0]!)).not.toBe(hashRecoveryCode(codes[1]!));
    expect(looksLikeRecoveryCode(codes[0]!)).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
