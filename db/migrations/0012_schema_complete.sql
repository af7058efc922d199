-- Revision kinds become an enum: a typo in code is now refused by the database.
CREATE TYPE "public"."revision_kind" AS ENUM('autosave', 'save', 'restore', 'update', 'transition');--> statement-breakpoint
ALTER TABLE "story_revisions" ALTER COLUMN "kind" SET DATA TYPE "public"."revision_kind" USING "kind"::"public"."revision_kind";
-- db/schema.ts now declares stories.search_vector (generated) and stories_search_idx, which
-- 0008 created by hand; the snapshot records them and nothing is added here, so an existing
-- database is unchanged.
