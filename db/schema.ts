import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  time,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const ownerId = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });
const nightOf = () => date('night_of', { mode: 'string' }).notNull();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    timeZone: text('time_zone').notNull(),
    /** Bumped by triggers (migration 0013) whenever any of the user's logged data changes: see `analysisCache`. */
    dataVersion: bigint('data_version', { mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** One row per sign-in: the JWT carries the id, and every request checks the row (revoked, idle, too old). */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** e.g. "Firefox on Android", from the User-Agent at sign-in; nothing more of it is kept. */
    deviceLabel: text('device_label').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId, t.createdAt)],
);
export type Session = typeof sessions.$inferSelect;

/**
 * Password (and two-factor code) checks still counting against the sign-in throttle: failed or in
 * progress. Kept per email and client address, both hashed: neither is stored as written.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 (hex) of the trimmed, lower-cased email. */
    emailHash: text('email_hash').notNull(),
    /** SHA-256 (hex) of the client address (`lib/auth/client-address.ts`). */
    clientHash: text('client_hash').notNull().default(''),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sign_in_attempts_email_time_idx').on(t.emailHash, t.attemptedAt),
    index('sign_in_attempts_client_time_idx').on(t.clientHash, t.attemptedAt),
    index('sign_in_attempts_time_idx').on(t.attemptedAt),
  ],
);

/** Sign-ups per client address (hashed), for the sign-up throttle. */
export const signUpAttempts = pgTable(
  'sign_up_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientHash: text('client_hash').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sign_up_attempts_client_time_idx').on(t.clientHash, t.attemptedAt)],
);

/** A user's TOTP secret, encrypted; `enabledAt` is null while set-up awaits its first code. */
export const twoFactor = pgTable('two_factor', {
  userId: ownerId().primaryKey(),
  /** AES-256-GCM of the base32 secret with a key derived from NEXTAUTH_SECRET (`lib/auth/two-factor.ts`). */
  secretEncrypted: text('secret_encrypted').notNull(),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  /** The last time step a code was accepted for, so one code cannot be used twice. */
  lastUsedStep: integer('last_used_step'),
  createdAt: createdAt(),
});
export type TwoFactor = typeof twoFactor.$inferSelect;

/** One-use recovery codes for two-factor sign-in, kept as SHA-256 of the (high-entropy) code. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('recovery_codes_user_code_idx').on(t.userId, t.codeHash)],
);

export const nightCheckins = pgTable(
  'night_checkins',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    nightOf: nightOf(),
    hadSymptoms: boolean('had_symptoms').notNull(),
    bedtime: timestamp('bedtime', { withTimezone: true }),
    wakeTime: timestamp('wake_time', { withTimezone: true }),
    hoursSlept: real('hours_slept'),
    awakenings: smallint('awakenings'),
    sleepQuality: smallint('sleep_quality'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('night_checkins_user_night_idx').on(t.userId, t.nightOf),
    // Covering the trends query's columns: an index-only scan over years of nights.
    index('night_checkins_user_night_sleep_idx').on(t.userId, t.nightOf, t.hadSymptoms, t.hoursSlept),
  ],
);
export type NightCheckin = typeof nightCheckins.$inferSelect;

export const episodes = pgTable(
  'episodes',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    nightOf: nightOf(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Null only while the episode is in progress. */
    severity: smallint('severity'),
    bodyAreas: text('body_areas').array().notNull().default(sql`'{}'::text[]`),
    sensations: text('sensations').array().notNull().default(sql`'{}'::text[]`),
    reliefs: text('reliefs').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // started_at and severity ride along so the per-night trends aggregate is an index-only scan.
    index('episodes_user_night_idx').on(t.userId, t.nightOf, t.startedAt, t.severity),
    index('episodes_user_started_idx').on(t.userId, t.startedAt),
    uniqueIndex('episodes_one_running_idx').on(t.userId).where(sql`${t.endedAt} is null`),
    check('episodes_severity_range', sql`${t.severity} between 0 and 10`),
  ],
);
export type Episode = typeof episodes.$inferSelect;

