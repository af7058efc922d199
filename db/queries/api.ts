// Reads for the public content API (/api/v1). Every story read goes through publishedNow(), and
// every function returns the API's DTOs (lib/api-v1.ts), built from named columns only: no row
// ever reaches a response, so drafts, account data and internal fields cannot leak.
import "server-only";
import { and, asc, desc, eq, exists, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { embedsInHtml, portableBodyHtml } from "@/lib/rich-text/embed";
import { authors, media, sections, stories, storyAuthors, storyCorrections, storyTopics, topics } from "@/db/schema";
import {
  encodeCursor,
  publicUrl,
  type ArticleDetail,
  type ArticleListParams,
  type ArticleSummary,
  type AuthorDto,
  type ImageDto,
  type List,
  type NamedLink,
  type Page,
  type SectionDto,
  type TopicDto,
} from "@/lib/api-v1";
import { EDITIONS, type EditionCode } from "@/lib/editions";
import { notFound } from "@/lib/errors";
import { siteOrigin } from "@/lib/site-url";
import { pictureColumns } from "@/lib/media/columns";
import { absoluteMediaUrls, mediaUrl, variantsOf, type PictureMedia } from "@/lib/media/picture";
import { isoWithOffset } from "@/lib/time";
import { getSiteSettings } from "./settings";
import { publishedNow } from "./visibility";
import { bylinesAndTopics, type NameSlug } from "./story-links";

const summaryColumns = {
  id: stories.id,
  slug: stories.slug,
  headline: stories.headline,
  standfirst: stories.standfirst,
  breaking: stories.breaking,
  edition: sections.edition,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  publishedAt: stories.publishedAt,
  contentUpdatedAt: stories.contentUpdatedAt,
  // The exact stored instant (microseconds) for the cursor; a JS Date keeps only milliseconds.
  cursorAt: sql<string>`to_char(${stories.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};

type SummaryRow = {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  breaking: boolean;
  edition: EditionCode;
  sectionSlug: string;
  sectionName: string;
  publishedAt: Date | null;
  contentUpdatedAt: Date | null;
  cursorAt: string;
};

/** Bylines and topics of many stories in two queries, each list in its page order. */
async function linksFor(
  storyIds: string[],
  origin: string,
): Promise<{ bylines: Map<string, NamedLink[]>; topics: Map<string, NamedLink[]> }> {
  const found = await bylinesAndTopics(storyIds);
  const withUrls = (map: Map<string, NameSlug[]>, url: (origin: string, slug: string) => string) =>
    new Map([...map].map(([id, list]) => [id, list.map((l) => ({ ...l, url: url(origin, l.slug) }))]));
  return { bylines: withUrls(found.bylines, publicUrl.author), topics: withUrls(found.topics, publicUrl.topic) };
}

async function toSummaries(rows: SummaryRow[]): Promise<ArticleSummary[]> {
  const origin = siteOrigin();
  const [{ timeZone }, links] = await Promise.all([
    getSiteSettings(),
    linksFor(
      rows.map((r) => r.id),
      origin,
    ),
  ]);
  return rows.map((r) => {
    // publishedNow() guarantees a publish time; the fallback only satisfies the type.
    const publishedAt = r.publishedAt ?? new Date(0);
    const updatedAt = r.contentUpdatedAt && r.contentUpdatedAt > publishedAt ? r.contentUpdatedAt : publishedAt;
    return {
      id: r.id,
      edition: r.edition,
      language: EDITIONS[r.edition].language,
      url: publicUrl.article(origin, r),
      slug: r.slug,
      headline: r.headline,
      standfirst: r.standfirst,
      breaking: r.breaking,
      section: {
        name: r.sectionName,
        slug: r.sectionSlug,
        url: publicUrl.section(origin, { edition: r.edition, slug: r.sectionSlug }),
      },
      bylines: links.bylines.get(r.id) ?? [],
      topics: links.topics.get(r.id) ?? [],
      published_at: isoWithOffset(publishedAt, timeZone),
      updated_at: isoWithOffset(updatedAt, timeZone),
    };
  });
}

/** The filter for `?section=&topic=&author=`; an unknown slug is a 404 rather than an empty list that hides a typo. */
async function filtersFor(params: ArticleListParams): Promise<SQL[]> {
  const db = getDb();
  const where: SQL[] = [];
  if (params.edition !== undefined) where.push(eq(sections.edition, params.edition));
  if (params.section !== undefined) {
    const [row] = await db.select({ id: sections.id }).from(sections).where(eq(sections.slug, params.section));
    if (!row) throw notFound(`No section with the slug "${params.section}".`);
    where.push(eq(stories.sectionId, row.id));
  }
  if (params.topic !== undefined) {
    const [row] = await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, params.topic));
    if (!row) throw notFound(`No topic with the slug "${params.topic}".`);
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(storyTopics)
          .where(and(eq(storyTopics.storyId, stories.id), eq(storyTopics.topicId, row.id))),
      ),
    );
  }
  if (params.author !== undefined) {
    const [row] = await db.select({ id: authors.id }).from(authors).where(eq(authors.slug, params.author));
    if (!row) throw notFound(`No author with the slug "${params.author}".`);
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(storyAuthors)
          .where(and(eq(storyAuthors.storyId, stories.id), eq(storyAuthors.authorId, row.id))),
      ),
    );
  }
  return where;
}

/** One page of published stories, newest first, after `params.cursor` (keyset: publish time, then id). */
export async function listArticles(params: ArticleListParams): Promise<Page<ArticleSummary>> {
  const where = [publishedNow()!, ...(await filtersFor(params))];
  if (params.cursor) {
    where.push(
      sql`(${stories.publishedAt}, ${stories.id}) < (${params.cursor.publishedAt}::timestamptz, ${params.cursor.id}::uuid)`,
    );
  }
  const rows: SummaryRow[] = await getDb()
    .select(summaryColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(...where))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  return {
    data: await toSummaries(page),
    next_cursor: rows.length > params.limit && last ? encodeCursor({ publishedAt: last.cursorAt, id: last.id }) : null,
  };
}

/** One published story with its body and corrections; null for anything not public now. */
export async function getArticle(id: string): Promise<ArticleDetail | null> {
  const db = getDb();
  const [row] = await db
    .select({
      ...summaryColumns,
      bodyHtml: stories.bodyHtml,
      seoTitle: stories.seoTitle,
      seoDescription: stories.seoDescription,
      image: pictureColumns,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.featuredImageId))
    .where(and(publishedNow(), eq(stories.id, id)));
  if (!row) return null;
  const [[summary], corrections, { timeZone }] = await Promise.all([
    toSummaries([row]),
    db
      .select({ kind: storyCorrections.kind, body: storyCorrections.body, createdAt: storyCorrections.createdAt })
      .from(storyCorrections)
      .where(eq(storyCorrections.storyId, id))
      .orderBy(asc(storyCorrections.createdAt), asc(storyCorrections.id)),
    getSiteSettings(),
  ]);
  const origin = siteOrigin();
  return {
    ...summary!,
    image: row.image ? imageDto(row.image, origin) : null,
    // Embeds as plain links, and as data beside them (issue 12): the API runs no reader script.
    body_html: absoluteMediaUrls(portableBodyHtml(row.bodyHtml), origin),
    embeds: embedsInHtml(row.bodyHtml),
    // What the page's <title> and description use: the SEO text when the desk wrote one.
    seo_title: row.seoTitle || row.headline,
    seo_description: row.seoDescription || row.standfirst,
    corrections: corrections.map((c) => ({
      kind: c.kind,
      body: c.body,
      created_at: isoWithOffset(c.createdAt, timeZone),
    })),
  };
}

/** Every section (or one edition's), in the site's navigation order. */
export async function listSections(edition?: EditionCode): Promise<List<SectionDto>> {
  const origin = siteOrigin();
  const rows = await getDb()
    .select({ name: sections.name, slug: sections.slug, description: sections.description, edition: sections.edition })
    .from(sections)
    .where(edition ? eq(sections.edition, edition) : undefined)
    .orderBy(asc(sections.edition), asc(sections.position), asc(sections.name));
  return { data: rows.map((r) => ({ ...r, url: publicUrl.section(origin, r) })) };
}

/** Topics with at least one published story, by name: a topic only drafts use stays private. */
export async function listTopics(): Promise<List<TopicDto>> {
  const origin = siteOrigin();
  const db = getDb();
  const rows = await db
    .select({ name: topics.name, slug: topics.slug })
    .from(topics)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(storyTopics)
          .innerJoin(stories, eq(stories.id, storyTopics.storyId))
          .where(and(eq(storyTopics.topicId, topics.id), publishedNow())),
      ),
    )
    .orderBy(asc(topics.name), asc(topics.slug));
  return { data: rows.map((r) => ({ ...r, url: publicUrl.topic(origin, r.slug) })) };
}

/** Authors with at least one published byline, by name: never account data, and no one known only from drafts. */
export async function listAuthors(): Promise<List<AuthorDto>> {
  const origin = siteOrigin();
  const db = getDb();
  const rows = await db
    .select({ name: authors.name, slug: authors.slug, bio: authors.bio })
    .from(authors)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(storyAuthors)
          .innerJoin(stories, eq(stories.id, storyAuthors.storyId))
          .where(and(eq(storyAuthors.authorId, authors.id), publishedNow())),
      ),
    )
    .orderBy(asc(authors.name), asc(authors.slug));
  return { data: rows.map((r) => ({ ...r, url: publicUrl.author(origin, r.slug) })) };
}

function imageDto(m: PictureMedia, origin: string): ImageDto {
  const abs = (key: string) => new URL(mediaUrl(key), origin).href;
  const jpeg = variantsOf(m.files, "jpeg").at(-1) ?? m.files.crops["16x9"];
  const crop = (c: { key: string; width: number; height: number }) => ({
    url: abs(c.key),
    width: c.width,
    height: c.height,
  });
  return {
    url: abs(jpeg.key),
    width: jpeg.width,
    height: jpeg.height,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    crops: {
      "16x9": crop(m.files.crops["16x9"]),
      "4x3": crop(m.files.crops["4x3"]),
      "1x1": crop(m.files.crops["1x1"]),
    },
  };
}
