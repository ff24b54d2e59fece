import type { TestInfo } from '@playwright/test';

// The viewports this server's run covers, as scripts/e2e.ts lays them out (both when run by hand).
const runProjects = (process.env.E2E_PROJECTS ?? 'phone,desktop').split(',');

/** For a test that needs one run per server (it changes the shared demo, or sends plain HTTP): the run's first viewport. */
export function isOneRunPerServer(testInfo: TestInfo): boolean {
  return testInfo.project.name === runProjects[0];
}

// The databases the suite covers (scripts/e2e.ts sets both when DATABASE_URL is given) and this run's.
const servers = (process.env.E2E_SERVERS ?? process.env.E2E_DATABASE ?? 'pglite').split(',');
const thisServer = process.env.E2E_DATABASE ?? servers[0]!;

/**
 * Work that proves nothing new on a second database (axe on a theme, more junk for the same action):
 * when the suite covers both, each takes its own share, and the whole is still done once.
 */
export function shareOfWork<T>(shares: { postgres: readonly T[]; pglite: readonly T[] }, all: readonly T[]): readonly T[] {
  if (servers.length < 2) return all;
  return thisServer === 'postgres' ? shares.postgres : shares.pglite;
}
