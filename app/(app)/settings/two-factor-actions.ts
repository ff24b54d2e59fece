'use server';

import QRCode from 'qrcode';
import { z } from 'zod';
import { disableTwoFactor, enableTwoFactor, getTwoFactor, startTwoFactorSetup } from '@/db/queries/two-factor';
import { ActionError, userAction } from '@/lib/auth/action';
import { confirmPassword } from '@/lib/auth/confirm-password';
import { getAuthSecret } from '@/lib/auth/secret';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  groupedSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
  verifyTotp,
} from '@/lib/auth/two-factor';
import { confirmTwoFactorSchema, disableTwoFactorSchema } from '@/lib/validation/two-factor';

/** A new secret awaiting confirmation: its QR code (an SVG drawn here) and the same secret as text. */
export const beginTwoFactorSetup = userAction(z.object({}), async (_input, user) => {
  const secret = newTotpSecret();
  if (!(await startTwoFactorSetup({ userId: user.id, secretEncrypted: encryptTotpSecret(secret, getAuthSecret()) }))) {
    throw new ActionError('Two-factor sign-in is already on.');
  }
  const qrSvg = await QRCode.toString(totpUri(secret, user.email), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { qrSvg, secret: groupedSecret(secret) };
});

/** Turns two-factor on with the first code; the recovery codes are returned this once and kept only hashed. */
export const confirmTwoFactorSetup = userAction(confirmTwoFactorSchema, async ({ code }, user) => {
  const pending = await getTwoFactor({ userId: user.id });
  if (!pending || pending.enabledAt) throw new ActionError('Start the set-up again: no set-up is waiting for a code.');
  const secret = decryptTotpSecret(pending.secretEncrypted, getAuthSecret());
  const step = secret === undefined ? undefined : verifyTotp({ secret, code, now: new Date() });
  if (step === undefined) {
    throw new ActionError('Please check the highlighted fields.', {
      code: ['That code did not match. Enter the code your app shows now (it changes every 30 seconds).'],
    });
  }
  const codes = newRecoveryCodes();
  if (!(await enableTwoFactor({ userId: user.id, step, recoveryCodeHashes: codes.map(hashRecoveryCode) }))) {
    throw new ActionError('Two-factor sign-in is already on.');
  }
  return { recoveryCodes: codes };
});

/** Needs the password (checked under the sign-in limits). */
export const turnOffTwoFactor = userAction(disableTwoFactorSchema, async ({ password }, user) => {
  await confirmPassword({ userId: user.id, password, field: 'password' });
  await disableTwoFactor({ userId: user.id });
  return null;
});
