CREATE TABLE "custom_factor_values" (
	"user_id" uuid NOT NULL,
	"factor_id" uuid NOT NULL,
	"day" date NOT NULL,
	"value" real NOT NULL,
	CONSTRAINT "custom_factor_values_factor_id_day_pk" PRIMARY KEY("factor_id","day")
);
--> statement-breakpoint
CREATE TABLE "custom_factors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "daily_factors" (
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"caffeine_servings" smallint,
	"last_caffeine_at" time,
	"alcohol_drinks" smallint,
	"exercise_minutes" smallint,
	"exercise_intensity" text,
	"exercise_time_of_day" text,
	"stress" smallint,
	"iron_supplement" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_factors_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"night_of" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"severity" smallint,
	"body_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"sensations" text[] DEFAULT '{}'::text[] NOT NULL,
	"reliefs" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "episodes_severity_range" CHECK ("episodes"."severity" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "irls_scores" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"scored_on" date NOT NULL,
	"total" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "irls_total_range" CHECK ("irls_scores"."total" between 0 and 40)
);
--> statement-breakpoint
CREATE TABLE "medication_doses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"medication_id" uuid NOT NULL,
	"night_of" date NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"dose" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"dose" text DEFAULT '' NOT NULL,
	"schedule" text DEFAULT '' NOT NULL,
	"as_needed" boolean DEFAULT false NOT NULL,
	"started_on" date NOT NULL,
	"stopped_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "night_checkins" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"night_of" date NOT NULL,
	"had_symptoms" boolean NOT NULL,
	"bedtime" timestamp with time zone,
	"wake_time" timestamp with time zone,
	"hours_slept" real,
	"awakenings" smallint,
	"sleep_quality" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routine_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"routine_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"stretch_id" uuid NOT NULL,
	"hold_seconds" integer NOT NULL,
	"repetitions" smallint DEFAULT 1 NOT NULL,
	"both_sides" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stretch_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"night_of" date NOT NULL,
	"performed_at" timestamp with time zone NOT NULL,
	"stretch_id" uuid,
	"routine_id" uuid,
	"sides" text DEFAULT 'both' NOT NULL,
	"hold_seconds" integer,
	"repetitions" smallint,
	"total_minutes" real,
	"context" text NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stretches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"builtin_key" text,
	"name" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"default_hold_seconds" integer NOT NULL,
	"per_side" boolean DEFAULT true NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"time_zone" text NOT NULL,
	"session_epoch" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "custom_factor_values" ADD CONSTRAINT "custom_factor_values_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_factor_values" ADD CONSTRAINT "custom_factor_values_factor_id_custom_factors_id_fk" FOREIGN KEY ("factor_id") REFERENCES "public"."custom_factors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_factors" ADD CONSTRAINT "custom_factors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_factors" ADD CONSTRAINT "daily_factors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "irls_scores" ADD CONSTRAINT "irls_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication_doses" ADD CONSTRAINT "medication_doses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication_doses" ADD CONSTRAINT "medication_doses_medication_id_medications_id_fk" FOREIGN KEY ("medication_id") REFERENCES "public"."medications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "night_checkins" ADD CONSTRAINT "night_checkins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_routine_id_routines_id_fk" FOREIGN KEY ("routine_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_stretch_id_stretches_id_fk" FOREIGN KEY ("stretch_id") REFERENCES "public"."stretches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routines" ADD CONSTRAINT "routines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stretch_sessions" ADD CONSTRAINT "stretch_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stretch_sessions" ADD CONSTRAINT "stretch_sessions_stretch_id_stretches_id_fk" FOREIGN KEY ("stretch_id") REFERENCES "public"."stretches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stretch_sessions" ADD CONSTRAINT "stretch_sessions_routine_id_routines_id_fk" FOREIGN KEY ("routine_id") REFERENCES "public"."routines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stretches" ADD CONSTRAINT "stretches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "custom_factor_values_user_day_idx" ON "custom_factor_values" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "custom_factors_user_idx" ON "custom_factors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "episodes_user_night_idx" ON "episodes" USING btree ("user_id","night_of");--> statement-breakpoint
CREATE INDEX "episodes_user_started_idx" ON "episodes" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "episodes_one_running_idx" ON "episodes" USING btree ("user_id") WHERE "episodes"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "irls_scores_user_date_idx" ON "irls_scores" USING btree ("user_id","scored_on");--> statement-breakpoint
CREATE INDEX "medication_doses_user_taken_idx" ON "medication_doses" USING btree ("user_id","taken_at");--> statement-breakpoint
CREATE INDEX "medications_user_idx" ON "medications" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "night_checkins_user_night_idx" ON "night_checkins" USING btree ("user_id","night_of");--> statement-breakpoint
CREATE UNIQUE INDEX "routine_steps_order_idx" ON "routine_steps" USING btree ("routine_id","position");--> statement-breakpoint
CREATE INDEX "routines_user_idx" ON "routines" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "stretch_sessions_user_night_idx" ON "stretch_sessions" USING btree ("user_id","night_of");--> statement-breakpoint
CREATE INDEX "stretches_user_idx" ON "stretches" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stretches_user_builtin_idx" ON "stretches" USING btree ("user_id","builtin_key");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));