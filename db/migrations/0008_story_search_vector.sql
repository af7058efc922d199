-- Full-text search over the public copy of each story: headline weighted highest, then the
-- standfirst, then the body. Generated and stored, so it can never drift from the text.
ALTER TABLE "stories" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("headline", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("standfirst", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("body_text", '')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "stories_search_idx" ON "stories" USING gin ("search_vector");
