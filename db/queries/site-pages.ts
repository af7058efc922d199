// The outlet's own pages as readers and the dashboard see them: the saved text, or the page's
// default title and no text when nobody has written it yet.
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sitePages } from "@/db/schema";
import { SITE_PAGES, type SitePageDef } from "@/lib/site-pages";

export type SitePageView = SitePageDef & { title: string; body: string; updatedAt: Date | null };

export async function getSitePage(def: SitePageDef): Promise<SitePageView> {
  const [row] = await getDb()
    .select({ title: sitePages.title, body: sitePages.body, updatedAt: sitePages.updatedAt })
    .from(sitePages)
    .where(eq(sitePages.slug, def.slug));
  return { ...def, title: row?.title ?? def.defaultTitle, body: row?.body ?? "", updatedAt: row?.updatedAt ?? null };
}

export async function listSitePages(): Promise<SitePageView[]> {
  const rows = await getDb()
    .select({ slug: sitePages.slug, title: sitePages.title, body: sitePages.body, updatedAt: sitePages.updatedAt })
    .from(sitePages);
  return SITE_PAGES.map((def) => {
    const row = rows.find((r) => r.slug === def.slug);
    return { ...def, title: row?.title ?? def.defaultTitle, body: row?.body ?? "", updatedAt: row?.updatedAt ?? null };
  });
}
