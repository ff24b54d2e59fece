import { z } from 'zod';
import { userRoute } from '@/lib/auth/route';

/**
 * Whether this browser's session is still valid, and for which account: lets a page kept open
 * (the offline queue, the routine player) notice a signed-out or switched account before sending.
 */
export const GET = userRoute({ input: z.object({}) }, async ({ user }) => ({ signedIn: true, userId: user.id }));
