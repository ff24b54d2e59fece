/** The largest export file the import reads (a five-year account's is far smaller: bench/README.md). Free of zod and drizzle, for the browser. */
export const MAX_SNAPSHOT_BYTES = 40 * 1024 * 1024;
