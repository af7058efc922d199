// Reads for the home page: the public front (lead + top stories) and the editors' arrangement.
import "server-only";
import { and, asc, desc, eq, ilike, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { homeSlots, sections, stories } from "@/db/schema";
import type { EditionCode } from "@/lib/editions";
import { MAX_HOME_SLOTS } from "@/lib/home";
import { latestStories, storyCardsByIds, type StoryCard } from "./stories";
import { likePattern } from "./story-list";
import { publishedNow } from "./visibility";

export type HomeFront = { lead: StoryCard | null; topStories: StoryCard[] };

/**
 * The lead and top stories readers see: the arranged stories that are still published, in the
 * editors' order, then the newest published stories not already among them, up to seven in
 * all. With nothing arranged that is simply the newest story as lead and the next six on top.
 */
export async function homeFront(edition: EditionCode): Promise<HomeFront> {
  const [slots, newest] = await Promise.all([
    getDb()
      .select({ storyId: homeSlots.storyId })
      .from(homeSlots)
      .where(eq(homeSlots.edition, edition))
      .orderBy(asc(homeSlots.position)),
    // Seven newest always suffice: each arranged story among them frees a slot it would fill.
    latestStories(MAX_HOME_SLOTS, { edition }),
  ]);
  // storyCardsByIds applies publishedNow(): an unpublished or rescheduled story drops out, and
  // so does one whose section has since moved to another edition.
  const arranged = (await storyCardsByIds(slots.map((s) => s.storyId))).filter((s) => s.edition === edition);
  const shown = new Set(arranged.map((s) => s.id));
  const front = [...arranged, ...newest.filter((s) => !shown.has(s.id))].slice(0, MAX_HOME_SLOTS);
  return { lead: front[0] ?? null, topStories: front.slice(1) };
}

/** A slot as the dashboard shows it; `live` is false when the story is no longer published. */
export type ArrangedStory = { id: string; headline: string; sectionName: string; live: boolean };

/** The saved arrangement, lead first, including stories that have since gone off the site. */
export async function homeArrangement(edition: EditionCode): Promise<ArrangedStory[]> {
  const rows = await getDb()
    .select({
      id: stories.id,
      headline: stories.headline,
      sectionName: sections.name,
      // The one visibility rule, evaluated per row (null published_at counts as not live).
      live: sql<boolean>`coalesce(${publishedNow() ?? sql`false`}, false)`,
    })
    .from(homeSlots)
    .innerJoin(stories, eq(stories.id, homeSlots.storyId))
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(homeSlots.edition, edition))
    .orderBy(asc(homeSlots.position));
  return rows.map((r) => ({ ...r, headline: r.headline || "Untitled", sectionName: r.sectionName ?? "" }));
}

/** The newest published stories, for the editors' "add a story" list. */
/** `q`: only stories whose headline contains it, so any published story can be found, not only the newest. */
export async function arrangeableStories(edition: EditionCode, limit = 50, q?: string): Promise<ArrangedStory[]> {
  const rows = await getDb()
    .select({ id: stories.id, headline: stories.headline, sectionName: sections.name })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(publishedNow(), eq(sections.edition, edition), q ? ilike(stories.headline, likePattern(q)) : undefined))
    .orderBy(desc(stories.publishedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, live: true }));
}
