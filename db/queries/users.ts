import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAIL } from '@/lib/demo/account';
import { STRETCH_CATALOG } from '@/lib/stretches/catalog';
import { getDb } from '../client';
import { stretches, users, type User } from '../schema';
import { forgetSignInAttempts } from './sign-in-attempts';

export type NewAccount = { email: string; passwordHash: string; displayName: string; timeZone: string };

/** Creates the user with their own copy of the stretch catalog; null when the email is taken. */
export async function createUser({ account }: { account: NewAccount }): Promise<User | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ ...account, email: account.email.toLowerCase() })
      .onConflictDoNothing()
      .returning();
    if (!user) return null;
    await tx.insert(stretches).values(
      STRETCH_CATALOG.map((s) => ({
        id: randomUUID(),
        userId: user.id,
        builtinKey: s.key,
        name: s.name,
        instructions: s.instructions,
        defaultHoldSeconds: s.defaultHoldSeconds,
        perSide: s.perSide,
      })),
    );
    return user;
  });
}

export async function findUserByEmail({ email }: { email: string }): Promise<User | undefined> {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return user;
}

/** Whether any account exists yet (a fresh development database has none). */
export async function anyUserExists(): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return row !== undefined;
}

export async function demoAccountExists(): Promise<boolean> {
  return (await findUserByEmail({ email: DEMO_EMAIL })) !== undefined;
}

export async function getUser({ userId }: { userId: string }): Promise<User | undefined> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return user;
}

export async function updateUserSettings({
  userId,
  settings,
}: {
  userId: string;
  settings: { displayName: string; timeZone: string };
}): Promise<void> {
  const db = await getDb();
  await db.update(users).set(settings).where(eq(users.id, userId));
}

export async function updatePasswordHash({ userId, passwordHash }: { userId: string; passwordHash: string }): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** Deletes the account; every row it owns goes with it (each table's user_id cascades). */
export async function deleteUser({ userId }: { userId: string }): Promise<void> {
  const db = await getDb();
  await db.delete(users).where(eq(users.id, userId));
}

/** "Delete my account": the user and every row they own, and the sign-in attempts kept for their email. */
export async function deleteAccount({ userId, email }: { userId: string; email: string }): Promise<void> {
  await deleteUser({ userId });
  await forgetSignInAttempts({ email });
}
