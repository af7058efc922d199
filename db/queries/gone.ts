import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { sections, stories, storyRedirects } from "@/db/schema";

/**
 * Every address that answers 410 Gone: the current address of each unpublished story, and the
 * old addresses that used to redirect to one. One query for all of them; the server keeps the
 * result in memory (lib/gone-addresses.ts). Keys are `section/slug`, decoded.
 */
export async function goneAddresses(db: Database): Promise<string[]> {
  const [here, moved] = await Promise.all([
    db
      .select({ section: sections.slug, slug: stories.slug })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(eq(stories.status, "unpublished")),
    db
      .select({ section: storyRedirects.sectionSlug, slug: storyRedirects.slug })
      .from(storyRedirects)
      .innerJoin(stories, eq(stories.id, storyRedirects.storyId))
      .where(eq(stories.status, "unpublished")),
  ]);
  return [...here, ...moved].map((a) => `${a.section}/${a.slug}`);
}
