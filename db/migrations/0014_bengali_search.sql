-- Bengali search. PostgreSQL has no Bengali stemmer, so the text is folded before indexing and
-- each query is folded the same way (db/queries/search.ts), by this one function:
-- 1. NFC, which also splits the precomposed য় ড় ঢ় (excluded from composition) into letter +
--    nukta, so "ঢাকায়" typed either way is one word;
-- 2. the zero-width joiners, which only shape a conjunct on screen, dropped;
-- 3. a Bengali word's case or plural ending taken off (longest ending; at least three code
--    points stay), so "মেট্রোরেলের" and "মেট্রোরেল", "ঢাকায়" and "ঢাকার" index as one stem.
-- English words are untouched here and keep the english configuration's stemmer.
CREATE OR REPLACE FUNCTION dateline_search_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT regexp_replace(
      translate(normalize(t, NFC), U&'\200C\200D', ''),
      normalize('([\u0980-\u09FF]{3,}?)(গুলোতে|গুলোর|গুলো|দেরকে|দের|কে|তে|েরা|ের|েতে|রা|র|য়ে|য়|টি|টা|ে)(?![\u0980-\u09FF])', NFC),
      '\1',
      'g')
  $$;
--> statement-breakpoint
-- A generated column's expression cannot be altered: the column, and with it its index, is made anew.
ALTER TABLE "stories" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', dateline_search_fold(coalesce("stories"."headline", ''))), 'A') || setweight(to_tsvector('english', dateline_search_fold(coalesce("stories"."standfirst", ''))), 'B') || setweight(to_tsvector('english', dateline_search_fold(coalesce("stories"."body_text", ''))), 'C')) STORED;--> statement-breakpoint
CREATE INDEX "stories_search_idx" ON "stories" USING gin ("search_vector");
