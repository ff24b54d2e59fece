import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { createSchemaFactory } from 'drizzle-zod';
import { z } from 'zod';
import {
  customFactors,
  customFactorValues,
  dailyFactors,
  episodes,
  EXPERIMENT_STATUSES,
  experimentAdherence,
  experimentPauses,
  experiments,
  irlsScores,
  medicationDoses,
  medications,
  nightCheckins,
  reportProfiles,
  routines,
  routineSteps,
  stretches,
  stretchSessions,
} from '@/db/schema';

/**
 * One account's data as a versioned document: the export, the import, the demo seed and the
 * tests share it. Rows are the schema's own (drizzle-zod derives them), less `user_id`, which the
 * importing account supplies. Sign-in material (password, sessions, two-factor) and share links
 * stay behind: they belong to an account, not to its data.
 */
export const SNAPSHOT_FORMAT = 'stillnight-account';
export const SNAPSHOT_VERSION = 1;
export { MAX_SNAPSHOT_BYTES } from './snapshot-limits';

// Timestamps travel as ISO strings and come back as Dates.
const { createInsertSchema } = createSchemaFactory({ coerce: { date: true } });

const isoDate = z.iso.date({ message: 'Use a date as YYYY-MM-DD.' });
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'Use a time as HH:MM.');

/** Date and time columns checked as such (drizzle-zod reads them as any string). */
function calendarColumns(table: PgTable): Record<string, z.ZodType> {
  const out: Record<string, z.ZodType> = {};
  for (const column of getTableConfig(table).columns) {
    const key = Object.entries(table).find(([, value]) => value === column)?.[0];
    if (!key) continue;
    const base = column.columnType === 'PgDateString' ? isoDate : column.columnType === 'PgTime' ? clockTime : undefined;
    if (base) out[key] = column.notNull ? base : base.nullable().optional();
  }
  return out;
}

function rows<T extends PgTable>(table: T) {
  const schema = createInsertSchema(table);
  // The refinements narrow strings at run time; the static row type stays drizzle-zod's.
  return schema.extend(calendarColumns(table)) as unknown as typeof schema;
}

const tableSchemas = {
  stretches: rows(stretches).omit({ userId: true }),
  routines: rows(routines).omit({ userId: true }),
  routineSteps: rows(routineSteps).omit({ userId: true }),
  customFactors: rows(customFactors).omit({ userId: true }),
  medications: rows(medications).omit({ userId: true }),
  experiments: rows(experiments).omit({ userId: true }).extend({ status: z.enum(EXPERIMENT_STATUSES).optional() }),
  nightCheckins: rows(nightCheckins).omit({ userId: true }),
  episodes: rows(episodes).omit({ userId: true }),
  stretchSessions: rows(stretchSessions).omit({ userId: true }),
  dailyFactors: rows(dailyFactors).omit({ userId: true }),
  customFactorValues: rows(customFactorValues).omit({ userId: true }),
  medicationDoses: rows(medicationDoses).omit({ userId: true }),
  irlsScores: rows(irlsScores).omit({ userId: true }),
  experimentPauses: rows(experimentPauses).omit({ userId: true }),
  experimentAdherence: rows(experimentAdherence).omit({ userId: true }),
};

/** The tables of a snapshot, parents before the rows that point at them (the order of an import). */
export const SNAPSHOT_TABLES = Object.keys(tableSchemas) as SnapshotTable[];
export type SnapshotTable = keyof typeof tableSchemas;
export type SnapshotRow<T extends SnapshotTable> = z.infer<(typeof tableSchemas)[T]>;
export type SnapshotTables = { [T in SnapshotTable]: SnapshotRow<T>[] };

export const accountSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  exportedAt: z.coerce.date(),
  account: z.object({
    displayName: z.string().trim().min(1).max(80),
    timeZone: z.string().refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'Not a time zone.'),
  }),
  reportProfile: rows(reportProfiles).omit({ userId: true }).nullable(),
  tables: z.object(Object.fromEntries(Object.entries(tableSchemas).map(([name, schema]) => [name, z.array(schema)])) as {
    [T in SnapshotTable]: z.ZodArray<(typeof tableSchemas)[T]>;
  }),
});
export type AccountSnapshot = z.infer<typeof accountSnapshotSchema>;

export type SnapshotParse = { ok: true; snapshot: AccountSnapshot } | { ok: false; message: string };

/** Reads an uploaded document, explaining in one sentence what is wrong with it when it is refused. */
export function parseSnapshot(raw: unknown): SnapshotParse {
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!head.success || head.data.format !== SNAPSHOT_FORMAT) {
    return { ok: false, message: 'This file is not a Stillnight export.' };
  }
  if (head.data.version !== SNAPSHOT_VERSION) {
    return {
      ok: false,
      message: `This export is version ${head.data.version}; this app reads version ${SNAPSHOT_VERSION}. Nothing was imported.`,
    };
  }
  const parsed = accountSnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`)
      .join('; ');
    return { ok: false, message: `This export is damaged or incomplete (${where}). Nothing was imported.` };
  }
  return { ok: true, snapshot: parsed.data };
}

/** The number of rows in each table of a snapshot. */
export function snapshotCounts(snapshot: Pick<AccountSnapshot, 'tables'>): Record<SnapshotTable, number> {
  return Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, snapshot.tables[t].length])) as Record<SnapshotTable, number>;
}
