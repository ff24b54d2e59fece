import { describe, expect, it } from 'vitest';
import { confirmTwoFactorSchema, disableTwoFactorSchema } from './two-factor';

describe('confirmTwoFactorSchema', () => {
  it('takes six digits, spaces allowed', () => {
    expect(confirmTwoFactorSchema.parse({ code: ' 123 456 ' })).toEqual({ code: '123456' });
  });
  it('refuses anything else with a message', () => {
    for (const code of ['12345', '1234567', 'abcdef', '', undefined]) {
      const r = confirmTwoFactorSchema.safeParse({ code });
      expect(r.success, String(code)).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/6-digit code/);
    }
  });
});

describe('disableTwoFactorSchema', () => {
  it('needs the password', () => {
    expect(disableTwoFactorSchema.safeParse({ password: '' }).success).toBe(false);
    expect(disableTwoFactorSchema.safeParse({ password: 'x' }).success).toBe(true);
  });
});
