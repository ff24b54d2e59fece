/** Error codes `authorize` throws after a right password; the sign-in form reads them (so no server code here). */
export const twoFactorErrors = { required: 'TwoFactorRequired', invalid: 'TwoFactorInvalid' } as const;

export const TWO_FACTOR_INVALID_MESSAGE =
  'That code did not work. Enter the current 6-digit code from your authenticator app, or an unused recovery code.';
