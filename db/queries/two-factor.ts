import 'server-only';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import { getDb } from '../client';
import { recoveryCodes, twoFactor, type TwoFactor } from '../schema';

export async function getTwoFactor({ userId }: { userId: string }): Promise<TwoFactor | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(twoFactor).where(eq(twoFactor.userId, userId)).limit(1);
  return row;
}

/** Two-factor sign-in for settings: whether it is on and how many recovery codes are left. */
export async function twoFactorStatus({ userId }: { userId: string }): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
  const db = await getDb();
  const row = await getTwoFactor({ userId });
  if (!row?.enabledAt) return { enabled: false, recoveryCodesLeft: 0 };
  const [left] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { enabled: true, recoveryCodesLeft: left?.n ?? 0 };
}

/** Keeps a new secret awaiting its first code; false (nothing changed) when two-factor is already on. */
export async function startTwoFactorSetup({ userId, secretEncrypted }: { userId: string; secretEncrypted: string }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .insert(twoFactor)
    .values({ userId, secretEncrypted })
    .onConflictDoUpdate({ target: twoFactor.userId, set: { secretEncrypted, lastUsedStep: null }, setWhere: isNull(twoFactor.enabledAt) })
    .returning({ userId: twoFactor.userId });
  return rows.length === 1;
}

/** Turns on the pending set-up with its first code's step and new recovery codes; false if none was pending. */
export async function enableTwoFactor({
  userId,
  step,
  recoveryCodeHashes,
  now = new Date(),
}: {
  userId: string;
  step: number;
  recoveryCodeHashes: string[];
  now?: Date;
}): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(twoFactor)
      .set({ enabledAt: now, lastUsedStep: step })
      .where(and(eq(twoFactor.userId, userId), isNull(twoFactor.enabledAt)))
      .returning({ userId: twoFactor.userId });
    if (rows.length === 0) return false;
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(recoveryCodeHashes.map((codeHash) => ({ userId, codeHash })));
    return true;
  });
}

/** Records a code's time step as used; false when that step (or a later one) was used already. */
export async function claimTotpStep({ userId, step }: { userId: string; step: number }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(twoFactor)
    .set({ lastUsedStep: step })
    .where(and(eq(twoFactor.userId, userId), or(isNull(twoFactor.lastUsedStep), lt(twoFactor.lastUsedStep, step))))
    .returning({ userId: twoFactor.userId });
  return rows.length === 1;
}

/** Spends a recovery code; false when it is not one of the user's or was used before. */
export async function spendRecoveryCode({ userId, codeHash, now = new Date() }: { userId: string; codeHash: string; now?: Date }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function disableTwoFactor({ userId }: { userId: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(twoFactor).where(eq(twoFactor.userId, userId));
  });
}
