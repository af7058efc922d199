// The dashboard's story lists: tabs, filters, headline search and keyset pages. Who may see
// what is decided here, in the query, so no URL a reporter types can show them others' work.
import "server-only";
import { and, asc, desc, eq, exists, gt, ilike, inArray, isNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import type { EditionCode } from "@/lib/editions";
import { bengaliSpellings } from "@/lib/bengali-spellings";
import { authors, sections, stories, storyAuthors, storyNoteReads, storyNotes, type StoryStatus } from "@/db/schema";
import { PERMISSIONS, type Actor } from "@/lib/permissions";
import { visibleStoriesWhere } from "./desk-visibility";
import { bylinesFor } from "./story-links";

export const STORY_TABS = ["mine", "review", "scheduled", "published", "all"] as const;
export type StoryTab = (typeof STORY_TABS)[number];
export type StorySort = "updated" | "headline";
export const PAGE_SIZE = 25;

export type StoryListFilters = {
  tab: StoryTab;
  state?: StoryStatus;
  sectionSlug?: string;
  /** Only stories filed in this edition's sections. */
  edition?: EditionCode;
  authorSlug?: string;
  q?: string;
  sort?: StorySort;
  /** An opaque cursor from a previous page's `nextCursor`; a malformed one means "first page". */
  after?: string;
  limit?: number;
};

export type StoryListRow = {
  id: string;
  headline: string;
  status: StoryStatus;
  sectionName: string | null;
  bylines: string[];
  updatedAt: Date;
  scheduledFor: Date | null;
  publishedLate: boolean;
  unreadNotes: boolean;
};

const TAB_STATUS: Partial<Record<StoryTab, StoryStatus>> = {
  review: "in_review",
  scheduled: "scheduled",
  published: "published",
};

/** Reporters land on their own work; everyone who reviews others' stories on what is waiting for them. */
export function defaultTab(viewer: Actor): StoryTab {
  return ownStoriesOnly(viewer) ? "mine" : "review";
}

/** Read from the permission table: a role that may work on nobody else's story in review. */
export function ownStoriesOnly(viewer: Actor): boolean {
  return PERMISSIONS["story.editReview"][viewer.role] === "none";
}

// The cursor carries the sort key exactly as PostgreSQL holds it: updated_at has microseconds,
// which a JS Date would round away, skipping or repeating rows that share a millisecond.
type Cursor = { sort: StorySort; key: string; id: string };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UTC_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id])).toString("base64url");
}

function decodeCursor(raw: string | undefined, sort: StorySort): Cursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [s, key, id] = value as unknown[];
    if (s !== sort || typeof key !== "string" || typeof id !== "string" || !UUID.test(id)) return null;
    if (sort === "updated" && !UTC_MICROS.test(key)) return null;
    return { sort, key, id };
  } catch {
    return null;
  }
}

/** `%` and `_` typed into the search box are literal characters, not wildcards. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const updatedKey = sql<string>`to_char(${stories.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const headlineKey = sql<string>`lower(${stories.headline})`;

export async function listStories(
  viewer: Actor,
  filters: StoryListFilters,
): Promise<{ rows: StoryListRow[]; nextCursor: string | null }> {
  const sort = filters.sort ?? "updated";
  const limit = filters.limit ?? PAGE_SIZE;
  const tabStatus = TAB_STATUS[filters.tab];
  const q = filters.q?.trim();
  const conditions: (SQL | undefined)[] = [
    // Who may see what: the same rule as opening the story (lib/workflow.ts canView).
    visibleStoriesWhere(viewer),
    filters.tab === "mine" ? eq(stories.createdById, viewer.id) : undefined,
    tabStatus ? eq(stories.status, tabStatus) : undefined,
    filters.state ? eq(stories.status, filters.state) : undefined,
    filters.sectionSlug ? eq(sections.slug, filters.sectionSlug) : undefined,
    filters.edition ? eq(sections.edition, filters.edition) : undefined,
    filters.authorSlug
      ? exists(
          getDb()
            .select({ one: sql`1` })
            .from(storyAuthors)
            .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
            .where(and(eq(storyAuthors.storyId, stories.id), eq(authors.slug, filters.authorSlug))),
        )
      : undefined,
    // Each spelling of the Bengali letters Unicode writes two ways: the headline may use either.
    q ? or(...bengaliSpellings(q).map((s) => ilike(stories.headline, likePattern(s)))) : undefined,
  ];

  const cursor = decodeCursor(filters.after, sort);
  if (cursor && sort === "updated") {
    // Newest first, ties by id ascending: the same order as stories_updated_idx, so the
    // `<=` bound is an index condition and a deep page costs the same as the first.
    const at = sql`${cursor.key}::timestamptz`;
    conditions.push(lte(stories.updatedAt, at), or(lt(stories.updatedAt, at), gt(stories.id, cursor.id)));
  } else if (cursor) {
    conditions.push(sql`(${headlineKey}, ${stories.id}) > (${cursor.key}, ${cursor.id}::uuid)`);
  }

  const page = await getDb()
    .select({
      id: stories.id,
      headline: stories.headline,
      status: stories.status,
      sectionName: sections.name,
      updatedAt: stories.updatedAt,
      scheduledFor: stories.scheduledFor,
      publishedLate: stories.publishedLate,
      sortKey: sort === "updated" ? updatedKey : headlineKey,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(...conditions))
    .orderBy(...(sort === "updated" ? [desc(stories.updatedAt), asc(stories.id)] : [asc(headlineKey), asc(stories.id)]))
    .limit(limit + 1);

  const more = page.length > limit;
  const shown = page.slice(0, limit);
  const ids = shown.map((r) => r.id);
  const [bylines, unread] = await Promise.all([bylinesFor(ids), unreadFor(viewer.id, ids)]);
  const last = shown[shown.length - 1];
  return {
    rows: shown.map((r) => ({
      id: r.id,
      headline: r.headline,
      status: r.status,
      sectionName: r.sectionName,
      bylines: (bylines.get(r.id) ?? []).map((b) => b.name),
      updatedAt: r.updatedAt,
      scheduledFor: r.scheduledFor,
      publishedLate: r.publishedLate,
      unreadNotes: unread.has(r.id),
    })),
    nextCursor: more && last ? encodeCursor({ sort, key: last.sortKey, id: last.id }) : null,
  };
}

// Bylines and unread flags are fetched for the page's ids only, never for the whole table.
/** A note is unread when someone else wrote it after the viewer last read the story's notes. */
async function unreadFor(viewerId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await getDb()
    .selectDistinct({ storyId: storyNotes.storyId })
    .from(storyNotes)
    .leftJoin(storyNoteReads, and(eq(storyNoteReads.storyId, storyNotes.storyId), eq(storyNoteReads.userId, viewerId)))
    .where(
      and(
        inArray(storyNotes.storyId, ids),
        ne(storyNotes.authorId, viewerId),
        or(isNull(storyNoteReads.readAt), gt(storyNotes.createdAt, storyNoteReads.readAt)),
      ),
    );
  return new Set(rows.map((r) => r.storyId));
}

/** The options of the section and author filters. */
export async function storyListFilterOptions(): Promise<{
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
}> {
  const db = getDb();
  const [s, a] = await Promise.all([
    db
      .select({ slug: sections.slug, name: sections.name })
      .from(sections)
      .orderBy(asc(sections.edition), asc(sections.position), asc(sections.name)),
    db.select({ slug: authors.slug, name: authors.name }).from(authors).orderBy(asc(authors.name)),
  ]);
  return { sections: s, authors: a };
}
