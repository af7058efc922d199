// The one "published and visible now" filter. Every reader-facing query uses it, so a draft,
// scheduled or unpublished story can never leak onto a public page.
import { and, eq, exists, lte, sql, type AnyColumn } from "drizzle-orm";
import { getDb } from "@/db";
import { stories, storyAuthors } from "@/db/schema";

export const publishedNow = () => and(eq(stories.status, "published"), lte(stories.publishedAt, sql`now()`));

/**
 * True for an author with at least one story readers can see. Staff get an author row on
 * their first draft; a name seen only on drafts must not get a public page or feed.
 */
export const authorIsPublic = (authorId: AnyColumn) =>
  exists(
    getDb()
      .select({ one: sql`1` })
      .from(storyAuthors)
      .innerJoin(stories, eq(stories.id, storyAuthors.storyId))
      .where(and(eq(storyAuthors.authorId, authorId), publishedNow())),
  );
