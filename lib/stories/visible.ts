// The story as the permission checks need it, or a 404 for a story this person may not open
// (the same answer as a story that does not exist, so ids cannot be probed).
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { stories } from "@/db/schema";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { canView, type StoryRef } from "@/lib/workflow";

export async function visibleStory(db: DbOrTx, actor: Actor, storyId: string): Promise<StoryRef> {
  const [story] = await db
    .select({
      status: stories.status,
      createdById: stories.createdById,
      firstPublishedAt: stories.firstPublishedAt,
      sectionId: stories.sectionId,
    })
    .from(stories)
    .where(eq(stories.id, storyId));
  if (!story || !canView(actor, story)) throw notFound("This story no longer exists. It may have been deleted.");
  return story;
}
