// The outlet's own pages (about, contact, standards, corrections, privacy): which exist and where
// they live is code, their text is data admins edit at /dashboard/pages (saved by
// ./save-site-page.ts). Nothing here touches the server, so the dashboard's form can import it.
import { z } from "zod";

/** Footer order. `label` is the footer's short name; the page's heading is its editable title. */
export const SITE_PAGES = [
  { slug: "about", path: "/about", label: "About us", defaultTitle: "About us" },
  { slug: "contact", path: "/about/contact", label: "Contact", defaultTitle: "Contact the newsroom" },
  { slug: "standards", path: "/about/standards", label: "Editorial standards", defaultTitle: "Editorial standards" },
  { slug: "corrections", path: "/about/corrections", label: "Corrections policy", defaultTitle: "Corrections policy" },
  { slug: "privacy", path: "/about/privacy", label: "Privacy", defaultTitle: "Privacy" },
] as const;

export type SitePageSlug = (typeof SITE_PAGES)[number]["slug"];
export type SitePageDef = (typeof SITE_PAGES)[number];

export function sitePageDef(slug: string): SitePageDef | null {
  return SITE_PAGES.find((p) => p.slug === slug) ?? null;
}

/** The pages under /about/<slug> (the about page itself is /about). */
export const ABOUT_SUBPAGES = SITE_PAGES.filter((p) => p.slug !== "about").map((p) => p.slug);

// Bounds that keep a page a page: a title fits a heading, a body a long policy (~8,000 words).
export const SITE_PAGE_LIMITS = { title: 120, body: 50_000 } as const;

export const sitePageSchema = z.object({
  slug: z.enum(SITE_PAGES.map((p) => p.slug) as [SitePageSlug, ...SitePageSlug[]], {
    message: "There is no such page.",
  }),
  title: z
    .string()
    .trim()
    .min(1, "The page needs a title.")
    .max(SITE_PAGE_LIMITS.title, `Keep the title under ${SITE_PAGE_LIMITS.title} characters.`),
  body: z
    .string()
    .max(SITE_PAGE_LIMITS.body, `Keep the text under ${SITE_PAGE_LIMITS.body.toLocaleString("en")} characters.`)
    // Windows line ends from a pasted document become plain newlines; trailing space goes.
    .transform((v) => v.replace(/\r\n?/g, "\n").trim()),
});

export type SitePageInput = z.infer<typeof sitePageSchema>;

/** Paragraphs are separated by a blank line; single line breaks inside one are kept as breaks. */
export function paragraphs(body: string): string[][] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.split("\n").map((line) => line.trim()))
    .filter((lines) => lines.some(Boolean));
}
