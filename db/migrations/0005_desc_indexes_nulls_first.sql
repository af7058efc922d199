DROP INDEX "audit_log_created_idx";--> statement-breakpoint
DROP INDEX "stories_status_updated_idx";--> statement-breakpoint
DROP INDEX "stories_updated_idx";--> statement-breakpoint
DROP INDEX "stories_published_idx";--> statement-breakpoint
DROP INDEX "stories_section_published_idx";--> statement-breakpoint
DROP INDEX "stories_created_by_idx";--> statement-breakpoint
DROP INDEX "story_revisions_story_idx";--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_status_updated_idx" ON "stories" USING btree ("status","updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "stories_updated_idx" ON "stories" USING btree ("updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "stories_published_idx" ON "stories" USING btree ("status","published_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_section_published_idx" ON "stories" USING btree ("section_id","published_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_created_by_idx" ON "stories" USING btree ("created_by_id","updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "story_revisions_story_idx" ON "story_revisions" USING btree ("story_id","id" DESC NULLS FIRST);