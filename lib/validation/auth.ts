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

// OWASP ASVS: length is what counts; no composition rules, long passphrases welcome, never truncated.
export const newPasswordSchema = z
  .string({ error: 'Choose a password' })
  .min(8, 'Use at least 8 characters')
  .max(1024, 'Use at most 1024 characters');

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
});

export const settingsSchema = z.object({
  displayName: displayNameSchema,
  timeZone: timeZoneSchema,
});
export type SettingsInput = z.infer<typeof settingsSchema>;
