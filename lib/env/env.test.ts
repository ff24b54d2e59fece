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

  it('trusts X-Forwarded-For only when told how many proxies append to it', () => {
    expect(parseEnv({}).trustedProxies).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '1' }).trustedProxies).toBe(1);
    expect(() => parseEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY: must be the number of trusted proxies/);
  });
});
