ALTER TABLE "stretch_sessions" DROP CONSTRAINT "stretch_sessions_stretch_id_stretches_id_fk";
--> statement-breakpoint
ALTER TABLE "stretch_sessions" DROP CONSTRAINT "stretch_sessions_routine_id_routines_id_fk";
--> statement-breakpoint
ALTER TABLE "stretch_sessions" ADD CONSTRAINT "stretch_sessions_stretch_fk" FOREIGN KEY ("user_id","stretch_id") REFERENCES "public"."stretches"("user_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stretch_sessions" ADD CONSTRAINT "stretch_sessions_routine_fk" FOREIGN KEY ("user_id","routine_id") REFERENCES "public"."routines"("user_id","id") ON DELETE no action ON UPDATE no action;