// Where an image is used: reads shared by the library's writes (lib/media/library.ts) and the
// dashboard's queries; no "server-only" marker, because the seed runs the writes outside Next.
import { sql, type SQL } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { stories, storyMedia, storyRevisions, type StoryStatus } from "@/db/schema";

/**
 * Does the `stories` row in scope use the image: featured, in its saved body, or in pending
 * (not yet public) edits to a live story? The one definition of "in use", for the usage list,
 * the delete refusal and the library's "unused" filter alike.
 */
export function storyUsesMedia(mediaId: SQL | string): SQL {
  return sql`(${stories.featuredImageId} = ${mediaId}
    or exists (select 1 from ${storyMedia} sm where sm.story_id = ${stories.id} and sm.media_id = ${mediaId})
    or exists (select 1 from ${storyRevisions} r where r.story_id = ${stories.id} and r.pending and position(${mediaId}::text in r.snapshot::text) > 0))`;
}

/** The stories an image appears in (see storyUsesMedia). */
export async function mediaUsage(
  db: Database | Tx,
  mediaId: string,
): Promise<{ id: string; headline: string; status: StoryStatus }[]> {
  return db
    .select({ id: stories.id, headline: stories.headline, status: stories.status })
    .from(stories)
    .where(storyUsesMedia(mediaId))
    .orderBy(stories.headline);
}
