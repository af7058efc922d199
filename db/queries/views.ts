import type { EditionCode } from "@/lib/editions";
import "server-only";
import { and, desc, eq, gt, sql, sum } from "drizzle-orm";
import { getDb } from "@/db";
import { sections, stories, storyViews } from "@/db/schema";
import { storyCardsByIds, type StoryCard } from "./stories";
import { publishedNow } from "./visibility";

export async function viewCount(storyId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: sum(storyViews.views) })
    .from(storyViews)
    .where(eq(storyViews.storyId, storyId));
  return Number(row?.n ?? 0);
}

/** The most-viewed published stories of the last 24 hours. */
export async function mostRead(limit: number, edition: EditionCode): Promise<StoryCard[]> {
  const rows = await getDb()
    .select({ id: storyViews.storyId, n: sql<number>`sum(${storyViews.views})`.as("n") })
    .from(storyViews)
    .innerJoin(stories, eq(stories.id, storyViews.storyId))
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(gt(storyViews.hour, sql`now() - interval '24 hours'`), publishedNow(), eq(sections.edition, edition)))
    .groupBy(storyViews.storyId)
    .orderBy(desc(sql`n`))
    .limit(limit);
  return storyCardsByIds(rows.map((r) => r.id));
}
