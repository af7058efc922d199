import "server-only";
import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import {
  authors,
  media,
  sections,
  stories,
  storyCorrections,
  storyRedirects,
  storyTopics,
  storyTranslations,
  topics,
  type AuthorLinks,
} from "@/db/schema";
import { EDITIONS, type EditionCode } from "@/lib/editions";
import { pictureColumns } from "@/lib/media/columns";
import { publicPath, type StoryAddress } from "@/lib/routes";
import type { PictureMedia } from "@/lib/media/picture";
import { latestStories, storyCardsByIds, type StoryCard } from "./stories";
import { authorIsPublic, publishedNow } from "./visibility";

export type TopicLink = { name: string; slug: string };
export type Correction = { id: number; kind: "correction" | "update" | "clarification"; body: string; createdAt: Date };

export const getArticleTopics = cache(async (storyId: string): Promise<TopicLink[]> =>
  getDb()
    .select({ name: topics.name, slug: topics.slug })
    .from(storyTopics)
    .innerJoin(topics, eq(topics.id, storyTopics.topicId))
    .where(eq(storyTopics.storyId, storyId))
    .orderBy(asc(topics.name)),
);

export async function getCorrections(storyId: string): Promise<Correction[]> {
  return getDb()
    .select({
      id: storyCorrections.id,
      kind: storyCorrections.kind,
      body: storyCorrections.body,
      createdAt: storyCorrections.createdAt,
    })
    .from(storyCorrections)
    .where(eq(storyCorrections.storyId, storyId))
    .orderBy(asc(storyCorrections.createdAt));
}

/** At most four: a short list under the story, never longer than the story above it (issue 11). */
export const RELATED_LIMIT = 4;

export type Related = {
  stories: StoryCard[];
  /** False when no story shares a topic and the list is only the section's newest. */
  onTopic: boolean;
};

/**
 * "More on this topic": up to `limit` other published stories, those sharing the most topics
 * first, then the newest from the same section to fill the list.
 */
export async function relatedStories(
  story: { id: string; edition: EditionCode; sectionSlug: string },
  limit = RELATED_LIMIT,
): Promise<Related> {
  const db = getDb();
  const shared = db
    .select({ storyId: storyTopics.storyId, n: sql<number>`count(*)`.as("n") })
    .from(storyTopics)
    .where(
      and(
        inArray(
          storyTopics.topicId,
          db.select({ id: storyTopics.topicId }).from(storyTopics).where(eq(storyTopics.storyId, story.id)),
        ),
        ne(storyTopics.storyId, story.id),
      ),
    )
    .groupBy(storyTopics.storyId)
    .as("shared");
  const byTopic = await db
    .select({ id: stories.id })
    .from(shared)
    .innerJoin(stories, eq(stories.id, shared.storyId))
    .where(publishedNow())
    .orderBy(desc(shared.n), desc(stories.publishedAt))
    .limit(limit);
  const ids = byTopic.map((r) => r.id);
  // Only the story's own edition: a reader of the Bangla page is not sent to English stories.
  const cards = (await storyCardsByIds(ids)).filter((c) => c.edition === story.edition);
  const onTopic = cards.length > 0;
  if (cards.length < limit) {
    const more = await latestStories(limit + 1 + cards.length, { sectionSlug: story.sectionSlug });
    for (const c of more) {
      if (cards.length >= limit) break;
      if (c.id !== story.id && !cards.some((x) => x.id === c.id)) cards.push(c);
    }
  }
  return { stories: cards, onTopic };
}

export type AddressState = { kind: "gone" } | { kind: "moved"; to: string } | { kind: "none" };

/** What an article address means when no published story answers it: gone, moved, or nothing. */
export async function resolveAddress(sectionSlug: string, slug: string): Promise<AddressState> {
  const db = getDb();
  const [here] = await db
    .select({ status: stories.status, firstPublishedAt: stories.firstPublishedAt })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(eq(sections.slug, sectionSlug), eq(stories.slug, slug)));
  if (here?.status === "unpublished") return { kind: "gone" };
  const [moved] = await db
    .select({ edition: sections.edition, sectionSlug: sections.slug, slug: stories.slug })
    .from(storyRedirects)
    .innerJoin(stories, eq(stories.id, storyRedirects.storyId))
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(eq(storyRedirects.sectionSlug, sectionSlug), eq(storyRedirects.slug, slug), publishedNow()));
  if (moved) return { kind: "moved", to: publicPath.story(moved) };
  return { kind: "none" };
}

export type AuthorProfile = {
  id: string;
  name: string;
  slug: string;
  bio: string;
  role: string;
  links: AuthorLinks;
  photo: PictureMedia | null;
};

export const getAuthor = cache(async (slug: string): Promise<AuthorProfile | null> => {
  const [row] = await getDb()
    .select({
      id: authors.id,
      name: authors.name,
      slug: authors.slug,
      bio: authors.bio,
      role: authors.role,
      links: authors.links,
      photo: pictureColumns,
    })
    .from(authors)
    .leftJoin(media, eq(media.id, authors.photoId))
    .where(and(eq(authors.slug, slug), authorIsPublic(authors.id)));
  return row ?? null;
});

export const getTopic = cache(async (slug: string): Promise<(TopicLink & { id: string }) | null> => {
  const [row] = await getDb()
    .select({ id: topics.id, name: topics.name, slug: topics.slug })
    .from(topics)
    .where(eq(topics.slug, slug));
  return row ?? null;
});

/** A story's translation pair as its page shows it: the counterpart and which side it is on. */
export type Counterpart = {
  /** Always set when the story is in a pair, published or not: its page carries this story's tag. */
  id: string;
  role: "original" | "translation";
  /** Where to read it, only while it is published (an unpublished counterpart is no link). */
  live: (StoryAddress & { language: string }) | null;
};

export const getCounterpart = cache(async (storyId: string): Promise<Counterpart | null> => {
  const db = getDb();
  const [pair] = await db
    .select()
    .from(storyTranslations)
    .where(or(eq(storyTranslations.originalId, storyId), eq(storyTranslations.translationId, storyId)));
  if (!pair) return null;
  const [id, role] =
    pair.originalId === storyId ? [pair.translationId, "translation" as const] : [pair.originalId, "original" as const];
  const [live] = await db
    .select({ edition: sections.edition, sectionSlug: sections.slug, slug: stories.slug })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(eq(stories.id, id), publishedNow()));
  return { id, role, live: live ? { ...live, language: EDITIONS[live.edition].language } : null };
});