export const stretches = pgTable(
  'stretches',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    /** Set for the copies of the built-in catalog every account starts with. */
    builtinKey: text('builtin_key'),
    name: text('name').notNull(),
    instructions: text('instructions').notNull().default(''),
    defaultHoldSeconds: integer('default_hold_seconds').notNull(),
    perSide: boolean('per_side').notNull().default(true),
    archived: boolean('archived').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('stretches_user_idx').on(t.userId),
    uniqueIndex('stretches_user_builtin_idx').on(t.userId, t.builtinKey),
    // Target of routine_steps' (user_id, stretch_id) key: a step can only use its owner's stretches.
    unique('stretches_user_id_key').on(t.userId, t.id),
  ],
);
export type Stretch = typeof stretches.$inferSelect;

export const routines = pgTable(
  'routines',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    name: text('name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('routines_user_idx').on(t.userId), unique('routines_user_id_key').on(t.userId, t.id)],
);
export type Routine = typeof routines.$inferSelect;

export const routineSteps = pgTable(
  'routine_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    routineId: uuid('routine_id').notNull(),
    position: smallint('position').notNull(),
    stretchId: uuid('stretch_id').notNull(),
    holdSeconds: integer('hold_seconds').notNull(),
    repetitions: smallint('repetitions').notNull().default(1),
    bothSides: boolean('both_sides').notNull().default(true),
  },
  (t) => [
    uniqueIndex('routine_steps_order_idx').on(t.routineId, t.position),
    // Keyed with user_id so the database itself refuses a step using another user's routine or stretch.
    foreignKey({
      name: 'routine_steps_routine_fk',
      columns: [t.userId, t.routineId],
      foreignColumns: [routines.userId, routines.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'routine_steps_stretch_fk',
      columns: [t.userId, t.stretchId],
      foreignColumns: [stretches.userId, stretches.id],
    }).onDelete('cascade'),
    check('routine_steps_hold_range', sql`${t.holdSeconds} between 1 and 1800`),
    check('routine_steps_repetitions_range', sql`${t.repetitions} between 1 and 20`),
  ],
);
export type RoutineStep = typeof routineSteps.$inferSelect;

export const stretchSessions = pgTable(
  'stretch_sessions',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    nightOf: nightOf(),
    performedAt: timestamp('performed_at', { withTimezone: true }).notNull(),
    stretchId: uuid('stretch_id'),
    routineId: uuid('routine_id'),
    /** 'both', 'left', 'right' or 'none' */
    sides: text('sides').notNull().default('both'),
    holdSeconds: integer('hold_seconds'),
    repetitions: smallint('repetitions'),
    totalMinutes: real('total_minutes'),
    /** 'before_bed', 'during_episode' or 'other' */
    context: text('context').notNull(),
    partial: boolean('partial').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('stretch_sessions_user_night_idx').on(t.userId, t.nightOf),
    index('stretch_sessions_user_before_bed_idx')
      .on(t.userId, t.nightOf)
      .where(sql`${t.context} = 'before_bed'`),
    // Keyed with user_id so a session can only name its owner's stretch or routine. `set null` would null
    // user_id too, so deleteRoutine clears routine_id itself; stretches are archived, never deleted.
    foreignKey({
      name: 'stretch_sessions_stretch_fk',
      columns: [t.userId, t.stretchId],
      foreignColumns: [stretches.userId, stretches.id],
    }),
    foreignKey({
      name: 'stretch_sessions_routine_fk',
      columns: [t.userId, t.routineId],
      foreignColumns: [routines.userId, routines.id],
    }),
  ],
);
export type StretchSession = typeof stretchSessions.$inferSelect;

export const dailyFactors = pgTable(
  'daily_factors',
  {
    userId: ownerId(),
    day: date('day', { mode: 'string' }).notNull(),
    caffeineServings: smallint('caffeine_servings'),
    lastCaffeineAt: time('last_caffeine_at'),
    alcoholDrinks: smallint('alcohol_drinks'),
    exerciseMinutes: smallint('exercise_minutes'),
    /** 'light', 'moderate' or 'vigorous' */
    exerciseIntensity: text('exercise_intensity'),
    /** 'morning', 'afternoon' or 'evening' */
    exerciseTimeOfDay: text('exercise_time_of_day'),
    stress: smallint('stress'),
    ironSupplement: boolean('iron_supplement'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.day] }),
    check('daily_factors_stress_range', sql`${t.stress} between 0 and 10`),
    check(
      'daily_factors_counts_nonnegative',
      sql`${t.caffeineServings} >= 0 and ${t.alcoholDrinks} >= 0 and ${t.exerciseMinutes} >= 0`,
    ),
  ],
);
export type DailyFactors = typeof dailyFactors.$inferSelect;

