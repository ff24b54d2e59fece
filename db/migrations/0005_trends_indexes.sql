DROP INDEX "episodes_user_night_idx";--> statement-breakpoint
CREATE INDEX "night_checkins_user_night_sleep_idx" ON "night_checkins" USING btree ("user_id","night_of","had_symptoms","hours_slept");--> statement-breakpoint
CREATE INDEX "stretch_sessions_user_before_bed_idx" ON "stretch_sessions" USING btree ("user_id","night_of") WHERE "stretch_sessions"."context" = 'before_bed';--> statement-breakpoint
CREATE INDEX "episodes_user_night_idx" ON "episodes" USING btree ("user_id","night_of","started_at","severity");