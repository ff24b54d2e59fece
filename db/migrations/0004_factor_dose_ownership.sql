ALTER TABLE "custom_factor_values" DROP CONSTRAINT "custom_factor_values_factor_id_custom_factors_id_fk";
--> statement-breakpoint
ALTER TABLE "medication_doses" DROP CONSTRAINT "medication_doses_medication_id_medications_id_fk";
--> statement-breakpoint
ALTER TABLE "custom_factor_values" ADD CONSTRAINT "custom_factor_values_factor_fk" FOREIGN KEY ("user_id","factor_id") REFERENCES "public"."custom_factors"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication_doses" ADD CONSTRAINT "medication_doses_medication_fk" FOREIGN KEY ("user_id","medication_id") REFERENCES "public"."medications"("user_id","id") ON DELETE cascade ON UPDATE no action;