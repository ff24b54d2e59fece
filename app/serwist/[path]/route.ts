import { createSerwistRoute } from '@serwist/turbopack';

// The service worker, bundled from app/sw.ts with the list of built static files to precache, and
// written as static files at build time (served at /sw.js through a rewrite in next.config.mjs).
// A public, static file like the other built assets: it holds no account data, so it is not a
// userRoute()/publicRoute() handler.
const serwist = createSerwistRoute({
  swSrc: 'app/sw.ts',
  useNativeEsbuild: true,
  // A classic script (not a module worker) for the browsers that lack those, and no source map to serve.
  esbuildOptions: { format: 'iife', sourcemap: false },
});

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = false;
export const generateStaticParams = serwist.generateStaticParams;
export const GET = serwist.GET;
