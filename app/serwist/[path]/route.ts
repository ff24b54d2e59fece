import { createSerwistRoute } from '@serwist/turbopack';

// The service worker, bundled from app/sw.ts with the list of built static files to precache, and
// written as static files at build time (served at /sw.js through a rewrite in next.config.mjs).
// A public, static file like the other built assets: it holds no account data, so it is not a
// userRoute()/publicRoute() handler.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/sw.ts',
  useNativeEsbuild: true,
  esbuildOptions: { format: 'iife' },
  // The served pages render per request (CSP nonce): only the built static files and public/ are precached.
});
