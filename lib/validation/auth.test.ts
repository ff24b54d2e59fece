import { describe, expect, it } from 'vitest';
import { settingsSchema, signUpSchema } from './auth';

const valid = { displayName: 'Sam', email: ' Sam@Example.COM ', password: 'correct horse', timeZone: 'Europe/Berlin' };

describe('signUpSchema', () => {
  it('normalises the email to lower case', () => {
    expect(signUpSchema.parse(valid).email).toBe('sam@example.com');
  });

  it('accepts long passphrases without truncating them', () => {
    const password = 'a quiet night '.repeat(10);
    expect(signUpSchema.parse({ ...valid, password }).password).toBe(password);
  });

  it('has no composition rules: eight lowercase letters pass', () => {
    expect(signUpSchema.safeParse({ ...valid, password: 'abcdefgh' }).success).toBe(true);
  });

  it('gives a message per bad field', () => {
    const r = signUpSchema.safeParse({ displayName: ' ', email: 'nope', password: 'short', timeZone: 'Mars/Base' });
    expect(r.success).toBe(false);
    const fields = r.error!.issues.map((i) => i.path[0]);
    expect(new Set(fields)).toEqual(new Set(['displayName', 'email', 'password', 'timeZone']));
  });
});

describe('settingsSchema', () => {
  it('rejects an unknown time zone', () => {
    expect(settingsSchema.safeParse({ displayName: 'Sam', timeZone: 'Nowhere/City' }).success).toBe(false);
  });
});
