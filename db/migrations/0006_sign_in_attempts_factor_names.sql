CREATE TABLE "sign_in_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_hash" text NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_time_idx" ON "sign_in_attempts" USING btree ("email_hash","attempted_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_time_idx" ON "sign_in_attempts" USING btree ("attempted_at");--> statement-breakpoint
-- Before the index: a database may already hold two active factors whose names differ only in case
-- (the name check used to run in code only). Keep the newest of each name active, archive the rest.
UPDATE "custom_factors" SET "archived" = true
WHERE "id" IN (
	SELECT "id" FROM (
		SELECT "id", row_number() OVER (PARTITION BY "user_id", lower("name") ORDER BY "created_at" DESC, "id") AS "rank"
		FROM "custom_factors" WHERE NOT "archived"
	) AS "ranked" WHERE "rank" > 1
);--> statement-breakpoint
CREATE UNIQUE INDEX "custom_factors_user_name_idx" ON "custom_factors" USING btree ("user_id",lower("name")) WHERE not "custom_factors"."archived";