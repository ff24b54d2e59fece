ALTER TABLE "custom_factors" ADD CONSTRAINT "custom_factors_user_id_key" UNIQUE("user_id","id");--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_user_id_key" UNIQUE("user_id","id");--> statement-breakpoint
ALTER TABLE "custom_factors" ADD CONSTRAINT "custom_factors_kind" CHECK ("custom_factors"."kind" in ('boolean', 'number', 'scale'));--> statement-breakpoint
ALTER TABLE "daily_factors" ADD CONSTRAINT "daily_factors_stress_range" CHECK ("daily_factors"."stress" between 0 and 10);--> statement-breakpoint
ALTER TABLE "daily_factors" ADD CONSTRAINT "daily_factors_counts_nonnegative" CHECK ("daily_factors"."caffeine_servings" >= 0 and "daily_factors"."alcohol_drinks" >= 0 and "daily_factors"."exercise_minutes" >= 0);--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_stop_after_start" CHECK ("medications"."stopped_on" >= "medications"."started_on");