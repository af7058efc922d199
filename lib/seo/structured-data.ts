// schema.org data for search engines, following Google's rules for each type (Article, Breadcrumb,
// Organization, Sitelinks search box, ProfilePage): NewsArticle and BreadcrumbList on articles,
// WebSite and NewsMediaOrganization on the home page, ProfilePage with its Person on author pages.
// The organization has one @id, which every other object points to.
import "server-only";
import type { PublicSettings } from "@/db/queries/settings";
import type { Counterpart } from "@/db/queries/article";
import type { Article } from "@/db/queries/stories";
import { absoluteUrl, publicPath, siteOrigin } from "@/lib/site-url";
import { DEFAULT_EDITION, EDITIONS, type EditionCode } from "@/lib/editions";
import { isoWithOffset } from "@/lib/time";
import { logoImage, storyShare, storyUpdatedAt } from "./share";

export type JsonLdObject = { "@context"?: string; "@type": string; [key: string]: unknown };

const CONTEXT = "https://schema.org";
const organizationId = () => `${siteOrigin()}/#organization`;
const websiteId = () => `${siteOrigin()}/#website`;

/** Social profiles that are the outlet's own accounts (a newsletter link is not a profile). */
const PROFILE_LINKS = ["facebook", "x", "instagram", "youtube", "linkedin", "whatsapp"] as const;

function logo(settings: PublicSettings) {
  const image = logoImage(settings);
  return { "@type": "ImageObject", url: image.url, width: image.width, height: image.height };
}

/** The publisher as other objects name it: enough to stand alone, with the @id of the full one. */
function publisherRef(settings: PublicSettings) {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(),
    name: settings.siteName,
    url: absoluteUrl(publicPath.home(DEFAULT_EDITION)),
    logo: logo(settings),
  };
}

export function newsMediaOrganization(settings: PublicSettings): JsonLdObject {
  const sameAs = PROFILE_LINKS.map((k) => settings.socialLinks[k]).filter((v): v is string => !!v);
  return {
    "@context": CONTEXT,
    ...publisherRef(settings),
    ...(settings.tagline ? { description: settings.tagline } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    publishingPrinciples: absoluteUrl(publicPath.standards()),
    correctionsPolicy: absoluteUrl(publicPath.correctionsPolicy()),
  };
}

export function webSite(settings: PublicSettings, edition: EditionCode = DEFAULT_EDITION): JsonLdObject {
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    "@id": websiteId(),
    url: absoluteUrl(publicPath.home(edition)),
    name: settings.siteName,
    ...(settings.tagline ? { description: settings.tagline } : {}),
    inLanguage: edition === DEFAULT_EDITION ? settings.locale : EDITIONS[edition].language,
    publisher: { "@id": organizationId() },
    // The braces are the template's placeholder and must stay unencoded.
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${absoluteUrl(publicPath.search(edition))}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    },
  };
}

/** What the article's corrections box shows: corrections and clarifications are schema.org corrections. */
export type CorrectionNote = { kind: "correction" | "update" | "clarification"; body: string; createdAt: Date };

export function newsArticle(
  article: Article,
  topics: { name: string }[],
  settings: PublicSettings,
  counterpart: Counterpart | null = null,
  corrections: CorrectionNote[] = [],
): JsonLdObject {
  // Search engines and aggregators read a correction from here as well as from the page (issue 19).
  const corrected = corrections
    .filter((c) => c.kind !== "update")
    .map((c) => ({
      "@type": "CorrectionComment",
      text: c.body,
      datePublished: isoWithOffset(c.createdAt, settings.timeZone),
    }));
  const share = storyShare(article, settings);
  // A translation pair, while the other story is live: schema.org's workTranslation on the
  // original, translationOfWork on the translation, each naming the other's page.
  const other = counterpart?.live;
  const pair = other
    ? {
        [counterpart.role === "translation" ? "workTranslation" : "translationOfWork"]: {
          "@type": "NewsArticle",
          "@id": `${absoluteUrl(publicPath.story(other))}#article`,
          url: absoluteUrl(publicPath.story(other)),
          inLanguage: other.language,
        },
      }
    : {};
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    "@id": `${share.url}#article`,
    headline: article.headline,
    description: share.description,
    // Google asks for several aspect ratios, at least 1200 px wide where possible: the photo's
    // 16:9, 4:3 and 1:1 crops, or the story's own 1200x630 card when it has no photo.
    image: share.images.map((i) => ({ "@type": "ImageObject", url: i.url, width: i.width, height: i.height })),
    datePublished: isoWithOffset(article.publishedAt, settings.timeZone),
    dateModified: isoWithOffset(storyUpdatedAt(article) ?? article.publishedAt, settings.timeZone),
    articleSection: article.sectionName,
    ...(topics.length ? { keywords: topics.map((t) => t.name) } : {}),
    // The edition's language, not the site's locale: a Bangla story is in Bangla.
    inLanguage: EDITIONS[article.edition].language,
    isAccessibleForFree: true,
    author: article.bylines.map((b) => ({
      "@type": "Person",
      name: b.name,
      url: absoluteUrl(publicPath.author(b.slug)),
    })),
    publisher: publisherRef(settings),
    mainEntityOfPage: { "@type": "WebPage", "@id": share.url },
    url: share.url,
    ...(corrected.length ? { correction: corrected } : {}),
    ...pair,
  };
}

/** Home › Section › Headline. */
export function articleBreadcrumbs(article: Article): JsonLdObject {
  const crumbs = [
    { name: "Home", path: publicPath.home(article.edition) },
    { name: article.sectionName, path: publicPath.section({ edition: article.edition, slug: article.sectionSlug }) },
    { name: article.headline, path: publicPath.story(article) },
  ];
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.name,
      item: absoluteUrl(c.path),
    })),
  };
}

export function profilePage(
  author: { name: string; slug: string; bio: string },
  settings: PublicSettings,
): JsonLdObject {
  const url = absoluteUrl(publicPath.author(author.slug));
  return {
    "@context": CONTEXT,
    "@type": "ProfilePage",
    "@id": url,
    url,
    name: author.name,
    isPartOf: { "@id": websiteId() },
    mainEntity: {
      "@type": "Person",
      "@id": `${url}#person`,
      name: author.name,
      url,
      ...(author.bio ? { description: author.bio } : {}),
      worksFor: { "@type": "NewsMediaOrganization", "@id": organizationId(), name: settings.siteName },
    },
  };
}
