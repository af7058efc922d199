// Syndication: RSS 2.0 and Atom feeds (the `feed` library), the sitemap index and its pages,
// and the Google News sitemap (fast-xml-parser's builder, which escapes every text node).
import { absoluteMediaUrls } from "@/lib/media/picture";
import { portableBodyHtml } from "@/lib/rich-text/embed";
import "server-only";
import { XMLBuilder } from "fast-xml-parser";
import { Feed, type Category, type Item } from "feed";
import {
  feedStories,
  getFeedOwner,
  recentStories,
  sitemapSections,
  sitemapStories,
  sitemapStoryPages,
  type FeedKind,
  type FeedScope,
  type FeedStory,
} from "@/db/queries/feeds";
import { getSiteSettings } from "@/db/queries/settings";
import { logoImage, storyImages } from "@/lib/seo/share";
import { formatTimestamp, isoWithOffset } from "@/lib/time";
import { getReaderText } from "@/lib/i18n/reader-language";
import { DEFAULT_EDITION, EDITION_CODES, EDITIONS, type EditionCode } from "./editions";
import { editionLanguage } from "./i18n/language";
import { readerText, type ReaderText } from "./i18n/reader-text";
import { publicPath, siteOrigin } from "./site-url";
import { escapeHtml } from "@/lib/html-escape";

export type FeedFormat = "rss" | "atom";
export const FEED_KINDS: readonly FeedKind[] = ["section", "topic", "author"];
export const FEED_SIZE = 30;
/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_PAGE_SIZE = 50_000;
export const NEWS_SITEMAP_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1_000;

export const CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  xml: "application/xml; charset=utf-8",
} as const;
const CACHE_CONTROL = "public, s-maxage=60, stale-while-revalidate=300";

/** The site's absolute origin; kept under this name for the feed and sitemap modules. */
export const siteUrl = siteOrigin;

export { publicPath };

/** Removes characters XML 1.0 cannot carry at all (control characters, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, "");
}

function scopePage(scope: FeedScope): string {
  if (scope.kind === "site") return publicPath.home(scope.edition);
  return scope.kind === "section" ? publicPath.section(scope) : publicPath[scope.kind](scope.slug);
}

/** How a section, topic or author list describes itself, in its feed and its page's metadata. */
export function scopeDescription(
  scope: FeedScope,
  name: string,
  description: string,
  siteName: string,
  text: Pick<ReaderText, "t">,
): string {
  if (scope.kind === "section" && description) return description;
  // In the words of the page or feed: a Bangla section's feed is described in Bangla.
  return text.t(`feedDescriptions.${scope.kind === "site" ? "section" : scope.kind}`, { name, siteName });
}

const MEDIA_NS = "http://search.yahoo.com/mrss/";

/**
 * The item's picture: its photo's 16:9 crop, or its generated card. RSS gets an <enclosure>
 * (type and length) and a Media RSS <media:content> with size and alt text, declaring its own
 * namespace because the library has no way to add one to <rss>; Atom a link rel="enclosure".
 */
function itemImage(
  story: FeedStory,
  format: FeedFormat,
  siteName: string,
): Pick<Item, "enclosure"> & { media?: unknown } {
  const image = storyImages(
    { id: story.id, headline: story.headline, sectionName: story.section.name, featuredImage: story.featuredImage },
    { siteName },
  )[0]!;
  const enclosure = { url: image.url, type: image.type, ...(image.bytes ? { length: image.bytes } : {}) };
  if (format === "atom") return { enclosure };
  return {
    enclosure,
    media: {
      _attributes: {
        "xmlns:media": MEDIA_NS,
        url: image.url,
        type: image.type,
        medium: "image",
        width: image.width,
        height: image.height,
        ...(image.bytes ? { fileSize: image.bytes } : {}),
      },
      "media:description": { _attributes: { type: "plain" }, _text: xmlSafe(image.alt) },
    },
  };
}

/** The page's corrections box as HTML for a feed item, in the story's edition's words (issue 19). */
export function correctionsHtml(corrections: FeedStory["corrections"], text: ReaderText, timeZone: string): string {
  if (corrections.length === 0) return "";
  const items = corrections.map(
    (c) =>
      `<li><strong>${escapeHtml(text.t(`corrections.${c.kind}`))}</strong>, ` +
      `<time datetime="${isoWithOffset(c.createdAt, timeZone)}">${escapeHtml(formatTimestamp(c.createdAt, timeZone, text.locale))}</time>: ` +
      `${escapeHtml(xmlSafe(c.body))}</li>`,
  );
  return `<aside><h2>${escapeHtml(text.t("corrections.heading"))}</h2><ul>${items.join("")}</ul></aside>`;
}

