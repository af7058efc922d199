-- Editions (issue 13): every section belongs to one edition; what exists today is English.
ALTER TABLE "sections" ADD COLUMN "edition" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
CREATE INDEX "sections_edition_idx" ON "sections" USING btree ("edition","position");--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_edition_known" CHECK ("sections"."edition" in ('en', 'bn'));--> statement-breakpoint
-- Each edition arranges its own front page: the slots are numbered per edition.
ALTER TABLE "home_slots" ADD COLUMN "edition" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "home_slots" DROP CONSTRAINT "home_slots_pkey";--> statement-breakpoint
ALTER TABLE "home_slots" ADD CONSTRAINT "home_slots_edition_position_pk" PRIMARY KEY("edition","position");
