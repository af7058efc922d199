import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { authors, storyAuthors, storyTopics, topics } from "@/db/schema";

export type NameSlug = { name: string; slug: string };

/** Bylines (in byline order) and topics (A–Z) for many stories, in two queries. */
export async function bylinesAndTopics(storyIds: string[]): Promise<{ bylines: Map<string, NameSlug[]>; topics: Map<string, NameSlug[]> }> {
  if (storyIds.length === 0) return { bylines: new Map(), topics: new Map() };
  const db = getDb();
  const [byRows, topicRows] = await Promise.all([
    db
      .select({ storyId: storyAuthors.storyId, name: authors.name, slug: authors.slug })
      .from(storyAuthors)
      .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
      .where(inArray(storyAuthors.storyId, storyIds))
      .orderBy(asc(storyAuthors.position), asc(authors.name)),
    db
      .select({ storyId: storyTopics.storyId, name: topics.name, slug: topics.slug })
      .from(storyTopics)
      .innerJoin(topics, eq(topics.id, storyTopics.topicId))
      .where(inArray(storyTopics.storyId, storyIds))
      .orderBy(asc(topics.name)),
  ]);
  return { bylines: group(byRows), topics: group(topicRows) };
}

function group(rows: { storyId: string; name: string; slug: string }[]): Map<string, NameSlug[]> {
  const map = new Map<string, NameSlug[]>();
  for (const { storyId, name, slug } of rows) {
    const list = map.get(storyId);
    if (list) list.push({ name, slug });
    else map.set(storyId, [{ name, slug }]);
  }
  return map;
}
