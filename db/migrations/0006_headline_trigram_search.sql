-- Headline search in the dashboard is ILIKE '%…%'; a trigram index keeps it fast at 100,000+
-- stories. pg_trgm ships with PostgreSQL and is a trusted extension (PG 13+), so the app's
-- own database user may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "stories_headline_trgm_idx" ON "stories" USING gin ("headline" gin_trgm_ops);