function toItem(story: FeedStory, format: FeedFormat, origin: string, siteName: string, box = ""): Item {
  const { enclosure, media } = itemImage(story, format, siteName);
  const standfirst = escapeHtml(xmlSafe(story.standfirst));
  const categories = [
    { ...story.section, scheme: `${origin}/` },
    ...story.topics.map((t) => ({ ...t, scheme: `${origin}/topics/` })),
  ];
  // feed types extension objects as one record but hands them to xml-js as they are, which
  // writes an array as repeated elements: one dc:creator per byline (RSS's own <author> wants an email).
  const creators: unknown = story.authors.map((a) => ({ _text: xmlSafe(a.name) }));
  return {
    // Atom declares its title as HTML; RSS titles are plain text.
    title: format === "atom" ? escapeHtml(xmlSafe(story.headline)) : xmlSafe(story.headline),
    // The story's id, not its URL: a slug or section change must not make readers see it twice.
    id: `urn:uuid:${story.id}`,
    guid: `urn:uuid:${story.id}`,
    link:
      origin + publicPath.story({ edition: story.section.edition, sectionSlug: story.section.slug, slug: story.slug }),
    date: story.contentUpdatedAt ?? story.publishedAt,
    published: story.publishedAt,
    description: standfirst || undefined,
    // A CDATA section ends at "]]>"; in HTML "]]&gt;" reads the same. Never empty, so the
    // library always declares the dc namespace that dc:creator needs.
    content:
      (xmlSafe(absoluteMediaUrls(portableBodyHtml(story.bodyHtml), origin)) || `<p>${standfirst}</p>`).replace(
        /]]>/g,
        "]]&gt;",
      ) + box.replace(/]]>/g, "]]&gt;"),
    author:
      format === "atom"
        ? story.authors.map((a) => ({ name: xmlSafe(a.name), link: origin + publicPath.author(a.slug) }))
        : undefined,
    enclosure,
    extensions:
      format === "rss"
        ? [
            ...(story.authors.length > 0 ? [{ name: "dc:creator", objects: creators as Record<string, unknown> }] : []),
            { name: "media:content", objects: media as Record<string, unknown> },
          ]
        : undefined,
    category: categories.map((c): Category =>
      format === "rss"
        ? { name: xmlSafe(c.name), domain: c.scheme }
        : // xml-js does not escape "<" in attributes: such a label is left out (readers fall back to the term).
          { term: c.slug, scheme: c.scheme, name: c.name.includes("<") ? undefined : xmlSafe(c.name) },
    ),
  };
}

/** The feed's XML, or null when its section, topic or author does not exist. */
export async function buildFeed(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  // A section's feed speaks its edition's language and name; topics and authors span editions.
  const edition = scope.kind === "site" || scope.kind === "section" ? scope.edition : DEFAULT_EDITION;
  const [settings, owner, stories] = await Promise.all([
    getSiteSettings(edition),
    scope.kind === "site" ? null : getFeedOwner(scope.kind, scope.slug),
    feedStories(scope, FEED_SIZE),
  ]);
  if (scope.kind !== "site" && !owner) return null;
  const origin = siteUrl();
  const siteName = xmlSafe(settings.siteName);
  const title = owner ? `${siteName}: ${xmlSafe(owner.name)}` : siteName;
  const text = readerText(editionLanguage(edition, settings.locale), settings.locale);
  const description = owner ? scopeDescription(scope, owner.name, owner.description, siteName, text) : settings.tagline;
  const times = stories.map((s) => (s.contentUpdatedAt ?? s.publishedAt).getTime());
  const feed = new Feed({
    title,
    description: xmlSafe(description),
    id: origin + publicPath.feed(scope, "atom"),
    link: origin + scopePage(scope),
    // The edition's language; topic and author feeds span editions and keep the site's locale.
    language: scope.kind === "site" || scope.kind === "section" ? EDITIONS[scope.edition].language : settings.locale,
    favicon: `${origin}/icon.svg`,
    // RSS <image> and Atom <logo>: the publisher logo, a raster square.
    image: logoImage(settings).url,
    updated: times.length > 0 ? new Date(Math.max(...times)) : new Date(),
    generator: "Dateline",
    feedLinks: { rss: origin + publicPath.feed(scope, "rss"), atom: origin + publicPath.feed(scope, "atom") },
  });
  for (const story of stories) {
    const text = await getReaderText(story.section.edition);
    const box = correctionsHtml(story.corrections, text, settings.timeZone);
    feed.addItem(toItem(story, format, origin, settings.siteName, box));
  }
  return format === "rss" ? feed.rss2() : atomEnclosureTypes(feed.atom1());
}

