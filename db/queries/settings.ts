import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { siteSettings, type SiteSettings } from "@/db/schema";

const DEFAULTS: Omit<SiteSettings, "updatedAt"> = {
  id: 1,
  siteName: "The Dhaka Dateline",
  tagline: "News from Dhaka and across Bangladesh",
  timeZone: "Asia/Dhaka",
  cityLabel: "Dhaka",
  locale: "en-GB",
  socialLinks: {},
};

export type PublicSettings = Omit<SiteSettings, "updatedAt" | "id">;

export const getSiteSettings = cache(async (): Promise<PublicSettings> => {
  const [row] = await getDb().select().from(siteSettings).where(eq(siteSettings.id, 1));
  const { id: _id, updatedAt: _u, ...rest } = row ?? { ...DEFAULTS, updatedAt: null };
  return rest;
});
