import "server-only";
import { and, asc, desc, eq, ne, or } from "drizzle-orm";
import type { EditionCode } from "@/lib/editions";
import { getDb } from "@/db";
import {
  authors,
  sections,
  stories,
  storyColumns,
  storyTranslations,
  topics,
  users,
  type StorySnapshot,
  type StoryStatus,
} from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { currentSnapshot, pendingSnapshot } from "./snapshots";
import { canEditContent, canView } from "@/lib/workflow";
import { editableStoriesWhere } from "./desk-visibility";

/** What the editor page needs about a story: a DTO, never the raw row. */
export type EditorStory = {
  id: string;
  status: StoryStatus;
  version: number;
  createdById: string;
  /** The section as saved on the row: a section editor's rights follow it. */
  sectionId: string | null;
  ownerName: string;
  firstPublishedAt: string | null;
  scheduledFor: string | null;
  publishedLate: boolean;
  sectionSlug: string | null;
  /** The text to edit: pending (unpublished) changes of a live story, else the story as saved. */
  snapshot: StorySnapshot;
  hasPendingChanges: boolean;
};

export async function getStoryForEditor(actor: Actor, id: string): Promise<EditorStory | null> {
  const db = getDb();
  const [row] = await db.select(storyColumns).from(stories).where(eq(stories.id, id));
  if (!row || !canView(actor, row)) return null;
  const [owner] = await db.select({ name: users.name }).from(users).where(eq(users.id, row.createdById));
  const [section] = row.sectionId
    ? await db.select({ slug: sections.slug }).from(sections).where(eq(sections.id, row.sectionId))
    : [];
  const pending = row.status === "published" ? await pendingSnapshot(db, id) : null;
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    createdById: row.createdById,
    sectionId: row.sectionId,
    ownerName: owner?.name ?? "",
    firstPublishedAt: row.firstPublishedAt?.toISOString() ?? null,
    scheduledFor: row.scheduledFor?.toISOString() ?? null,
    publishedLate: row.publishedLate,
    sectionSlug: section?.slug ?? null,
    snapshot: pending ?? (await currentSnapshot(db, row)),
    hasPendingChanges: !!pending,
  };
}

export type EditorOptions = {
  sections: { id: string; name: string; slug: string; edition: EditionCode }[];
  topics: { id: string; name: string }[];
  authors: { id: string; name: string; staff: boolean }[];
};

export async function getEditorOptions(): Promise<EditorOptions> {
  const db = getDb();
  const [s, t, a] = await Promise.all([
    db
      .select({ id: sections.id, name: sections.name, slug: sections.slug, edition: sections.edition })
      .from(sections)
      .orderBy(asc(sections.edition), asc(sections.position), asc(sections.name)),
    db.select({ id: topics.id, name: topics.name }).from(topics).orderBy(asc(topics.name)),
    db.select({ id: authors.id, name: authors.name, userId: authors.userId }).from(authors).orderBy(asc(authors.name)),
  ]);
  return { sections: s, topics: t, authors: a.map(({ id, name, userId }) => ({ id, name, staff: userId !== null })) };
}

/** The desk's "Translation of" choice for one story: its edition, its pair, and what it may pair with. */
export type TranslationOptions = {
  /** Null while the story has no section: its section decides its edition. */
  edition: EditionCode | null;
  current: { id: string; headline: string; role: "original" | "translation" } | null;
  /**
   * The other edition's stories this person may link, newest first (any state: a pair may be made
   * before publishing), never one they may not edit: the panel listed every draft (issue 19).
   */
  candidates: { id: string; headline: string; status: string }[];
};

/** Null when this person may not link this story (the panel is not shown). */
export async function getTranslationOptions(actor: Actor, storyId: string): Promise<TranslationOptions | null> {
  const db = getDb();
  const [row] = await db
    .select({ story: storyColumns, edition: sections.edition })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(stories.id, storyId));
  if (!row || !canEditContent(actor, row.story)) return null;
  const edition = row.edition ?? null;
  const [pair] = await db
    .select()
    .from(storyTranslations)
    .where(or(eq(storyTranslations.originalId, storyId), eq(storyTranslations.translationId, storyId)));
  let current: TranslationOptions["current"] = null;
  if (pair) {
    const [otherId, role] =
      pair.originalId === storyId
        ? [pair.translationId, "translation" as const]
        : [pair.originalId, "original" as const];
    const [other] = await db.select(storyColumns).from(stories).where(eq(stories.id, otherId));
    // The pair may have been made by someone who could open both; this person sees only its existence.
    const headline = other && canView(actor, other) ? other.headline || "Untitled" : "A story you cannot open";
    current = { id: otherId, headline, role };
  }
  const candidates = edition
    ? await db
        .select({ id: stories.id, headline: stories.headline, status: stories.status })
        .from(stories)
        .innerJoin(sections, eq(sections.id, stories.sectionId))
        .where(and(ne(sections.edition, edition), editableStoriesWhere(actor)))
        .orderBy(desc(stories.createdAt))
        .limit(200)
    : [];
  return { edition, current, candidates: candidates.map((c) => ({ ...c, headline: c.headline || "Untitled" })) };
}
