import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { siteSettings, type SiteSettings } from "@/db/schema";

const DEFAULTS: PublicSettings = {
  siteName: "The Dhaka Dateline",
  tagline: "News from Dhaka and across Bangladesh",
  timeZone: "Asia/Dhaka",
  cityLabel: "Dhaka",
  locale: "en-GB",
  socialLinks: {},
};

export type PublicSettings = Omit<SiteSettings, "updatedAt" | "id">;

export const getSiteSettings = cache(async (): Promise<PublicSettings> => {
  const [row] = await getDb()
    .select({
      siteName: siteSettings.siteName,
      tagline: siteSettings.tagline,
      timeZone: siteSettings.timeZone,
      cityLabel: siteSettings.cityLabel,
      locale: siteSettings.locale,
      socialLinks: siteSettings.socialLinks,
    })
    .from(siteSettings)
    .where(eq(siteSettings.id, 1));
  return row ?? DEFAULTS;
});
