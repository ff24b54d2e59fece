import { exportAccount } from '@/db/queries/account-snapshot';
import { exportFileName, snapshotCsvZip } from '@/lib/account/csv-export';
import { userRoute } from '@/lib/auth/route';
import { notFoundError } from '@/lib/errors';
import { exportRequestSchema } from '@/lib/validation/account-data';

/** Everything the signed-in user has logged, as the JSON snapshot or a ZIP of CSV files (no-store, never logged). */
export const GET = userRoute({ input: exportRequestSchema }, async ({ input, user }) => {
  const snapshot = await exportAccount({ userId: user.id });
  if (!snapshot) throw notFoundError('Your account');
  const body = input.format === 'json' ? JSON.stringify(snapshot, null, 1) : snapshotCsvZip(snapshot);
  return new Response(body as BodyInit, {
    headers: {
      'Content-Type': input.format === 'json' ? 'application/json; charset=utf-8' : 'application/zip',
      'Content-Disposition': `attachment; filename="${exportFileName(snapshot, input.format)}"`,
    },
  });
});
