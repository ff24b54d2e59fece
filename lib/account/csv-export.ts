import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { accountSnapshotSchema, SNAPSHOT_TABLES, type AccountSnapshot } from './snapshot';

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A cell as a spreadsheet reads it: ISO instants and dates, lists joined by "; ", nothing for null. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

function csv(columns: string[], rows: Record<string, unknown>[]): Uint8Array {
  const text = stringify(
    rows.map((row) => columns.map((c) => cell(row[c]))),
    { header: true, columns: columns.map(snakeCase), bom: true, record_delimiter: 'windows' },
  );
  return strToU8(text);
}

/**
 * The snapshot as a ZIP of CSV files: one per table with a header row (even when empty), UTF-8
 * with a byte-order mark so spreadsheets read accents and "≥" right.
 */
export function snapshotCsvZip(snapshot: AccountSnapshot): Uint8Array {
  const tableShapes = accountSnapshotSchema.shape.tables.shape;
  const files: Record<string, Uint8Array> = {
    'account.csv': csv(['displayName', 'timeZone', 'exportedAt', 'version'], [
      { ...snapshot.account, exportedAt: snapshot.exportedAt, version: snapshot.version },
    ]),
    'report_profile.csv': csv(
      Object.keys(accountSnapshotSchema.shape.reportProfile.unwrap().shape),
      snapshot.reportProfile ? [snapshot.reportProfile] : [],
    ),
  };
  for (const table of SNAPSHOT_TABLES) {
    const columns = Object.keys(tableShapes[table].element.shape);
    files[`${snakeCase(table)}.csv`] = csv(columns, snapshot.tables[table] as Record<string, unknown>[]);
  }
  return zipSync(files, { level: 6, mtime: snapshot.exportedAt });
}

/** The download's name: the export's date, nothing of its contents. */
export const exportFileName = (snapshot: AccountSnapshot, extension: 'json' | 'zip') =>
  `stillnight-export-${snapshot.exportedAt.toISOString().slice(0, 10)}.${extension}`;
