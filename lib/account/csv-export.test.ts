import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { demoExperiments, demoRoutineOn } from '../demo/experiments';
import { generateDemoData } from '../demo/generate';
import { demoSnapshot } from '../demo/snapshot';
import { exportFileName, snapshotCsvZip } from './csv-export';
import { SNAPSHOT_TABLES } from './snapshot';

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const today = '2026-03-01';
const plans = demoExperiments(today, newId);
const data = generateDemoData({ today, timeZone: 'Europe/Berlin', nights: 30, newId, routineOn: demoRoutineOn(plans) });
const snapshot = demoSnapshot({ data, experiments: plans, displayName: 'Zoë ≥ 1', newId, exportedAt: new Date('2026-03-01T08:00:00Z') });

const files = unzipSync(snapshotCsvZip(snapshot));
const lines = (name: string) => strFromU8(files[name]!).replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('the CSV export', () => {
  it('has one file per table, each with a header row and a line per row', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['account.csv', 'report_profile.csv', ...SNAPSHOT_TABLES.map((t) => `${t.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}.csv`)].sort(),
    );
    for (const table of SNAPSHOT_TABLES) {
      const name = `${table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}.csv`;
      expect(lines(name).length, name).toBe(snapshot.tables[table].length + 1);
    }
    expect(lines('report_profile.csv')).toEqual(['report_name,date_of_birth,questions,updated_at']);
  });

  it('writes UTF-8 with a byte-order mark, ISO instants and dates, lists joined by "; "', () => {
    expect(files['account.csv']!.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(lines('account.csv')).toEqual(['display_name,time_zone,exported_at,version', 'Zoë ≥ 1,Europe/Berlin,2026-03-01T08:00:00.000Z,1']);
    const [header, first] = lines('episodes.csv');
    const columns = header!.split(',');
    expect(columns.slice(0, 4)).toEqual(['id', 'night_of', 'started_at', 'ended_at']);
    const episode = snapshot.tables.episodes[0]!;
    expect(first).toContain(`${episode.id},${episode.nightOf},${episode.startedAt.toISOString()}`);
    expect(episode.bodyAreas!.length).toBeGreaterThan(0);
    expect(first).toContain(`,${episode.bodyAreas!.join('; ')},`);
  });

  it('names the download by the export date only', () => {
    expect(exportFileName(snapshot, 'zip')).toBe('stillnight-export-2026-03-01.zip');
  });
});
