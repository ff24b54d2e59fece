import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from './headers';

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('contentSecurityPolicy', () => {
  it('lets scripts run only with the nonce in production', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc', development: false, https: false });
    expect(directive(csp, 'script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(directive(csp, 'style-src-elem')).toEqual(["'self'", "'nonce-abc'"]);
    for (const [name, value] of [
      ['object-src', "'none'"],
      ['base-uri', "'none'"],
      ['frame-ancestors', "'none'"],
      ['form-action', "'self'"],
    ]) {
      expect(directive(csp, name!)).toEqual([value]);
    }
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('adds unsafe-eval only for the development server, upgrade-insecure-requests only over HTTPS', () => {
    expect(directive(contentSecurityPolicy({ nonce: 'n', development: true, https: false }), 'script-src')).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: 'n', development: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe('newNonce', () => {
  it('is 128 random bits in base64, new every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});

describe('staticSecurityHeaders', () => {
  it('sends HSTS in production only', () => {
    const names = (production: boolean) => staticSecurityHeaders(production).map((h) => h.key);
    expect(names(true)).toContain('Strict-Transport-Security');
    expect(names(false)).not.toContain('Strict-Transport-Security');
    expect(names(false)).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']));
  });
});
