import './zod-config';
import { z } from 'zod';
import { timeZoneSchema } from './common';

export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address')
  .max(254, 'That email address is too long')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com' }));

export const COMMON_PASSWORD_MESSAGE =
  'This is one of the most common passwords, which are tried first. Choose another: a few unrelated words work well.';

// OWASP ASVS: length is what counts; no composition rules, long passphrases welcome, never truncated;
// the most common passwords refused. That list is large, so only the server checks it (a lazy import
// the browser never loads): parse with `safeParseAsync`.
export const newPasswordSchema = z
  .string({ error: 'Choose a password' })
  .min(8, 'Use at least 8 characters')
  .max(1024, 'Use at most 1024 characters')
  .refine(
    async (password) =>
      typeof window !== 'undefined' || !(await import('./common-passwords')).isCommonPassword(password),
    COMMON_PASSWORD_MESSAGE,
  );

export const displayNameSchema = z
  .string({ error: 'Enter a name' })
  .trim()
  .min(1, 'Enter a name to show in the app and on reports')
  .max(80, 'Use at most 80 characters');

export const signUpSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  timeZone: timeZoneSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(1024),
  /** The two-factor code (or a recovery code), on the second step for accounts that have it. */
  code: z.string().trim().max(64).optional(),
});

export const settingsSchema = z.object({
  displayName: displayNameSchema,
  timeZone: timeZoneSchema,
});
export type SettingsInput = z.infer<typeof settingsSchema>;

const passwordCheckSchema = (message: string) => z.string({ error: message }).min(1, message).max(1024, message);

export const changePasswordSchema = z.object({
  currentPassword: passwordCheckSchema('Enter your current password'),
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({
  password: passwordCheckSchema('Enter your password to confirm'),
});

export const sessionIdSchema = z.object({ sessionId: z.uuid({ error: 'That session was not found' }) });
