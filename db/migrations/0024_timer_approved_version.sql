-- A scheduled Update remembers the version it approved (issue 19, item 20): lib/stories/timers.ts.
ALTER TABLE "story_timers" ADD COLUMN "approved_version" integer;