import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL } from '@/lib/demo/account';
import { nightOf } from '@/lib/nights';
import { anyUserExists, demoAccountExists } from './queries/users';
import { episodes, nightCheckins, routines, stretchSessions, users } from './schema';
import { seedDemoAccount } from './seed';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from './testing/databases';

const TODAY = '2025-06-15';

describe.each(testDatabaseKinds)('demo seeding on %s', (kind) => {
  let test: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('creates the demo account once, however often it runs', async () => {
    expect(await anyUserExists()).toBe(false);
    expect(await demoAccountExists()).toBe(false);
    const first = await seedDemoAccount({ today: TODAY });
    const second = await seedDemoAccount({ today: TODAY });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, userId: first.userId });
    expect(await demoAccountExists()).toBe(true);
    expect(await anyUserExists()).toBe(true);
    const accounts = await test.handle.db.select().from(users).where(eq(users.email, DEMO_EMAIL));
    expect(accounts).toHaveLength(1);
    const [{ count }] = await test.handle.db
      .select({ count: sql<number>`count(*)::int` })
      .from(episodes)
      .where(eq(episodes.userId, first.userId)) as [{ count: number }];
    expect(count).toBe(first.counts!.episodes);
    userId = first.userId;
  });

  it('stores nights that reproduce the planted routine effect', async () => {
    const db = test.handle.db;
    const worst = new Map<string, number>();
    const checkins = await db.select().from(nightCheckins).where(eq(nightCheckins.userId, userId));
    for (const c of checkins) if (!c.hadSymptoms) worst.set(c.nightOf, 0);
    const rows = await db.select().from(episodes).where(eq(episodes.userId, userId));
    for (const e of rows) worst.set(e.nightOf, Math.max(worst.get(e.nightOf) ?? 0, e.severity!));
    const [routine] = await db.select().from(routines).where(eq(routines.userId, userId));
    expect(routine!.name).toBe('Bedtime');
    const sessions = await db.select().from(stretchSessions).where(eq(stretchSessions.userId, userId));
    const routineNights = new Set(
      sessions.filter((s) => s.context === 'before_bed' && s.routineId === routine!.id).map((s) => s.nightOf),
    );
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const on = [...worst].filter(([n]) => routineNights.has(n)).map(([, y]) => y);
    const off = [...worst].filter(([n]) => !routineNights.has(n)).map(([, y]) => y);
    expect(on.length).toBeGreaterThan(40);
    expect(off.length).toBeGreaterThan(40);
    expect(Math.abs(mean(on) - mean(off) - -1.5)).toBeLessThanOrEqual(0.5);
    // Every routine step points at the account's own catalog stretch.
    expect(sessions.every((s) => s.stretchId !== null)).toBe(true);
  });

  it('attributes every episode to the night it started in, in the user time zone', async () => {
    const rows = await test.handle.db.select().from(episodes).where(eq(episodes.userId, userId));
    expect(rows.length).toBeGreaterThan(100);
    for (const e of rows) expect(e.nightOf).toBe(nightOf(e.startedAt, 'Europe/Berlin'));
  });
});
