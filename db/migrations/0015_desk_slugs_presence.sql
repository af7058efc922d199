DROP INDEX "stories_section_slug_key";--> statement-breakpoint
ALTER TABLE "story_presence" ADD COLUMN "visitor_user_id" uuid;--> statement-breakpoint
ALTER TABLE "story_presence" ADD COLUMN "visitor_tab_id" text;--> statement-breakpoint
ALTER TABLE "story_presence" ADD COLUMN "visitor_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "story_presence" ADD CONSTRAINT "story_presence_visitor_user_id_users_id_fk" FOREIGN KEY ("visitor_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stories_section_slug_key" ON "stories" USING btree ("section_id","slug") WHERE status in ('published', 'scheduled', 'unpublished');