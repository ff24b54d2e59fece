import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { CurrentUser } from './current-user';

const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('./current-user', () => ({ getCurrentUser: async () => signedIn.user }));

const { userAction } = await import('./action');

const userB: CurrentUser = { id: 'user-b', email: 'b@example.com', displayName: 'B', timeZone: 'UTC', createdAt: new Date() };

describe('userAction and the owner a queued write carries', () => {
  const handler = vi.fn(async (data: { note: string }) => data.note);
  const action = userAction(z.object({ note: z.string() }), handler);

  beforeEach(() => {
    handler.mockClear();
    signedIn.user = userB;
  });

  it('refuses a write made in another account before anything runs', async () => {
    const result = await action({ note: 'from A' }, 'user-a');
    expect(result).toMatchObject({ ok: false, wrongAccount: true });
    expect(handler).not.toHaveBeenCalled();
    // Even invalid input gets the same answer: nothing of it is looked at.
    expect(await action({ note: 1 }, 'user-a')).toMatchObject({ ok: false, wrongAccount: true });
  });

  it("runs a write made in the signed-in user's account, and one that names no account (a form)", async () => {
    expect(await action({ note: 'from B' }, 'user-b')).toEqual({ ok: true, data: 'from B' });
    expect(await action({ note: 'form' })).toEqual({ ok: true, data: 'form' });
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('answers signed out before looking at the owner', async () => {
    signedIn.user = null;
    expect(await action({ note: 'x' }, 'user-a')).toMatchObject({ ok: false, signedOut: true });
    expect(handler).not.toHaveBeenCalled();
  });
});
