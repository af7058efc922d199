import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sections, stories, storyRedirects } from "@/db/schema";

/**
 * True when this address belongs to a story that was live and has been unpublished — at its
 * current address, or at an old one that used to redirect to it.
 */
export async function isUnpublishedAddress(sectionSlug: string, slug: string): Promise<boolean> {
  const db = getDb();
  const [row] = await db
    .select({ status: stories.status })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(eq(sections.slug, sectionSlug), eq(stories.slug, slug)));
  if (row) return row.status === "unpublished";
  const [moved] = await db
    .select({ status: stories.status })
    .from(storyRedirects)
    .innerJoin(stories, eq(stories.id, storyRedirects.storyId))
    .where(and(eq(storyRedirects.sectionSlug, sectionSlug), eq(storyRedirects.slug, slug)));
  return moved?.status === "unpublished";
}
