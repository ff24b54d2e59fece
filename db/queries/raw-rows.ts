import 'server-only';
import type { SQL } from 'drizzle-orm';
import { getDb } from '../client';

/**
 * Runs a read of many small rows and returns them as the driver parsed them. drizzle's select maps
 * every field of every row through its column decoders (≈ 1.5 µs a field), which for five years
 * of nights cost more than the queries themselves. The SQL must alias and cast every column to
 * the row type (dates ::text, counts ::int), since nothing decodes them afterwards.
 */
export async function selectRows<Row>(query: SQL): Promise<Row[]> {
  const db = await getDb();
  // postgres.js answers with an array of rows, PGlite with { rows }.
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}
