import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { authors, media, stories, storyAuthors, storyTopics, topics } from "@/db/schema";
import { pictureColumns } from "@/lib/media/columns";
import { pictureParts, type PictureMedia } from "@/lib/media/picture";

export type NameSlug = { name: string; slug: string };

/** Bylines for many stories in one query, in each story's byline order. */
export async function bylinesFor(storyIds: string[]): Promise<Map<string, NameSlug[]>> {
  if (storyIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ storyId: storyAuthors.storyId, name: authors.name, slug: authors.slug })
    .from(storyAuthors)
    .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
    .where(inArray(storyAuthors.storyId, storyIds))
    .orderBy(asc(storyAuthors.position), asc(authors.name));
  return group(rows);
}

/** Topics (A–Z) for many stories in one query. */
export async function topicsFor(storyIds: string[]): Promise<Map<string, NameSlug[]>> {
  if (storyIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ storyId: storyTopics.storyId, name: topics.name, slug: topics.slug })
    .from(storyTopics)
    .innerJoin(topics, eq(topics.id, storyTopics.topicId))
    .where(inArray(storyTopics.storyId, storyIds))
    .orderBy(asc(topics.name));
  return group(rows);
}

/** A story card's picture: the featured image's JPEG/WebP sources, never the original's key. */
export type CardImage = { src: string; srcSet: string; webpSrcSet: string; width: number; height: number; alt: string };

export function toCardImage(m: PictureMedia): CardImage {
  const p = pictureParts(m);
  return {
    src: p.img.src,
    srcSet: p.img.srcSet,
    webpSrcSet: p.sources.find((s) => s.type === "image/webp")?.srcSet ?? "",
    width: m.width,
    height: m.height,
    alt: m.alt,
  };
}

/** Featured images for many stories in one query, as card pictures. */
export async function cardImagesFor(storyIds: string[]): Promise<Map<string, CardImage>> {
  if (storyIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ storyId: stories.id, m: pictureColumns })
    .from(stories)
    .innerJoin(media, eq(media.id, stories.featuredImageId))
    .where(inArray(stories.id, storyIds));
  return new Map(rows.map(({ storyId, m }) => [storyId, toCardImage(m)]));
}

/** Bylines and topics for many stories, the two queries in parallel. */
export async function bylinesAndTopics(
  storyIds: string[],
): Promise<{ bylines: Map<string, NameSlug[]>; topics: Map<string, NameSlug[]> }> {
  const [bylines, topicMap] = await Promise.all([bylinesFor(storyIds), topicsFor(storyIds)]);
  return { bylines, topics: topicMap };
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
