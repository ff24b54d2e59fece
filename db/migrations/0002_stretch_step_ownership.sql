ALTER TABLE "routine_steps" DROP CONSTRAINT "routine_steps_routine_id_routines_id_fk";
--> statement-breakpoint
ALTER TABLE "routine_steps" DROP CONSTRAINT "routine_steps_stretch_id_stretches_id_fk";
--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_routine_fk" FOREIGN KEY ("user_id","routine_id") REFERENCES "public"."routines"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_stretch_fk" FOREIGN KEY ("user_id","stretch_id") REFERENCES "public"."stretches"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_hold_range" CHECK ("routine_steps"."hold_seconds" between 1 and 1800);--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_repetitions_range" CHECK ("routine_steps"."repetitions" between 1 and 20);