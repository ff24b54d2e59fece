ALTER TABLE "routines" ADD CONSTRAINT "routines_user_id_key" UNIQUE("user_id","id");--> statement-breakpoint
ALTER TABLE "stretches" ADD CONSTRAINT "stretches_user_id_key" UNIQUE("user_id","id");