import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nightOf } from '@/lib/nights';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { getCheckin, saveCheckin } from './checkins';
import { deleteEpisode, endEpisode, getEpisode, getRunningEpisode, saveEpisode, startEpisode } from './episodes';
import { listNightRecords } from './night-records';
import { getNightDetail } from './nights';
import { createUser, deleteUser } from './users';

const tz = 'Europe/Berlin';
const newUser = async () =>
  (await createUser({
    account: { email: `e-${randomUUID()}@example.com`, passwordHash: 'x', displayName: 'E', timeZone: tz },
  }))!;
const details = { bodyAreas: ['left_leg'], sensations: ['urge'], reliefs: ['walking'], notes: '' };

describe.each(testDatabaseKinds)('episode and night queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('stores a create sent twice once, and a second start resumes the running episode', async () => {
    const user = await newUser();
    const startedAt = new Date('2026-11-29T22:10:00Z');
    const episode = { id: randomUUID(), startedAt, nightOf: nightOf(startedAt, tz) };
    const first = await startEpisode({ userId: user.id, episode });
    const retry = await startEpisode({ userId: user.id, episode });
    expect(retry?.episode.id).toBe(first?.episode.id);
    const other = await startEpisode({ userId: user.id, episode: { ...episode, id: randomUUID() } });
    expect(other).toMatchObject({ resumed: true, episode: { id: episode.id } });

    const ended = await endEpisode({ userId: user.id, end: { id: episode.id, endedAt: new Date('2026-11-29T23:00:00Z'), severity: 6 } });
    const endedAgain = await endEpisode({ userId: user.id, end: { id: episode.id, endedAt: new Date('2026-11-29T23:30:00Z'), severity: 9 } });
    expect(ended?.severity).toBe(6);
    expect(endedAgain?.endedAt?.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(await getRunningEpisode({ userId: user.id })).toBeUndefined();
  });

  it('attributes an after-midnight episode to the evening it began', async () => {
    const user = await newUser();
    const startedAt = new Date('2026-03-29T00:30:00Z'); // 01:30 local, the spring-forward night
    const saved = await saveEpisode({
      userId: user.id,
      episode: { id: randomUUID(), startedAt, endedAt: new Date('2026-03-29T01:30:00Z'), severity: 4, nightOf: nightOf(startedAt, tz), ...details },
    });
    expect(saved?.nightOf).toBe('2026-03-28');
  });

  it('never lets one user read, edit or delete another user’s episode', async () => {
    const owner = await newUser();
    const intruder = await newUser();
    const id = randomUUID();
    const startedAt = new Date('2026-11-20T21:00:00Z');
    const row = { id, startedAt, endedAt: new Date('2026-11-20T21:30:00Z'), severity: 5, nightOf: '2026-11-20', ...details };
    await saveEpisode({ userId: owner.id, episode: row });
    expect(await getEpisode({ userId: intruder.id, id })).toBeUndefined();
    expect(await saveEpisode({ userId: intruder.id, episode: { ...row, severity: 0 } })).toBeUndefined();
    expect(await deleteEpisode({ userId: intruder.id, id })).toBeUndefined();
    expect((await getEpisode({ userId: owner.id, id }))?.severity).toBe(5);
    expect(await startEpisode({ userId: intruder.id, episode: { id, startedAt, nightOf: '2026-11-20' } })).toBeUndefined();
  });

  it('keeps one check-in per night and summarises the three night states', async () => {
    const user = await newUser();
    const base = { bedtime: null, wakeTime: null, hoursSlept: null, awakenings: null, sleepQuality: null };
    await saveCheckin({ userId: user.id, checkin: { id: randomUUID(), nightOf: '2026-11-01', hadSymptoms: false, ...base } });
    await saveCheckin({ userId: user.id, checkin: { id: randomUUID(), nightOf: '2026-11-01', hadSymptoms: false, ...base, hoursSlept: 7.5 } });
    expect((await getCheckin({ userId: user.id, nightOf: '2026-11-01' }))?.hoursSlept).toBe(7.5);
    const startedAt = new Date('2026-11-02T22:00:00Z');
    await saveEpisode({
      userId: user.id,
      episode: { id: randomUUID(), startedAt, endedAt: new Date('2026-11-02T22:20:00Z'), severity: 7, nightOf: '2026-11-02', ...details },
    });
    const nights = await listNightRecords({ userId: user.id, timeZone: 'UTC', from: '2026-11-01', to: '2026-11-03' });
    expect(nights.map((n) => [n.status, n.worstSeverity])).toEqual([
      ['symptom_free', 0],
      ['episodes', 7],
      ['unknown', null],
    ]);
    const detail = await getNightDetail({ userId: user.id, timeZone: 'UTC', nightOf: '2026-11-02' });
    expect(detail.episodes).toHaveLength(1);
    // The one night read with its details is the record the period read gives; 22:00 UTC is 10 h after noon.
    expect(detail.record).toEqual(nights[1]);
    expect(detail.record.firstOnset).toBe(600);
  });

  it('refuses a check-in id that belongs to another user', async () => {
    const owner = await newUser();
    const intruder = await newUser();
    const id = randomUUID();
    const base = { bedtime: null, wakeTime: null, hoursSlept: null, awakenings: null, sleepQuality: null };
    await saveCheckin({ userId: owner.id, checkin: { id, nightOf: '2026-11-05', hadSymptoms: false, ...base } });
    expect(await saveCheckin({ userId: intruder.id, checkin: { id, nightOf: '2026-11-06', hadSymptoms: true, ...base } })).toBeUndefined();
  });

  it('gives a new row to the user’s own check-in id reused for another night', async () => {
    const user = await newUser();
    const id = randomUUID();
    const base = { bedtime: null, wakeTime: null, hoursSlept: null, awakenings: null, sleepQuality: null };
    await saveCheckin({ userId: user.id, checkin: { id, nightOf: '2026-11-07', hadSymptoms: false, ...base } });
    const second = await saveCheckin({ userId: user.id, checkin: { id, nightOf: '2026-11-08', hadSymptoms: true, ...base } });
    expect(second?.id).not.toBe(id);
    expect((await getCheckin({ userId: user.id, nightOf: '2026-11-07' }))?.hadSymptoms).toBe(false);
    expect((await getCheckin({ userId: user.id, nightOf: '2026-11-08' }))?.hadSymptoms).toBe(true);
  });

  it('deletes a user’s nights with the user', async () => {
    const user = await newUser();
    const startedAt = new Date('2026-11-10T21:00:00Z');
    const id = randomUUID();
    await saveEpisode({ userId: user.id, episode: { id, startedAt, endedAt: new Date('2026-11-10T22:00:00Z'), severity: 3, nightOf: '2026-11-10', ...details } });
    await deleteUser({ userId: user.id });
    expect(await getEpisode({ userId: user.id, id })).toBeUndefined();
  });
});
