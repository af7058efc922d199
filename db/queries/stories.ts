import "server-only";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { media, sections, stories, storyAuthors, storyTopics } from "@/db/schema";
import { pictureColumns } from "@/lib/media/columns";
import type { PictureMedia } from "@/lib/media/picture";
import { bylinesFor, cardImagesFor, type CardImage } from "./story-links";
import { publishedNow } from "./visibility";

export type Byline = { name: string; slug: string };

export type StoryCard = {
  id: string;
  headline: string;
  standfirst: string;
  slug: string;
  sectionSlug: string;
  sectionName: string;
  breaking: boolean;
  publishedAt: Date;
  bylines: Byline[];
  image: CardImage | null;
};

export type Article = StoryCard & {
  featuredImage: PictureMedia | null;
  bodyHtml: string;
  contentUpdatedAt: Date | null;
  seoTitle: string;
  seoDescription: string;
};

const cardColumns = {
  id: stories.id,
  headline: stories.headline,
  standfirst: stories.standfirst,
  slug: stories.slug,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  breaking: stories.breaking,
  publishedAt: stories.publishedAt,
};

export async function withBylines<T extends { id: string; publishedAt: Date | null }>(
  rows: T[],
): Promise<(T & { publishedAt: Date; bylines: Byline[]; image: CardImage | null })[]> {
  const ids = rows.map((r) => r.id);
  const [bylines, images] = await Promise.all([bylinesFor(ids), cardImagesFor(ids)]);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? new Date(0), bylines: bylines.get(r.id) ?? [], image: images.get(r.id) ?? null }));
}

/** The newest `perSection` published stories of every section, in one query. */
export async function latestBySection(perSection: number): Promise<StoryCard[]> {
  const ranked = getDb()
    .select({
      ...cardColumns,
      // Both tables have slug and name: alias them so the subquery's columns are unambiguous.
      sectionSlug: sql<string>`${sections.slug}`.as("section_slug"),
      sectionName: sql<string>`${sections.name}`.as("section_name"),
      position: sections.position,
      rank: sql<number>`row_number() over (partition by ${stories.sectionId} order by ${stories.publishedAt} desc)`.as("rank"),
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(publishedNow())
    .as("ranked");
  const rows = await getDb()
    .select({
      id: ranked.id,
      headline: ranked.headline,
      standfirst: ranked.standfirst,
      slug: ranked.slug,
      sectionSlug: ranked.sectionSlug,
      sectionName: ranked.sectionName,
      breaking: ranked.breaking,
      publishedAt: ranked.publishedAt,
    })
    .from(ranked)
    .where(lte(ranked.rank, perSection))
    .orderBy(asc(ranked.position), desc(ranked.publishedAt));
  return withBylines(rows);
}

export async function latestStories(limit: number, sectionSlug?: string): Promise<StoryCard[]> {
  const rows = await getDb()
    .select(cardColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(sectionSlug ? and(publishedNow(), eq(sections.slug, sectionSlug)) : publishedNow())
    .orderBy(desc(stories.publishedAt))
    .limit(limit);
  return withBylines(rows);
}

export const getPublishedArticle = cache(async (sectionSlug: string, slug: string): Promise<Article | null> => {
  const [row] = await getDb()
    .select({
      ...cardColumns,
      bodyHtml: stories.bodyHtml,
      contentUpdatedAt: stories.contentUpdatedAt,
      seoTitle: stories.seoTitle,
      seoDescription: stories.seoDescription,
      image: pictureColumns,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredImageId))
    .where(and(publishedNow(), eq(sections.slug, sectionSlug), eq(stories.slug, slug)));
  if (!row) return null;
  const { image, ...rest } = row;
  const [article] = await withBylines([{ ...rest, featuredImage: image }]);
  return article ?? null;
});

/** Cards for specific stories (still filtered to published), in the order given. */
export async function storyCardsByIds(ids: string[]): Promise<StoryCard[]> {
  if (ids.length === 0) return [];
  const rows = await getDb()
    .select(cardColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(publishedNow(), inArray(stories.id, ids)));
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return withBylines(rows);
}

export const PAGE_SIZE = 20;

/** One page of published stories by this author, tagged with this topic, or in this section. */
export async function storiesBy(filter: { authorId: string } | { topicId: string } | { sectionSlug: string }, page: number): Promise<{ stories: StoryCard[]; hasMore: boolean }> {
  const link =
    "authorId" in filter
      ? inArray(stories.id, getDb().select({ id: storyAuthors.storyId }).from(storyAuthors).where(eq(storyAuthors.authorId, filter.authorId)))
      : "topicId" in filter
        ? inArray(stories.id, getDb().select({ id: storyTopics.storyId }).from(storyTopics).where(eq(storyTopics.topicId, filter.topicId)))
        : eq(sections.slug, filter.sectionSlug);
  const rows = await getDb()
    .select(cardColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(publishedNow(), link))
    .orderBy(desc(stories.publishedAt), asc(stories.id))
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE);
  return { stories: await withBylines(rows.slice(0, PAGE_SIZE)), hasMore: rows.length > PAGE_SIZE };
}
