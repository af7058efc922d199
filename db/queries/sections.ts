import "server-only";
import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { sections } from "@/db/schema";
import type { EditionCode } from "@/lib/editions";

export type SectionSummary = { slug: string; name: string; description: string; edition: EditionCode };

const summary = {
  slug: sections.slug,
  name: sections.name,
  description: sections.description,
  edition: sections.edition,
};

/** One edition's sections, in the editors' order: its masthead, footer and home page blocks. */
export const listSections = cache(async (edition: EditionCode): Promise<SectionSummary[]> =>
  getDb()
    .select(summary)
    .from(sections)
    .where(eq(sections.edition, edition))
    .orderBy(asc(sections.position), asc(sections.name)),
);

/** A section by slug (unique across editions); the caller checks it is in the edition asked for. */
export async function getSection(slug: string): Promise<SectionSummary | null> {
  const [row] = await getDb().select(summary).from(sections).where(eq(sections.slug, slug));
  return row ?? null;
}
