import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './index';

describe('parseEnv', () => {
  it('defaults to the embedded database under .data', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(env.databaseUrl).toBeUndefined();
    expect(env.pgliteDir).toMatch(/\.data\/pglite$/);
  });

  it('names the setting that is wrong and how to fix it', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'short' })).toThrow(/NEXTAUTH_SECRET: must be at least 32/);
  });

  it('requires a secret in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(EnvError);
    expect(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32) }).nextAuthSecret).toHaveLength(32);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('reads the session limits in days, 7 idle and 30 in all by default', () => {
    const day = 24 * 60 * 60 * 1000;
    expect(parseEnv({})).toMatchObject({ sessionIdleMs: 7 * day, sessionMaxMs: 30 * day });
    expect(parseEnv({ SESSION_IDLE_DAYS: '0.5', SESSION_MAX_DAYS: '2' })).toMatchObject({
      sessionIdleMs: day / 2,
      sessionMaxMs: 2 * day,
    });
    expect(() => parseEnv({ SESSION_IDLE_DAYS: 'a week' })).toThrow(/SESSION_IDLE_DAYS: must be a number of days/);
    expect(() => parseEnv({ SESSION_MAX_DAYS: '0' })).toThrow(/SESSION_MAX_DAYS: must be more than 0/);
    expect(() => parseEnv({ SESSION_IDLE_DAYS: '40' })).toThrow(/SESSION_IDLE_DAYS: must not be more than SESSION_MAX_DAYS/);
  });

  it('trusts X-Forwarded-For only when told how many proxies append to it', () => {
    expect(parseEnv({}).trustedProxies).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '1' }).trustedProxies).toBe(1);
    expect(() => parseEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY: must be the number of trusted proxies/);
  });
});
