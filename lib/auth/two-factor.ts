import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
const ISSUER = 'Stillnight';
export const RECOVERY_CODE_COUNT = 10;

function totp(secretBase32: string, label = 'account') {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** A new random 160-bit TOTP secret, in base32 (what authenticator apps accept typed in). */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export const totpUri = (secretBase32: string, email: string) => totp(secretBase32, email).toString();

/** The base32 secret in groups of four, easier to type. */
export const groupedSecret = (secretBase32: string) => secretBase32.match(/.{1,4}/g)!.join(' ');

/** The current code, for tests and nothing else in the app. */
export const totpCodeAt = (secretBase32: string, now: Date) => totp(secretBase32).generate({ timestamp: now.getTime() });

/**
 * The time step a code is valid for (the current one or one either side, for clock drift), or
 * undefined. A step at or before `lastUsedStep` is refused, so a code seen over a shoulder cannot be replayed.
 */
export function verifyTotp({
  secret,
  code,
  now,
  lastUsedStep,
}: {
  secret: string;
  code: string;
  now: Date;
  lastUsedStep?: number | null;
}): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return lastUsedStep != null && step <= lastUsedStep ? undefined : step;
}

// Recovery codes: 10 characters from a 32-letter alphabet without look-alikes (50 bits each), so a
// plain SHA-256 is enough to store them; a slow hash is for guessable secrets like passwords.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

export const hashRecoveryCode = (code: string) => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');

/** Whether what was typed looks like a recovery code rather than a six-digit TOTP code. */
export const looksLikeRecoveryCode = (code: string) => normaliseRecoveryCode(code).length === 10;

// The TOTP secret must be readable by the server (to check codes), so it is encrypted rather than
// hashed: AES-256-GCM with a key derived from NEXTAUTH_SECRET, so a database copy alone does not reveal it.
const keyFrom = (authSecret: string) =>
  Buffer.from(hkdfSync('sha256', authSecret, 'stillnight', 'two-factor secret v1', 32));

export function encryptTotpSecret(secretBase32: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(authSecret), iv);
  const body = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** The secret, or undefined if it was encrypted with another key (NEXTAUTH_SECRET changed) or altered. */
export function decryptTotpSecret(stored: string, authSecret: string): string | undefined {
  const [version, iv, body, tag] = stored.split('.');
  if (version !== 'v1' || !iv || !body || !tag) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(authSecret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
