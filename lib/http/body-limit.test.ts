import { describe, expect, it } from 'vitest';
import type { NextConfig } from 'next';
import { MAX_SNAPSHOT_BYTES } from '../account/snapshot';
import { ACTION_BODY_LIMIT, ACTION_BODY_LIMIT_BYTES, isOversizedAction } from './body-limit';

// The config is plain JavaScript without types.
const configPath = '../../next.config.mjs';
const nextConfig = ((await import(/* @vite-ignore */ configPath)) as { default: NextConfig }).default;

const post = (headers: Record<string, string>) => ({ method: 'POST', headers: new Headers(headers) });

describe('server-action body limit', () => {
  it('is the one Next enforces', () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(ACTION_BODY_LIMIT);
    expect(ACTION_BODY_LIMIT).toBe(`${ACTION_BODY_LIMIT_BYTES / 1024}kb`);
  });

  it('refuses only action posts declared past it', () => {
    expect(isOversizedAction(post({ 'next-action': 'x', 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }))).toBe(true);
    expect(isOversizedAction(post({ 'next-action': 'x', 'content-length': String(ACTION_BODY_LIMIT_BYTES) }))).toBe(false);
    expect(isOversizedAction(post({ 'content-length': '10000000' }))).toBe(false);
    expect(isOversizedAction({ method: 'GET', headers: new Headers({ 'next-action': 'x', 'content-length': '10000000' }) })).toBe(false);
  });
});

describe('the import body', () => {
  it('reaches the route whole: the proxy buffers more than the import accepts', () => {
    const proxyLimit = String((nextConfig.experimental as { proxyClientMaxBodySize?: string }).proxyClientMaxBodySize);
    expect(proxyLimit).toMatch(/^\d+mb$/);
    expect(parseInt(proxyLimit, 10) * 1024 * 1024).toBeGreaterThan(MAX_SNAPSHOT_BYTES);
  });
});
