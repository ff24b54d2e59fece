import { randomUUID } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { episodes, nightCheckins } from '@/db/schema';
import { createUser } from '@/db/queries/users';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '@/db/testing/databases';
import { addDays, lastNightOf, wallTimeToInstant } from '@/lib/nights';
import { TrendsSummaryCard } from './trends-summary-card';

const tz = 'Europe/Berlin';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe.each(testDatabaseKinds)('TrendsSummaryCard on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('compares the last 4 weeks with the 4 before, in arrows and words', async () => {
    const user = (await createUser({ account: { email: `c-${randomUUID()}@example.com`, passwordHash: 'x', displayName: 'C', timeZone: tz } }))!;
    const last = lastNightOf(new Date(), tz);
    // Before: 14 logged nights, 7 with episodes of severity 6. Last 4 weeks: 20 logged, 5 with severity 4.
    const plan: { night: string; severity: number | null }[] = [];
    for (let i = 0; i < 14; i++) plan.push({ night: addDays(last, -55 + i), severity: i % 2 === 0 ? 6 : null });
    for (let i = 0; i < 20; i++) plan.push({ night: addDays(last, -27 + i), severity: i < 5 ? 4 : null });
    await test.handle.db.insert(nightCheckins).values(
      plan.filter((p) => p.severity === null).map((p) => ({ id: randomUUID(), userId: user.id, nightOf: p.night, hadSymptoms: false })),
    );
    await test.handle.db.insert(episodes).values(
      plan
        .filter((p) => p.severity !== null)
        .map((p) => {
          const startedAt = wallTimeToInstant(`${p.night}T23:00`, tz);
          return { id: randomUUID(), userId: user.id, nightOf: p.night, startedAt, endedAt: new Date(startedAt.getTime() + 600_000), severity: p.severity };
        }),
    );

    const markup = renderToStaticMarkup(await TrendsSummaryCard({ userId: user.id, timeZone: tz }));
    const html = text(markup);
    // 7 × 5/20 = 1.75, shown 1.8; 7 × 7/14 = 3.5 before; the difference is of the shown figures.
    // Mean worst severity: (5·4 + 15·0)/20 = 1.0 now, (7·6 + 7·0)/14 = 3.0 before.
    expect(html).toContain('Nights with episodes per week 1.8 ↓ down 1.7 from 3.5 in the 4 weeks before');
    expect(html).toContain('Mean worst severity (0–10) 1.0 ↓ down 2.0 from 3.0 in the 4 weeks before');
    expect(html).toContain('20 of 28 nights logged.');
    expect(markup).toContain('href="/insights?period=4w"');
  });

  it('invites logging when the last 4 weeks are empty', async () => {
    const user = (await createUser({ account: { email: `c-${randomUUID()}@example.com`, passwordHash: 'x', displayName: 'C', timeZone: tz } }))!;
    const html = text(renderToStaticMarkup(await TrendsSummaryCard({ userId: user.id, timeZone: tz })));
    expect(html).toContain('Log a few nights');
    expect(html).not.toContain('↓');
  });
});