export const customFactors = pgTable(
  'custom_factors',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    name: text('name').notNull(),
    /** 'boolean', 'number' or 'scale' (0–10) */
    kind: text('kind').notNull(),
    unit: text('unit').notNull().default(''),
    archived: boolean('archived').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('custom_factors_user_idx').on(t.userId),
    unique('custom_factors_user_id_key').on(t.userId, t.id),
    // The database, not a read before the insert, keeps two concurrent creates from sharing a name.
    uniqueIndex('custom_factors_user_name_idx')
      .on(t.userId, sql`lower(${t.name})`)
      .where(sql`not ${t.archived}`),
    check('custom_factors_kind', sql`${t.kind} in ('boolean', 'number', 'scale')`),
  ],
);
export type CustomFactor = typeof customFactors.$inferSelect;

export const customFactorValues = pgTable(
  'custom_factor_values',
  {
    userId: ownerId(),
    factorId: uuid('factor_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    value: real('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.factorId, t.day] }),
    index('custom_factor_values_user_day_idx').on(t.userId, t.day),
    // Keyed with user_id so the database itself refuses a value for another user's factor.
    foreignKey({
      name: 'custom_factor_values_factor_fk',
      columns: [t.userId, t.factorId],
      foreignColumns: [customFactors.userId, customFactors.id],
    }).onDelete('cascade'),
  ],
);
export type CustomFactorValue = typeof customFactorValues.$inferSelect;

export const medications = pgTable(
  'medications',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    name: text('name').notNull(),
    dose: text('dose').notNull().default(''),
    schedule: text('schedule').notNull().default(''),
    asNeeded: boolean('as_needed').notNull().default(false),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    stoppedOn: date('stopped_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('medications_user_idx').on(t.userId),
    unique('medications_user_id_key').on(t.userId, t.id),
    check('medications_stop_after_start', sql`${t.stoppedOn} >= ${t.startedOn}`),
  ],
);
export type Medication = typeof medications.$inferSelect;

export const medicationDoses = pgTable(
  'medication_doses',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    medicationId: uuid('medication_id').notNull(),
    nightOf: nightOf(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull(),
    dose: text('dose').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('medication_doses_user_taken_idx').on(t.userId, t.takenAt),
    foreignKey({
      name: 'medication_doses_medication_fk',
      columns: [t.userId, t.medicationId],
      foreignColumns: [medications.userId, medications.id],
    }).onDelete('cascade'),
  ],
);
export type MedicationDose = typeof medicationDoses.$inferSelect;

export const irlsScores = pgTable(
  'irls_scores',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    scoredOn: date('scored_on', { mode: 'string' }).notNull(),
    total: smallint('total').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('irls_scores_user_date_idx').on(t.userId, t.scoredOn),
    check('irls_total_range', sql`${t.total} between 0 and 40`),
  ],
);
export type IrlsScore = typeof irlsScores.$inferSelect;

