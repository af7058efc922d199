// Reads for syndication: RSS/Atom feeds, the sitemaps and the Google News sitemap. Every story
// read goes through publishedNow(), so drafts, scheduled, unpublished and future-dated stories
// never reach a feed or a sitemap.
import "server-only";
import { and, asc, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  authors,
  media,
  sections,
  stories,
  storyAuthors,
  storyCorrections,
  storyTopics,
  topics,
  type MediaFiles,
} from "@/db/schema";
import type { EditionCode } from "@/lib/editions";
import type { FeedScope, SectionAddress, StoryAddress } from "@/lib/routes";
import { authorIsPublic, publishedNow } from "./visibility";
import { bylinesAndTopics } from "./story-links";

export type FeedKind = "section" | "topic" | "author";
// Where a feed's scope is defined, with the address it answers at.
export type { FeedScope } from "@/lib/routes";
export type FeedOwner = { name: string; description: string };
export type Named = { name: string; slug: string };

export type FeedStory = {
  id: string;
  headline: string;
  standfirst: string;
  bodyHtml: string;
  slug: string;
  section: Named & { edition: EditionCode };
  publishedAt: Date;
  contentUpdatedAt: Date | null;
  authors: Named[];
  topics: Named[];
  /** The featured photo's files and text, for the item's image; null when it has none. */
  featuredImage: { files: MediaFiles; alt: string } | null;
  /** The corrections box, oldest first: a feed reader sees what the page's readers see (issue 19). */
  corrections: { kind: "correction" | "update" | "clarification"; body: string; createdAt: Date }[];
};

/** The section, topic or author a feed belongs to; null when there is none by that slug. */
export async function getFeedOwner(kind: FeedKind, slug: string): Promise<FeedOwner | null> {
  const db = getDb();
  const rows =
    kind === "section"
      ? await db
          .select({ name: sections.name, description: sections.description })
          .from(sections)
          .where(eq(sections.slug, slug))
      : kind === "topic"
        ? await db
            .select({ name: topics.name, description: sql<string>`''` })
            .from(topics)
            .where(eq(topics.slug, slug))
        : await db
            .select({ name: authors.name, description: authors.bio })
            .from(authors)
            .where(and(eq(authors.slug, slug), authorIsPublic(authors.id)));
  return rows[0] ?? null;
}

function scopeFilter(scope: FeedScope) {
  switch (scope.kind) {
    case "site":
      return and(publishedNow(), eq(sections.edition, scope.edition));
    case "section":
      return and(publishedNow(), eq(sections.edition, scope.edition), eq(sections.slug, scope.slug));
    case "topic": {
      const ids = getDb()
        .select({ id: storyTopics.storyId })
        .from(storyTopics)
        .innerJoin(topics, eq(topics.id, storyTopics.topicId))
        .where(eq(topics.slug, scope.slug));
      return and(publishedNow(), inArray(stories.id, ids));
    }
    case "author": {
      const ids = getDb()
        .select({ id: storyAuthors.storyId })
        .from(storyAuthors)
        .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
        .where(eq(authors.slug, scope.slug));
      return and(publishedNow(), inArray(stories.id, ids));
    }
  }
}

