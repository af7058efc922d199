// What a story's generated share card shows, for published stories only (publishedNow()), so a
// draft's or a taken-down story's headline is never drawn.
import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sections, stories } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import { publishedNow } from "./visibility";

export type CardStory = { id: string; headline: string; sectionName: string };

export async function cardStory(id: string): Promise<CardStory | null> {
  if (!isUuid(id)) return null;
  const [row] = await getDb()
    .select({ id: stories.id, headline: stories.headline, sectionName: sections.name })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(publishedNow(), eq(stories.id, id)));
  return row ?? null;
}
