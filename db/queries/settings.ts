import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { siteSettings, type SiteSettings } from "@/db/schema";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";
import { withEditionNames } from "@/lib/edition-names";

const DEFAULTS: PublicSettings = {
  siteName: "The Dhaka Dateline",
  tagline: "News from Dhaka and across Bangladesh",
  timeZone: "Asia/Dhaka",
  cityLabel: "Dhaka",
  locale: "en-GB",
  socialLinks: {},
  editionNames: {},
};

export type PublicSettings = Omit<SiteSettings, "updatedAt" | "id">;

/**
 * The settings as a page of `edition` shows them: another edition's own site name, tagline and
 * clock city where an admin wrote them (a Bangla masthead reads ঢাকা ডেটলাইন), else the default's.
 * Without an edition, the outlet's own (the desk, feeds of the default edition).
 */
export const getSiteSettings = cache(async (edition: EditionCode = DEFAULT_EDITION): Promise<PublicSettings> => {
  const settings = await readSettings();
  return edition === DEFAULT_EDITION ? settings : withEditionNames(settings, edition);
});

const readSettings = cache(async (): Promise<PublicSettings> => {
  const [row] = await getDb()
    .select({
      siteName: siteSettings.siteName,
      tagline: siteSettings.tagline,
      timeZone: siteSettings.timeZone,
      cityLabel: siteSettings.cityLabel,
      locale: siteSettings.locale,
      socialLinks: siteSettings.socialLinks,
      editionNames: siteSettings.editionNames,
    })
    .from(siteSettings)
    .where(eq(siteSettings.id, 1));
  return row ?? DEFAULTS;
});
