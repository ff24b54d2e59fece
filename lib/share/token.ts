import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe (43 characters): the only copy is the link the owner is shown once. */
export const newShareToken = () => randomBytes(32).toString('base64url');

/** What the database keeps of a token: its SHA-256, so a copy of the table opens nothing. */
export const hashShareToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A string shaped like a token; anything else is "not available" without a query. */
export const isShareTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
