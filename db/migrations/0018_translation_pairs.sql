CREATE TABLE "story_translations" (
	"original_id" uuid PRIMARY KEY NOT NULL,
	"translation_id" uuid NOT NULL,
	"linked_by_id" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_translations_two_stories" CHECK ("story_translations"."original_id" <> "story_translations"."translation_id")
);
--> statement-breakpoint
ALTER TABLE "story_translations" ADD CONSTRAINT "story_translations_original_id_stories_id_fk" FOREIGN KEY ("original_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_translations" ADD CONSTRAINT "story_translations_translation_id_stories_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_translations" ADD CONSTRAINT "story_translations_linked_by_id_users_id_fk" FOREIGN KEY ("linked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "story_translations_translation_key" ON "story_translations" USING btree ("translation_id");