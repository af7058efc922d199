// The addresses a story may publish under when its own slug is taken (issue 12), in order.
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { siteSettings } from "@/db/schema";
import { dayOf } from "@/lib/planning/days";
import { FIELD_LIMITS } from "./fields";

/**
 * `slug`, then `slug-2` … `slug-9`, `slug-<date>`, `slug-<random>`. The date is the newsroom's
 * (its time zone from settings), as printed on the page: a story published at 01:00 in Dhaka is
 * still 19:00 the day before in UTC, and its address must not say yesterday.
 */
export function slugCandidates(slug: string, now: Date, timeZone: string, random: string): string[] {
  const with_ = (suffix: string) =>
    `${slug.slice(0, FIELD_LIMITS.slug - suffix.length - 1).replace(/-+$/, "")}-${suffix}`;
  return [
    slug,
    ...Array.from({ length: 8 }, (_, i) => with_(String(i + 2))),
    with_(dayOf(now, timeZone)),
    with_(random),
  ];
}

/** The newsroom's time zone, read inside the publishing transaction. */
export async function newsroomZone(tx: Tx): Promise<string> {
  const [row] = await tx.select({ timeZone: siteSettings.timeZone }).from(siteSettings).where(eq(siteSettings.id, 1));
  // No settings row yet: the column's own default, the zone every fresh install starts in.
  return row?.timeZone ?? String(siteSettings.timeZone.default);
}
