import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_DISPLAY_NAME, DEMO_EMAIL, DEMO_PASSWORD, DEMO_TIME_ZONE } from '@/lib/demo/account';
import { demoExperiments, demoRoutineOn } from '@/lib/demo/experiments';
import { generateDemoData } from '@/lib/demo/generate';
import { demoSnapshot } from '@/lib/demo/snapshot';
import { localDateOf, type CalendarDate } from '@/lib/nights';
import { importAccount } from './queries/account-snapshot';
import { createUser, deleteUser, findUserByEmail } from './queries/users';

export { DEMO_EMAIL, DEMO_PASSWORD };

export type SeedDemoOptions = {
  /** The demo user's local date; the data ends with the night before. Defaults to today. */
  today?: CalendarDate;
  /** Rows after this instant are left out; defaults to now unless `today` is given. */
  now?: Date;
  seed?: number;
  /** How many nights of history; six months by default. */
  nights?: number;
  email?: string;
  timeZone?: string;
};

export type SeedDemoResult = {
  created: boolean;
  userId: string;
  email: string;
  password: string;
  /** Rows stored per table, when created. */
  counts?: Record<string, number>;
};

/**
 * Creates the demo account with six months of generated nights. Idempotent: when the account
 * already exists it changes nothing. A failed seed removes the half-made account, so it can be rerun.
 */
export async function seedDemoAccount(options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const email = (options.email ?? DEMO_EMAIL).toLowerCase();
  const timeZone = options.timeZone ?? DEMO_TIME_ZONE;
  const result = (userId: string, created: boolean): SeedDemoResult => ({
    created,
    userId,
    email,
    password: DEMO_PASSWORD,
  });

  const existing = await findUserByEmail({ email });
  if (existing) return result(existing.id, false);
  const user = await createUser({
    account: { email, displayName: DEMO_DISPLAY_NAME, timeZone, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  if (!user) {
    // Created meanwhile by another process.
    const other = await findUserByEmail({ email });
    return result(other!.id, false);
  }

  const now = options.now ?? (options.today ? undefined : new Date());
  const today = options.today ?? localDateOf(now!, timeZone);
  const plans = demoExperiments(today, randomUUID);
  const data = generateDemoData({ today, timeZone, now, seed: options.seed, nights: options.nights, newId: randomUUID, routineOn: demoRoutineOn(plans) });
  const snapshot = demoSnapshot({ data, experiments: plans, displayName: DEMO_DISPLAY_NAME, newId: randomUUID, exportedAt: now ?? new Date() });
  try {
    const { imported } = await importAccount({ userId: user.id, snapshot });
    return { ...result(user.id, true), counts: imported };
  } catch (e) {
    await deleteUser({ userId: user.id });
    throw e;
  }
}
