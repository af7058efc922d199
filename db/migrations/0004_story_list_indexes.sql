DROP INDEX "stories_created_by_idx";--> statement-breakpoint
CREATE INDEX "stories_headline_sort_idx" ON "stories" USING btree (lower("headline"),"id");--> statement-breakpoint
CREATE INDEX "stories_created_by_idx" ON "stories" USING btree ("created_by_id","updated_at" DESC NULLS LAST,"id");