import "server-only";
import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { sections } from "@/db/schema";

export type SectionSummary = { slug: string; name: string; description: string };

export const listSections = cache(async (): Promise<SectionSummary[]> =>
  getDb()
    .select({ slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name)),
);

export async function getSection(slug: string): Promise<SectionSummary | null> {
  const [row] = await getDb()
    .select({ slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .where(eq(sections.slug, slug));
  return row ?? null;
}
