import { resolve } from 'node:path';
import { z } from 'zod';

const days = z.coerce
  .number({ error: 'must be a number of days, e.g. 7 (fractions allowed: 0.5 is 12 hours)' })
  .positive('must be more than 0 days')
  .max(3650, 'must be at most 3650 days');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .url({ message: 'must be a postgres:// or postgresql:// URL, e.g. postgres://user@127.0.0.1:5432/stillnight' })
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://')
    .optional(),
  STILLNIGHT_DATA_DIR: z.string().min(1).optional(),
  PGLITE_DIR: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  NEXTAUTH_URL: z.url({ message: 'must be the public URL of the app, e.g. http://localhost:3000' }).optional(),
  SESSION_IDLE_DAYS: days.default(7),
  SESSION_MAX_DAYS: days.default(30),
  TRUST_PROXY: z
    .string()
    .regex(/^[0-9]$/, 'must be the number of trusted proxies in front of the app (0–9), e.g. 1')
    .optional(),
});

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  databaseUrl: string | undefined;
  dataDir: string;
  pgliteDir: string;
  nextAuthSecret: string | undefined;
  /** A session unused for this long, or older than the maximum, is refused. */
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** How many proxies in front of the app append to `X-Forwarded-For`; 0: the header is not trusted. */
  trustedProxies: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Parses the environment; throws an EnvError naming each bad setting and how to fix it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Stillnight cannot start: invalid configuration.\n${lines.join('\n')}`);
  }
  const e = result.data;
  if (e.NODE_ENV === 'production' && !e.NEXTAUTH_SECRET) {
    throw new EnvError(
      'Stillnight cannot start: NEXTAUTH_SECRET is required in production.\n' +
        '  Set it to a random string of 32+ characters, e.g. NEXTAUTH_SECRET="$(openssl rand -base64 32)".',
    );
  }
  if (e.SESSION_IDLE_DAYS > e.SESSION_MAX_DAYS) {
    throw new EnvError(
      'Stillnight cannot start: invalid configuration.\n  SESSION_IDLE_DAYS: must not be more than SESSION_MAX_DAYS.',
    );
  }
  const dataDir = resolve(/*turbopackIgnore: true*/ process.cwd(), e.STILLNIGHT_DATA_DIR ?? '.data');
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    pgliteDir: e.PGLITE_DIR ? resolve(/*turbopackIgnore: true*/ process.cwd(), e.PGLITE_DIR) : resolve(dataDir, 'pglite'),
    nextAuthSecret: e.NEXTAUTH_SECRET,
    sessionIdleMs: e.SESSION_IDLE_DAYS * DAY_MS,
    sessionMaxMs: e.SESSION_MAX_DAYS * DAY_MS,
    trustedProxies: Number(e.TRUST_PROXY ?? 0),
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
