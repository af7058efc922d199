import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cache } from "react";
import { getDb } from "@/db";
import { media, sections, stories, storyAuthors, storyTopics } from "@/db/schema";
import type { EditionCode } from "@/lib/editions";
import { pictureColumns } from "@/lib/media/columns";
import type { PictureMedia } from "@/lib/media/picture";
import { bylinesFor, cardImagesFor, toCardImage, type CardImage } from "./story-links";
import { publishedNow } from "./visibility";

export type Byline = { name: string; slug: string };

const socialMedia = alias(media, "social_media");
const socialPictureColumns = {
  id: socialMedia.id,
  alt: socialMedia.alt,
  caption: socialMedia.caption,
  credit: socialMedia.credit,
  width: socialMedia.width,
  height: socialMedia.height,
  files: socialMedia.files,
};

export type StoryCard = {
  id: string;
  headline: string;
  standfirst: string;
  slug: string;
  /** The edition of its section: which address space and language the story is in. */
  edition: EditionCode;
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
  /** What shares show instead of the title, description and photo, when set. */
  socialHeadline: string;
  socialDescription: string;
  socialImage: PictureMedia | null;
};

const cardColumns = {
  id: stories.id,
  headline: stories.headline,
  standfirst: stories.standfirst,
  slug: stories.slug,
  edition: sections.edition,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  breaking: stories.breaking,
  publishedAt: stories.publishedAt,
};

export async function withBylines<T extends { id: string; publishedAt: Date | null }>(
  rows: T[],
): Promise<(T & { publishedAt: Date; bylines: Byline[] })[]> {
  const bylines = await bylinesFor(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? new Date(0), bylines: bylines.get(r.id) ?? [] }));
}

/** Story cards: bylines and each story's featured-image picture, the two queries in parallel. */
async function withCards<T extends { id: string; publishedAt: Date | null }>(
  rows: T[],
): Promise<(T & { publishedAt: Date; bylines: Byline[]; image: CardImage | null })[]> {
  const [withNames, images] = await Promise.all([withBylines(rows), cardImagesFor(rows.map((r) => r.id))]);
  return withNames.map((r) => ({ ...r, image: images.get(r.id) ?? null }));
}

/**
 * The newest `perSection` published stories of every section, in one query: for each section
 * a LATERAL walk down its (section, published_at) index that stops after `perSection` rows, so
 * the cost does not grow with the archive (a window over all stories took 0.6 s at 100,000).
 */
export async function latestBySection(edition: EditionCode, perSection: number): Promise<StoryCard[]> {
  const result = await getDb().execute<{
    id: string;
    headline: string;
    standfirst: string;
    slug: string;
    edition: EditionCode;
    section_slug: string;
    section_name: string;
    breaking: boolean;
    published_at: Date | null;
  }>(sql`
    select s.id, s.headline, s.standfirst, s.slug, sec.edition, sec.slug as section_slug, sec.name as section_name, s.breaking, s.published_at
    from ${sections} sec
    cross join lateral (
      select ${stories.id}, ${stories.headline}, ${stories.standfirst}, ${stories.slug}, ${stories.breaking}, ${stories.publishedAt}
      from ${stories}
      where ${stories.sectionId} = sec.id and ${publishedNow()}
      order by ${stories.publishedAt} desc
      limit ${perSection}
    ) s
    where sec.edition = ${edition}
    order by sec.position, s.published_at desc`);
  const rows = result.rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    standfirst: r.standfirst,
    slug: r.slug,
    edition: r.edition,
    sectionSlug: r.section_slug,
    sectionName: r.section_name,
    breaking: r.breaking,
    publishedAt: r.published_at === null ? null : new Date(r.published_at),
  }));
  return withCards(rows);
}

/** The newest published stories of one edition, or of one section (in its edition). */
export async function latestStories(
  limit: number,
  scope: { edition: EditionCode } | { sectionSlug: string },
): Promise<StoryCard[]> {
  const rows = await getDb()
    .select(cardColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(
      and(
        publishedNow(),
        "edition" in scope ? eq(sections.edition, scope.edition) : eq(sections.slug, scope.sectionSlug),
      ),
    )
    .orderBy(desc(stories.publishedAt))
    .limit(limit);
  return withCards(rows);
}

export const getPublishedArticle = cache(async (sectionSlug: string, slug: string): Promise<Article | null> => {
  const [row] = await getDb()
    .select({
      ...cardColumns,
      bodyHtml: stories.bodyHtml,
      contentUpdatedAt: stories.contentUpdatedAt,
      seoTitle: stories.seoTitle,
      seoDescription: stories.seoDescription,
      socialHeadline: stories.socialHeadline,
      socialDescription: stories.socialDescription,
      image: pictureColumns,
      socialImage: socialPictureColumns,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredImageId))
    .leftJoin(socialMedia, eq(socialMedia.id, stories.socialImageId))
    .where(and(publishedNow(), eq(sections.slug, sectionSlug), eq(stories.slug, slug)));
  if (!row) return null;
  const { image, ...rest } = row;
  // The featured image is already here: its card picture comes from it, not another query.
  const [article] = await withBylines([{ ...rest, featuredImage: image, image: image ? toCardImage(image) : null }]);
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
  return withCards(rows);
}

export const PAGE_SIZE = 20;

/** One page of published stories by this author, tagged with this topic, or in this section. */
export async function storiesBy(
  filter: { authorId: string } | { topicId: string } | { sectionSlug: string },
  page: number,
): Promise<{ stories: StoryCard[]; hasMore: boolean }> {
  const link =
    "authorId" in filter
      ? inArray(
          stories.id,
          getDb()
            .select({ id: storyAuthors.storyId })
            .from(storyAuthors)
            .where(eq(storyAuthors.authorId, filter.authorId)),
        )
      : "topicId" in filter
        ? inArray(
            stories.id,
            getDb()
              .select({ id: storyTopics.storyId })
              .from(storyTopics)
              .where(eq(storyTopics.topicId, filter.topicId)),
          )
        : eq(sections.slug, filter.sectionSlug);
  const rows = await getDb()
    .select(cardColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(publishedNow(), link))
    .orderBy(desc(stories.publishedAt), asc(stories.id))
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE);
  return { stories: await withCards(rows.slice(0, PAGE_SIZE)), hasMore: rows.length > PAGE_SIZE };
}
