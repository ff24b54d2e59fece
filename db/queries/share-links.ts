import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { hashShareToken, isShareTokenShaped, newShareToken } from '@/lib/share/token';
import { getDb } from '../client';
import { shareLinks, users, type ShareLink } from '../schema';

const DAY_MS = 86_400_000;

/** A new link to the report of [from, to], valid for `days`; the token is returned once and kept only as a hash. */
export async function createShareLink({
  userId,
  id = randomUUID(),
  from,
  to,
  days,
  now = new Date(),
}: {
  userId: string;
  id?: string;
  from: string;
  to: string;
  days: number;
  now?: Date;
}): Promise<{ id: string; token: string; expiresAt: Date }> {
  const db = await getDb();
  const token = newShareToken();
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  await db.insert(shareLinks).values({ id, userId, tokenHash: hashShareToken(token), periodFrom: from, periodTo: to, createdAt: now, expiresAt });
  return { id, token, expiresAt };
}

export type ShareLinkListing = Pick<ShareLink, 'id' | 'periodFrom' | 'periodTo' | 'createdAt' | 'expiresAt' | 'revokedAt' | 'lastOpenedAt'>;

export async function listShareLinks({ userId }: { userId: string }): Promise<ShareLinkListing[]> {
  const db = await getDb();
  return db
    .select({
      id: shareLinks.id,
      periodFrom: shareLinks.periodFrom,
      periodTo: shareLinks.periodTo,
      createdAt: shareLinks.createdAt,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
      lastOpenedAt: shareLinks.lastOpenedAt,
    })
    .from(shareLinks)
    .where(eq(shareLinks.userId, userId))
    .orderBy(desc(shareLinks.createdAt));
}

/** Revokes one of the user's links; false when it is not theirs or already revoked. */
export async function revokeShareLink({ userId, id, now = new Date() }: { userId: string; id: string; now?: Date }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(shareLinks)
    .set({ revokedAt: now })
    .where(and(eq(shareLinks.userId, userId), eq(shareLinks.id, id), isNull(shareLinks.revokedAt)))
    .returning({ id: shareLinks.id });
  return rows.length > 0;
}

export type OpenedShare = { period: { from: string; to: string }; owner: { id: string; displayName: string; timeZone: string } };

/**
 * The period and owner behind a token that is live (not revoked, not expired), noting when it was
 * opened; undefined for anything else, whatever the reason, so every refusal looks the same.
 */
export async function openShareLink({ token, now = new Date() }: { token: string; now?: Date }): Promise<OpenedShare | undefined> {
  if (!isShareTokenShaped(token)) return undefined;
  const db = await getDb();
  const [row] = await db
    .update(shareLinks)
    .set({ lastOpenedAt: now })
    .where(and(eq(shareLinks.tokenHash, hashShareToken(token)), isNull(shareLinks.revokedAt), gt(shareLinks.expiresAt, now)))
    .returning({ userId: shareLinks.userId, from: shareLinks.periodFrom, to: shareLinks.periodTo });
  if (!row) return undefined;
  const [owner] = await db
    .select({ id: users.id, displayName: users.displayName, timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, row.userId));
  return owner ? { period: { from: row.from, to: row.to }, owner } : undefined;
}
