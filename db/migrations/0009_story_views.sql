CREATE TABLE "story_view_readers" (
	"story_id" uuid NOT NULL,
	"day" text NOT NULL,
	"reader" text NOT NULL,
	CONSTRAINT "story_view_readers_story_id_day_reader_pk" PRIMARY KEY("story_id","day","reader")
);
--> statement-breakpoint
CREATE TABLE "story_views" (
	"story_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "story_views_story_id_hour_pk" PRIMARY KEY("story_id","hour")
);
--> statement-breakpoint
ALTER TABLE "story_view_readers" ADD CONSTRAINT "story_view_readers_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_views" ADD CONSTRAINT "story_views_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "story_view_readers_day_idx" ON "story_view_readers" USING btree ("day");--> statement-breakpoint
CREATE INDEX "story_views_hour_idx" ON "story_views" USING btree ("hour");