// Draws the app icons (public/icons/*.png) from one SVG, rendered by Chromium. Run once after a
// design change: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const BACKGROUND = '#0d111c';
const MOON = '#7dd3c0';

/** A crescent moon on the night background. `safe` is the share of the side the drawing may use. */
function svg(size: number, safe: number): string {
  const r = (size * safe) / 2 - size * 0.02;
  const c = size / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <defs><mask id="m"><rect width="${size}" height="${size}" fill="white"/><circle cx="${c + r * 0.45}" cy="${c - r * 0.3}" r="${r * 0.82}" fill="black"/></mask></defs>
  <rect width="${size}" height="${size}" fill="${BACKGROUND}"/>
  <circle cx="${c}" cy="${c}" r="${r * 0.78}" fill="${MOON}" mask="url(#m)"/>
  <circle cx="${c + r * 0.55}" cy="${c + r * 0.35}" r="${size * 0.018}" fill="${MOON}"/>
  <circle cx="${c + r * 0.25}" cy="${c + r * 0.62}" r="${size * 0.012}" fill="${MOON}"/>
</svg>`;
}

// Maskable icons may be cropped to a circle of 80% of the side: the drawing stays inside it.
const icons = [
  { file: 'icon-192.png', size: 192, safe: 0.95 },
  { file: 'icon-512.png', size: 512, safe: 0.95 },
  { file: 'maskable-512.png', size: 512, safe: 0.7 },
  { file: 'apple-touch-icon.png', size: 180, safe: 0.9 },
];

const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
mkdirSync('public/icons', { recursive: true });
for (const { file, size, safe } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0">${svg(size, safe)}</body></html>`);
  await page.screenshot({ path: `public/icons/${file}`, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
}
await browser.close();
console.log(`Wrote ${icons.length} icons to public/icons/`);
