import { importAccount } from '@/db/queries/account-snapshot';
import { MAX_SNAPSHOT_BYTES, parseSnapshot } from '@/lib/account/snapshot';
import { RouteError, userRoute } from '@/lib/auth/route';
import { importRequestSchema } from '@/lib/validation/account-data';

/**
 * Loads an export into the signed-in account in one transaction: a refused file changes nothing.
 * An account with data takes it only when the person chose to merge.
 */
export const POST = userRoute({ input: importRequestSchema, maxBytes: MAX_SNAPSHOT_BYTES }, async ({ input, user }) => {
  const parsed = parseSnapshot(input.snapshot);
  if (!parsed.ok) throw new RouteError(422, parsed.message);
  const result = await importAccount({ userId: user.id, snapshot: parsed.snapshot, mode: input.mode });
  return result;
});
