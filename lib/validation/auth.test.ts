import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORD_MESSAGE, newPasswordSchema, settingsSchema, signUpSchema } from './auth';

const valid = { displayName: 'Sam', email: ' Sam@Example.COM ', password: 'correct horse', timeZone: 'Europe/Berlin' };

describe('signUpSchema', () => {
  it('normalises the email to lower case', async () => {
    expect((await signUpSchema.parseAsync(valid)).email).toBe('sam@example.com');
  });

  it('accepts long passphrases without truncating them', async () => {
    const password = 'a quiet night '.repeat(10);
    expect((await signUpSchema.parseAsync({ ...valid, password })).password).toBe(password);
  });

  it('has no composition rules: eight lowercase letters pass', async () => {
    expect((await signUpSchema.safeParseAsync({ ...valid, password: 'quietlgx' })).success).toBe(true);
  });

  it('gives a message per bad field', async () => {
    const r = await signUpSchema.safeParseAsync({ displayName: ' ', email: 'nope', password: 'short', timeZone: 'Mars/Base' });
    expect(r.success).toBe(false);
    const fields = r.error!.issues.map((i) => i.path[0]);
    expect(new Set(fields)).toEqual(new Set(['displayName', 'email', 'password', 'timeZone']));
  });
});

describe('newPasswordSchema', () => {
  it('refuses the most common passwords with a clear message', async () => {
    for (const password of ['password', 'iloveyou', 'P@ssw0rd1', '12345678']) {
      const r = await newPasswordSchema.safeParseAsync(password);
      expect(r.success, password).toBe(false);
      expect(r.error!.issues.map((i) => i.message)).toContain(COMMON_PASSWORD_MESSAGE);
    }
    expect((await newPasswordSchema.safeParseAsync('three unrelated words')).success).toBe(true);
  });
});

describe('settingsSchema', () => {
  it('rejects an unknown time zone', () => {
    expect(settingsSchema.safeParse({ displayName: 'Sam', timeZone: 'Nowhere/City' }).success).toBe(false);
  });
});