/**
 * The library types an Atom enclosure from the file's extension ("image/jpg"); the registered
 * name is image/jpeg. Only its own enclosure links are touched (story bodies hold no <link>).
 */
function atomEnclosureTypes(xml: string): string {
  return xml.replace(/(<link rel="enclosure" href="[^"]*"(?: title="[^"]*")? type=")image\/jpg"/g, '$1image/jpeg"');
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true });
const declaration = { "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" } };
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

/** `/sitemap.xml`: the static pages' sitemap, then one sitemap per page of stories. */
export async function buildSitemapIndex(pageSize = SITEMAP_PAGE_SIZE): Promise<string> {
  const [settings, pages, sections] = await Promise.all([
    getSiteSettings(),
    sitemapStoryPages(pageSize),
    sitemapSections(),
  ]);
  const origin = siteUrl();
  const newestSection = newest(sections.map((s) => s.lastmod));
  const entries = [
    { loc: `${origin}/sitemaps/pages.xml`, lastmod: newestSection },
    ...pages.map((p) => ({ loc: `${origin}/sitemaps/stories-${p.page + 1}.xml`, lastmod: p.lastmod })),
  ];
  return builder.build({
    ...declaration,
    sitemapindex: {
      "@_xmlns": SITEMAP_NS,
      sitemap: entries.map((e) => ({
        loc: e.loc,
        ...(e.lastmod ? { lastmod: isoWithOffset(e.lastmod, settings.timeZone) } : {}),
      })),
    },
  });
}

/** The home page and every section page. */
export async function buildPagesSitemap(): Promise<string> {
  const [settings, sections] = await Promise.all([getSiteSettings(), sitemapSections()]);
  const origin = siteUrl();
  const pages = [
    // Edition by edition, the default first: its home page, then its sections. An edition with
    // no sections has no home page yet.
    ...EDITION_CODES.flatMap((edition) => {
      const own = sections.filter((s) => s.edition === edition);
      if (own.length === 0) return [];
      return [
        { path: publicPath.home(edition), lastmod: newest(own.map((s) => s.lastmod)) },
        ...own.map((s) => ({ path: publicPath.section(s), lastmod: s.lastmod })),
      ];
    }),
  ];
  return urlset(
    pages.map((p) => ({
      loc: origin + p.path,
      ...(p.lastmod ? { lastmod: isoWithOffset(p.lastmod, settings.timeZone) } : {}),
    })),
  );
}

/** Page `n` (1-based) of the story sitemap, or null past the last page. */
export async function buildStoriesSitemap(n: number, pageSize = SITEMAP_PAGE_SIZE): Promise<string | null> {
  if (!Number.isSafeInteger(n) || n < 1) return null;
  const [settings, rows] = await Promise.all([getSiteSettings(), sitemapStories(n - 1, pageSize)]);
  if (rows.length === 0) return null;
  const origin = siteUrl();
  return urlset(
    rows.map((r) => ({
      loc: origin + publicPath.story(r),
      lastmod: isoWithOffset(r.lastmod, settings.timeZone),
    })),
  );
}

/** Google News, per edition: its stories published in the last two days, at most 1,000, in its language. */
export async function buildNewsSitemap(edition: EditionCode): Promise<string> {
  const [settings, rows] = await Promise.all([
    getSiteSettings(),
    recentStories(edition, NEWS_SITEMAP_HOURS, NEWS_SITEMAP_LIMIT),
  ]);
  const language = EDITIONS[edition].language;
  const origin = siteUrl();
  return builder.build({
    ...declaration,
    urlset: {
      "@_xmlns": SITEMAP_NS,
      "@_xmlns:news": NEWS_NS,
      url: rows.map((r) => ({
        loc: origin + publicPath.story(r),
        "news:news": {
          "news:publication": { "news:name": xmlSafe(settings.siteName), "news:language": language },
          "news:publication_date": isoWithOffset(r.publishedAt, settings.timeZone),
          "news:title": xmlSafe(r.headline),
        },
      })),
    },
  });
}

function urlset(url: { loc: string; lastmod?: string }[]): string {
  return builder.build({ ...declaration, urlset: { "@_xmlns": SITEMAP_NS, url } });
}

function newest(dates: (Date | null)[]): Date | null {
  const times = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

export function xmlResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": CACHE_CONTROL } });
}

export function notFoundResponse(what: string): Response {
  return new Response(`${what}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_CONTROL },
  });
}
