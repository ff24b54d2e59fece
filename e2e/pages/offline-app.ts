import { expect, type Page } from '@playwright/test';

const PAGE_CACHE_PREFIX = 'stillnight-pages-';

/** The installed-app side of Stillnight: its service worker and the pages it keeps for offline use. */
export class OfflineApp {
  constructor(private readonly page: Page) {}

  /** Waits until the service worker controls this page and holds the account's copies of `paths`. */
  async waitUntilReady(paths: string[]) {
    const controlled = () => this.page.evaluate(() => navigator.serviceWorker.controller !== null);
    // The first install precaches every built file (about 2 MB). On a loaded CI machine it has now and
    // then not taken control of the first page within a minute; a browser retries at the next load, so
    // the test does too, once, and says so (the offline behaviour below is what is under test).
    try {
      await expect.poll(controlled, { timeout: 30_000 }).toBe(true);
    } catch {
      console.warn('service worker: no control of the first page after 30 s; reloading once');
      await this.page.reload();
      await expect.poll(controlled, { timeout: 60_000 }).toBe(true);
    }
    await expect.poll(() => this.cachedPages(), { timeout: 30_000 }).toEqual(expect.arrayContaining(paths));
  }

  /** Waits until some kept page's path matches `pattern` (e.g. a routine player, whose id the test does not know). */
  async waitUntilKept(pattern: RegExp) {
    await expect.poll(async () => (await this.cachedPages()).some((p) => pattern.test(p)), { timeout: 30_000 }).toBe(true);
  }

  /** The paths of every signed-in page kept in Cache Storage on this device (any account). */
  cachedPages(): Promise<string[]> {
    return this.page.evaluate(async (prefix) => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        if (!name.startsWith(prefix)) continue;
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      }
      return paths.filter((p) => !p.startsWith('/__stillnight/'));
    }, PAGE_CACHE_PREFIX);
  }

  pageCacheNames(): Promise<string[]> {
    return this.page.evaluate(async (prefix) => (await caches.keys()).filter((n) => n.startsWith(prefix)), PAGE_CACHE_PREFIX);
  }

  /** The entries waiting on this device (the offline outbox in local storage). */
  queuedEntries(): Promise<unknown[]> {
    return this.page.evaluate(() => JSON.parse(localStorage.getItem('stillnight-outbox') ?? '[]') as unknown[]);
  }

  offlineNotice() {
    return this.page.getByRole('heading', { name: 'You are offline' });
  }
}