export const EXPERIMENT_STATUSES = ['running', 'paused', 'finished', 'abandoned'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

export const experiments = pgTable(
  'experiments',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    /** A condition key (lib/experiments/conditions.ts), e.g. `routine:<id>`, `avoid:late_caffeine` */
    conditionA: text('condition_a').notNull(),
    conditionB: text('condition_b').notNull(),
    blockLength: smallint('block_length').notNull(),
    /** The drawn order, e.g. 'ABBA' */
    blockOrder: text('block_order').notNull(),
    washoutNights: smallint('washout_nights').notNull(),
    startNight: date('start_night', { mode: 'string' }).notNull(),
    smallestDifference: real('smallest_difference').notNull().default(1),
    status: text('status').$type<ExperimentStatus>().notNull().default('running'),
    endedEarly: boolean('ended_early').notNull().default(false),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('experiments_user_idx').on(t.userId, t.startNight),
    unique('experiments_user_id_key').on(t.userId, t.id),
    // One experiment at a time, kept by the database rather than by a read before the insert.
    uniqueIndex('experiments_one_active_idx')
      .on(t.userId)
      .where(sql`${t.status} in ('running', 'paused')`),
    check('experiments_status', sql`${t.status} in ('running', 'paused', 'finished', 'abandoned')`),
    check('experiments_block_length_range', sql`${t.blockLength} between 1 and 60`),
    check('experiments_order_balanced', sql`${t.blockOrder} ~ '^[AB]{4,16}$'`),
    check('experiments_washout_range', sql`${t.washoutNights} >= 0 and ${t.washoutNights} < ${t.blockLength}`),
    check('experiments_different_conditions', sql`${t.conditionA} <> ${t.conditionB}`),
  ],
);
export type Experiment = typeof experiments.$inferSelect;

export const experimentPauses = pgTable(
  'experiment_pauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    experimentId: uuid('experiment_id').notNull(),
    fromNight: date('from_night', { mode: 'string' }).notNull(),
    /** Inclusive; null while the pause lasts */
    toNight: date('to_night', { mode: 'string' }),
  },
  (t) => [
    index('experiment_pauses_experiment_idx').on(t.experimentId, t.fromNight),
    foreignKey({
      name: 'experiment_pauses_experiment_fk',
      columns: [t.userId, t.experimentId],
      foreignColumns: [experiments.userId, experiments.id],
    }).onDelete('cascade'),
    check('experiment_pauses_order', sql`${t.toNight} is null or ${t.toNight} >= ${t.fromNight}`),
  ],
);
export type ExperimentPause = typeof experimentPauses.$inferSelect;

/** The person's confirmation or correction of a night's adherence (otherwise it is read from the log). */
export const experimentAdherence = pgTable(
  'experiment_adherence',
  {
    userId: ownerId(),
    experimentId: uuid('experiment_id').notNull(),
    nightOf: nightOf(),
    adhered: boolean('adhered').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.experimentId, t.nightOf] }),
    foreignKey({
      name: 'experiment_adherence_experiment_fk',
      columns: [t.userId, t.experimentId],
      foreignColumns: [experiments.userId, experiments.id],
    }).onDelete('cascade'),
  ],
);
export type ExperimentAdherence = typeof experimentAdherence.$inferSelect;

/** What the doctor report shows about its owner, and the questions they want to ask at the visit. */
export const reportProfiles = pgTable('report_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The name as the person wants it on the report; the display name when empty. */
  reportName: text('report_name'),
  dateOfBirth: date('date_of_birth', { mode: 'string' }),
  questions: text('questions').notNull().default(''),
  updatedAt: updatedAt(),
});
export type ReportProfile = typeof reportProfiles.$inferSelect;

/** A read-only link to one period's report for a clinician; only the token's SHA-256 is kept. */
export const shareLinks = pgTable(
  'share_links',
  {
    id: uuid('id').primaryKey(),
    userId: ownerId(),
    tokenHash: text('token_hash').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastOpenedAt: timestamp('last_opened_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('share_links_token_hash_idx').on(t.tokenHash),
    index('share_links_user_idx').on(t.userId, t.createdAt),
    check('share_links_period_order', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);
export type ShareLink = typeof shareLinks.$inferSelect;

/**
 * An analysis worked out from all of a user's data (What's linked, an experiment's result), kept with
 * the user's `data_version` and the inputs it was made for; read back only while both still match.
 * Derived, so neither exported nor imported.
 */
export const analysisCache = pgTable(
  'analysis_cache',
  {
    userId: ownerId(),
    /** 'factor-links', 'experiment:<id>' … */
    kind: text('kind').notNull(),
    /** What besides the data the analysis depends on: last night, the time zone. */
    inputs: text('inputs').notNull(),
    dataVersion: bigint('data_version', { mode: 'number' }).notNull(),
    payload: jsonb('payload').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
