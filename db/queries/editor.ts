import "server-only";
import { asc, eq } from "drizzle-orm";
import type { EditionCode } from "@/lib/editions";
import { getDb } from "@/db";
import {
  authors,
  sections,
  stories,
  storyColumns,
  topics,
  users,
  type StorySnapshot,
  type StoryStatus,
} from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { currentSnapshot, pendingSnapshot } from "./snapshots";
import { canView } from "@/lib/workflow";

/** What the editor page needs about a story: a DTO, never the raw row. */
export type EditorStory = {
  id: string;
  status: StoryStatus;
  version: number;
  createdById: string;
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
