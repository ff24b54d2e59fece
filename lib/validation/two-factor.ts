import { z } from 'zod';

export const confirmTwoFactorSchema = z.object({
  code: z
    .string({ error: 'Enter the 6-digit code from your authenticator app' })
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app')),
});

export const disableTwoFactorSchema = z.object({
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(1024),
});
