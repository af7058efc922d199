// The page cache's tags: every cached public page carries the tags of what it shows, and every
// write that changes public output expires the matching tags (see ./invalidate.ts).
import { createHash } from "node:crypto";

export const TAGS = {
  /** Everything public that reads site settings (all of it). */
  site: "site",
  /** Pages and feeds that list stories: home, section, topic and author pages, feeds, sitemaps. */
  lists: "lists",
  /** The home page's arrangement. */
  front: "front",
  /** One of the outlet's own pages (/about, /about/standards…: lib/site-pages.ts). */
  sitePage: (slug: string) => `page:${slug}`,
  /** A story's own page and every page that shows its card ("More on this topic"). */
  story: (id: string) => `story:${id}`,
  /**
   * An article address, whatever answers there (the story, a redirect, a 404 cached before the
   * story went live). Hashed: slugs may be long and non-ASCII; tags travel in a header.
   */
  address: (sectionSlug: string, slug: string) =>
    `addr:${createHash("sha256").update(`${sectionSlug}/${slug}`).digest("base64url").slice(0, 22)}`,
};
