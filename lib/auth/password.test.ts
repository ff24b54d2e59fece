import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('uses argon2id and verifies only the right password', async () => {
    const h = await hashPassword('a long passphrase with spaces');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'a long passphrase with spaces')).toBe(true);
    expect(await verifyPassword(h, 'a long passphrase with space')).toBe(false);
  });

  it('does not truncate: passwords differing after 72 characters differ', async () => {
    const base = 'x'.repeat(100);
    const h = await hashPassword(`${base}A`);
    expect(await verifyPassword(h, `${base}B`)).toBe(false);
  });

  it('treats a malformed hash as a failed check', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
