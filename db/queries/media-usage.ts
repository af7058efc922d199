// Where an image is used: reads shared by the library's writes (lib/media/library.ts) and the
// dashboard's queries; no "server-only" marker, because the seed runs the writes outside Next.
import { sql, type SQL } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { stories, storyMedia, storyRevisions, type StoryStatus, storyRefColumns } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { canView, type StoryRef } from "@/lib/workflow";

/**
 * Does the `stories` row in scope use the image: featured, in its saved body, or in pending
 * (not yet public) edits to a live story? The one definition of "in use", for the usage list,
 * the delete refusal and the library's "unused" filter alike.
 */
export function storyUsesMedia(mediaId: SQL | string): SQL {
  return sql`(${stories.featuredImageId} = ${mediaId}
    or ${stories.socialImageId} = ${mediaId}
    or exists (select 1 from ${storyMedia} sm where sm.story_id = ${stories.id} and sm.media_id = ${mediaId})
    or exists (select 1 from ${storyRevisions} r where r.story_id = ${stories.id} and r.pending and position(${mediaId}::text in r.snapshot::text) > 0))`;
}

/** What the permission checks read (storyRefColumns), and what a use is shown by. */
export type StoryUse = StoryRef & { id: string; headline: string };

/** The stories an image appears in (see storyUsesMedia), whoever may see them: filter with visibleUsage. */
export async function mediaUsage(db: Database | Tx, mediaId: string): Promise<StoryUse[]> {
  return db
    .select({
      id: stories.id,
      headline: stories.headline,
      ...storyRefColumns,
    })
    .from(stories)
    .where(storyUsesMedia(mediaId))
    .orderBy(stories.headline);
}

/**
 * The uses `actor` may open, and how many others there are. An image is shared across the
 * newsroom, but another reporter's draft is not: its headline and id must not leak through
 * the library (issue 10, item 11), only that it exists.
 */
export function visibleUsage(
  actor: Actor,
  usage: StoryUse[],
): { visible: { id: string; headline: string; status: StoryStatus }[]; hidden: number } {
  const visible = usage.filter((s) => canView(actor, s));
  return {
    visible: visible.map(({ id, headline, status }) => ({ id, headline, status })),
    hidden: usage.length - visible.length,
  };
}

/** “A”, “B” and 2 stories you cannot open: for messages that name where an image is used. */
export function describeUsage(actor: Actor, usage: StoryUse[]): string {
  const { visible, hidden } = visibleUsage(actor, usage);
  const names = visible.map((s) => `“${s.headline || "Untitled"}”`);
  if (hidden) names.push(`${hidden === 1 ? "1 story" : `${hidden} stories`} you cannot open`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
}
