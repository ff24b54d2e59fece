import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEnv } from '../env';

let secret: string | undefined;

/** In development a secret is made once and kept in the data folder, so `npm run dev` just works. */
export function getAuthSecret(): string {
  if (secret) return secret;
  const env = getEnv();
  if (env.nextAuthSecret) return (secret = env.nextAuthSecret);
  const file = join(env.dataDir, 'nextauth-secret');
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(env.dataDir, { recursive: true });
    secret = randomBytes(32).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
  }
  return secret;
}
