import { withSerwist } from '@serwist/turbopack';

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', '@node-rs/argon2'],
  poweredByHeader: false,
  // Lets several builds of one checkout live side by side (e.g. parallel test runs).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // Small but enough for the largest legit input (lib/http/body-limit.ts, which the proxy also enforces).
    serverActions: { bodySizeLimit: '64kb' },
    // The proxy buffers a request's body up to this and silently cuts the rest: above the import's
    // own limit (MAX_SNAPSHOT_BYTES), so an oversized export is refused whole, never read cut short.
    proxyClientMaxBodySize: '41mb',
  },
  // The service worker is built by app/serwist/[path]/route.ts; served from the root so its scope is the whole app.
  async rewrites() {
    return [{ source: '/sw.js', destination: '/serwist/sw.js' }];
  },
};

export default withSerwist(nextConfig);
