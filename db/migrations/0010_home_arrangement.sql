CREATE TABLE "home_slots" (
	"position" integer PRIMARY KEY NOT NULL,
	"story_id" uuid NOT NULL,
	"arranged_by_id" uuid,
	"arranged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "home_slots_position_range" CHECK ("home_slots"."position" between 0 and 6)
);
--> statement-breakpoint
ALTER TABLE "home_slots" ADD CONSTRAINT "home_slots_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_slots" ADD CONSTRAINT "home_slots_arranged_by_id_users_id_fk" FOREIGN KEY ("arranged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "home_slots_story_key" ON "home_slots" USING btree ("story_id");