/** The newest `limit` published stories in a feed's scope, newest first, with bylines and topics. */
export async function feedStories(scope: FeedScope, limit = 30): Promise<FeedStory[]> {
  const db = getDb();
  const rows = await db
    .select({
      id: stories.id,
      headline: stories.headline,
      standfirst: stories.standfirst,
      bodyHtml: stories.bodyHtml,
      slug: stories.slug,
      edition: sections.edition,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      publishedAt: stories.publishedAt,
      contentUpdatedAt: stories.contentUpdatedAt,
      imageFiles: media.files,
      imageAlt: media.alt,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredImageId))
    .where(scopeFilter(scope))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const { bylines: byStoryAuthors, topics: byStoryTopics } = await bylinesAndTopics(rows.map((r) => r.id));
  const notes = await db
    .select({
      storyId: storyCorrections.storyId,
      kind: storyCorrections.kind,
      body: storyCorrections.body,
      createdAt: storyCorrections.createdAt,
    })
    .from(storyCorrections)
    .where(
      inArray(
        storyCorrections.storyId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(storyCorrections.createdAt), asc(storyCorrections.id));
  return rows.map(({ edition, sectionSlug, sectionName, publishedAt, imageFiles, imageAlt, ...r }) => ({
    ...r,
    featuredImage: imageFiles ? { files: imageFiles, alt: imageAlt ?? "" } : null,
    section: { edition, slug: sectionSlug, name: sectionName },
    // publishedNow() guarantees a publish time; the fallback only satisfies the type.
    publishedAt: publishedAt ?? new Date(0),
    authors: byStoryAuthors.get(r.id) ?? [],
    topics: byStoryTopics.get(r.id) ?? [],
    corrections: notes
      .filter((n) => n.storyId === r.id)
      .map((n) => ({ kind: n.kind, body: n.body, createdAt: n.createdAt })),
  }));
}

export type SitemapStory = StoryAddress & { lastmod: Date };
export type SitemapPage = { page: number; urls: number; lastmod: Date };

const lastmod = sql<Date>`coalesce(${stories.contentUpdatedAt}, ${stories.publishedAt})`;

/**
 * The pages of the story sitemap: published stories in publish order (oldest first, so a
 * page's contents stay put as new stories arrive), `pageSize` to a page.
 */
export async function sitemapStoryPages(pageSize: number): Promise<SitemapPage[]> {
  const numbered = getDb()
    .select({
      page: sql<number>`(row_number() over (order by ${stories.publishedAt}, ${stories.id}) - 1) / ${pageSize}`.as(
        "page",
      ),
      lastmod: lastmod.as("lastmod"),
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(publishedNow())
    .as("numbered");
  const rows = await getDb()
    .select({
      page: numbered.page,
      urls: sql<number>`count(*)::int`,
      // mapWith: a timestamptz column's own decoding, since raw aggregates arrive as driver strings.
      lastmod: sql<Date>`max(${numbered.lastmod})`.mapWith(stories.publishedAt),
    })
    .from(numbered)
    .groupBy(numbered.page)
    .orderBy(asc(numbered.page));
  return rows.map((r) => ({ page: Number(r.page), urls: r.urls, lastmod: r.lastmod }));
}

/** One page of the story sitemap (0-based), in the same order as sitemapStoryPages(). */
export async function sitemapStories(page: number, pageSize: number): Promise<SitemapStory[]> {
  const rows = await getDb()
    .select({
      edition: sections.edition,
      sectionSlug: sections.slug,
      slug: stories.slug,
      publishedAt: stories.publishedAt,
      contentUpdatedAt: stories.contentUpdatedAt,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(publishedNow())
    .orderBy(asc(stories.publishedAt), asc(stories.id))
    .offset(page * pageSize)
    .limit(pageSize);
  return rows.map((r) => ({
    edition: r.edition,
    sectionSlug: r.sectionSlug,
    slug: r.slug,
    lastmod: r.contentUpdatedAt ?? r.publishedAt ?? new Date(0),
  }));
}

/** Every section of every edition with the time its newest visible story last changed (null when none). */
export async function sitemapSections(): Promise<(SectionAddress & { lastmod: Date | null })[]> {
  const rows = await getDb()
    .select({
      edition: sections.edition,
      slug: sections.slug,
      lastmod: sql<Date | null>`max(${lastmod})`.mapWith(stories.publishedAt),
    })
    .from(sections)
    .leftJoin(stories, and(eq(stories.sectionId, sections.id), publishedNow()))
    .groupBy(sections.id)
    .orderBy(asc(sections.position), asc(sections.name));
  return rows;
}

export type NewsStory = StoryAddress & { headline: string; publishedAt: Date };

/** One edition's stories published within the last `hours` hours, newest first: its Google News sitemap. */
export async function recentStories(edition: EditionCode, hours: number, limit: number): Promise<NewsStory[]> {
  const rows = await getDb()
    .select({
      edition: sections.edition,
      sectionSlug: sections.slug,
      slug: stories.slug,
      headline: stories.headline,
      publishedAt: stories.publishedAt,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(
      and(
        publishedNow(),
        eq(sections.edition, edition),
        gte(stories.publishedAt, sql`now() - make_interval(hours => ${hours})`),
      ),
    )
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? new Date(0) }));
}
