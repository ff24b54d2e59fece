import type { TestInfo } from '@playwright/test';

// The viewports this server's run covers, as scripts/e2e.ts lays them out (both when run by hand).
const runProjects = (process.env.E2E_PROJECTS ?? 'phone,desktop').split(',');

/** For a test that needs one run per server (it changes the shared demo, or sends plain HTTP): the run's first viewport. */
export function isOneRunPerServer(testInfo: TestInfo): boolean {
  return testInfo.project.name === runProjects[0];
}
