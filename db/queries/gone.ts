import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sections, stories } from "@/db/schema";

/** True when this address belongs to a story that was live and has been unpublished. */
export async function isUnpublishedAddress(sectionSlug: string, slug: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ status: stories.status })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(eq(sections.slug, sectionSlug), eq(stories.slug, slug)));
  return row?.status === "unpublished";
}
