-- Editions (issue 13) and translation pairs; written by hand over the generated SQL: the primary key of home_slots is dropped by name and the statements run in an order that works.
-- Editions (issue 13): every section belongs to one edition; what exists today is English.
ALTER TABLE "sections" ADD COLUMN "edition" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
CREATE INDEX "sections_edition_idx" ON "sections" USING btree ("edition","position");--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_edition_known" CHECK ("sections"."edition" in ('en', 'bn'));--> statement-breakpoint
-- Each edition arranges its own front page: the slots are numbered per edition.
ALTER TABLE "home_slots" ADD COLUMN "edition" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "home_slots" DROP CONSTRAINT "home_slots_pkey";--> statement-breakpoint
ALTER TABLE "home_slots" ADD CONSTRAINT "home_slots_edition_position_pk" PRIMARY KEY("edition","position");
--> statement-breakpoint
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