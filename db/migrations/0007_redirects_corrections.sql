CREATE TYPE "public"."correction_kind" AS ENUM('correction', 'update', 'clarification');--> statement-breakpoint
CREATE TABLE "story_corrections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"story_id" uuid NOT NULL,
	"kind" "correction_kind" NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_redirects" (
	"section_slug" text NOT NULL,
	"slug" text NOT NULL,
	"story_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_redirects_section_slug_slug_pk" PRIMARY KEY("section_slug","slug")
);
--> statement-breakpoint
ALTER TABLE "story_corrections" ADD CONSTRAINT "story_corrections_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_corrections" ADD CONSTRAINT "story_corrections_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_redirects" ADD CONSTRAINT "story_redirects_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "story_corrections_story_idx" ON "story_corrections" USING btree ("story_id","created_at");--> statement-breakpoint
CREATE INDEX "story_redirects_story_idx" ON "story_redirects" USING btree ("story_id");