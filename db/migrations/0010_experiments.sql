CREATE TABLE "experiment_adherence" (
	"user_id" uuid NOT NULL,
	"experiment_id" uuid NOT NULL,
	"night_of" date NOT NULL,
	"adhered" boolean NOT NULL,
	CONSTRAINT "experiment_adherence_experiment_id_night_of_pk" PRIMARY KEY("experiment_id","night_of")
);
--> statement-breakpoint
CREATE TABLE "experiment_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"experiment_id" uuid NOT NULL,
	"from_night" date NOT NULL,
	"to_night" date,
	CONSTRAINT "experiment_pauses_order" CHECK ("experiment_pauses"."to_night" is null or "experiment_pauses"."to_night" >= "experiment_pauses"."from_night")
);
--> statement-breakpoint
CREATE TABLE "experiments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"condition_a" text NOT NULL,
	"condition_b" text NOT NULL,
	"block_length" smallint NOT NULL,
	"block_order" text NOT NULL,
	"washout_nights" smallint NOT NULL,
	"start_night" date NOT NULL,
	"smallest_difference" real DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"ended_early" boolean DEFAULT false NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experiments_user_id_key" UNIQUE("user_id","id"),
	CONSTRAINT "experiments_status" CHECK ("experiments"."status" in ('running', 'paused', 'finished', 'abandoned')),
	CONSTRAINT "experiments_block_length_range" CHECK ("experiments"."block_length" between 1 and 60),
	CONSTRAINT "experiments_order_balanced" CHECK ("experiments"."block_order" ~ '^[AB]{4,16}$'),
	CONSTRAINT "experiments_washout_range" CHECK ("experiments"."washout_nights" >= 0 and "experiments"."washout_nights" < "experiments"."block_length"),
	CONSTRAINT "experiments_different_conditions" CHECK ("experiments"."condition_a" <> "experiments"."condition_b")
);
--> statement-breakpoint
ALTER TABLE "experiment_adherence" ADD CONSTRAINT "experiment_adherence_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_adherence" ADD CONSTRAINT "experiment_adherence_experiment_fk" FOREIGN KEY ("user_id","experiment_id") REFERENCES "public"."experiments"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_pauses" ADD CONSTRAINT "experiment_pauses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_pauses" ADD CONSTRAINT "experiment_pauses_experiment_fk" FOREIGN KEY ("user_id","experiment_id") REFERENCES "public"."experiments"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiment_pauses_experiment_idx" ON "experiment_pauses" USING btree ("experiment_id","from_night");--> statement-breakpoint
CREATE INDEX "experiments_user_idx" ON "experiments" USING btree ("user_id","start_night");--> statement-breakpoint
CREATE UNIQUE INDEX "experiments_one_active_idx" ON "experiments" USING btree ("user_id") WHERE "experiments"."status" in ('running', 'paused');