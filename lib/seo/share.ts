// What a link to one of our pages shows when it is shared or found: title, description, address
// and image, built here once for a story and once for the site's other pages, and handed to
// Next's metadata (Open Graph, Twitter), the JSON-LD and the feeds. Addresses are always the
// configured public one (lib/site-url.ts), whatever Host a request came with.
import "server-only";
import type { Metadata } from "next";
import type { PublicSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { CROP_ORDER, cropImages, type PictureMedia } from "@/lib/media/picture";
import { absoluteUrl, publicPath, siteOrigin } from "@/lib/site-url";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";
import { editionLocale } from "@/lib/i18n/language";
import { isoWithOffset } from "@/lib/time";
import { CARD_HEIGHT, CARD_WIDTH, LOGO_SIZE, logoVersion, siteCardVersion, storyCardVersion } from "./card";

/** An image for shares, structured data and feeds; `bytes` when the file's size is known. */
export type ShareImage = { url: string; width: number; height: number; alt: string; type: string; bytes?: number };

const absolute = (url: string) => new URL(url, siteOrigin() + "/").href;

/** A story's generated card: its address carries a fingerprint of what it shows. */
export function storyCardImage(
  story: { id: string; headline: string; sectionName: string },
  settings: Pick<PublicSettings, "siteName">,
): ShareImage {
  const version = storyCardVersion(settings.siteName, story);
  return {
    url: absoluteUrl(publicPath.storyCard(story.id, version)),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: story.headline,
    type: "image/png",
  };
}

export function siteCardImage(settings: Pick<PublicSettings, "siteName" | "tagline">): ShareImage {
  return {
    url: absoluteUrl(publicPath.siteCard(siteCardVersion(settings, siteOrigin()))),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: settings.siteName,
    type: "image/png",
  };
}

export function logoImage(settings: Pick<PublicSettings, "siteName">): ShareImage {
  return {
    url: absoluteUrl(publicPath.logo(logoVersion(settings.siteName))),
    width: LOGO_SIZE,
    height: LOGO_SIZE,
    alt: settings.siteName,
    type: "image/png",
  };
}

/** A story's images, widest first: its photo's 16:9, 4:3 and 1:1 crops, else its own card. */
export function storyImages(
  story: {
    id: string;
    headline: string;
    sectionName: string;
    featuredImage: Pick<PictureMedia, "files" | "alt"> | null;
  },
  settings: Pick<PublicSettings, "siteName">,
): ShareImage[] {
  const photo = story.featuredImage;
  if (!photo) return [storyCardImage(story, settings)];
  // cropImages lists the crops in CROP_ORDER; the stored crops are JPEG.
  return cropImages(photo).map((c, i) => ({
    ...c,
    url: absolute(c.url),
    type: "image/jpeg",
    bytes: photo.files.crops[CROP_ORDER[i]!].bytes,
  }));
}

/** Open Graph wants `en_GB` where the settings say `en-GB`. */
export function ogLocale(locale: string): string {
  return locale.replace("-", "_");
}

/** The X account from the settings' link (https://x.com/handle), for twitter:site. */
export function xHandle(settings: Pick<PublicSettings, "socialLinks">): string | undefined {
  const link = settings.socialLinks.x;
  if (!link) return undefined;
  try {
    const url = new URL(link);
    const name = url.pathname.split("/")[1];
    return /^(www\.)?(x|twitter)\.com$/.test(url.hostname) && name && /^\w{1,15}$/.test(name) ? `@${name}` : undefined;
  } catch {
    return undefined;
  }
}

/** The time a story last changed for readers, when that is after it went live. */
export function storyUpdatedAt(a: Pick<Article, "contentUpdatedAt" | "publishedAt">): Date | null {
  return a.contentUpdatedAt && a.contentUpdatedAt > a.publishedAt ? a.contentUpdatedAt : null;
}

export type StoryShare = { title: string; description: string; url: string; path: string; images: ShareImage[] };

/** The one description of a story for shares, search engines and its structured data. */
export function storyShare(article: Article, settings: Pick<PublicSettings, "siteName">): StoryShare {
  const path = publicPath.story(article);
  return {
    title: article.seoTitle || article.headline,
    description: article.seoDescription || article.standfirst,
    url: absoluteUrl(path),
    path,
    images: storyImages(article, settings),
  };
}

export type SocialShare = { title: string; description: string; url: string; images: ShareImage[] };

/**
 * What a share on Facebook, X or WhatsApp shows: the story's social headline, description and
 * image when an editor wrote them, else what search engines get (storyShare).
 */
export function storySocial(article: Article, settings: Pick<PublicSettings, "siteName">): SocialShare {
  const share = storyShare(article, settings);
  const photo = article.socialImage;
  return {
    title: article.socialHeadline || share.title,
    description: article.socialDescription || share.description,
    url: share.url,
    images: photo
      ? cropImages(photo).map((c, i) => ({
          ...c,
          url: absolute(c.url),
          type: "image/jpeg",
          bytes: photo.files.crops[CROP_ORDER[i]!].bytes,
        }))
      : share.images,
  };
}

function twitter(title: string, description: string, image: ShareImage, settings: PublicSettings): Metadata["twitter"] {
  const site = xHandle(settings);
  return {
    card: "summary_large_image",
    title,
    description,
    images: [{ url: image.url, alt: image.alt, width: image.width, height: image.height }],
    ...(site ? { site } : {}),
  };
}

/** Open Graph and Twitter tags of an article. */
export function storyMetadata(
  article: Article,
  topics: { name: string }[],
  settings: PublicSettings,
): Pick<Metadata, "title" | "description" | "openGraph" | "twitter"> {
  const share = storyShare(article, settings);
  const social = storySocial(article, settings);
  return {
    title: share.title,
    description: share.description,
    openGraph: {
      type: "article",
      url: share.url,
      title: social.title,
      description: social.description,
      siteName: settings.siteName,
      locale: ogLocale(editionLocale(article.edition, settings.locale)),
      publishedTime: isoWithOffset(article.publishedAt, settings.timeZone),
      modifiedTime: isoWithOffset(storyUpdatedAt(article) ?? article.publishedAt, settings.timeZone),
      section: article.sectionName,
      tags: topics.map((t) => t.name),
      authors: article.bylines.map((b) => absoluteUrl(publicPath.author(b.slug))),
      images: social.images,
    },
    twitter: twitter(social.title, social.description, social.images[0]!, settings),
  };
}

/**
 * Open Graph and Twitter tags of a page other than an article (home, section, topic, author,
 * search, colophon): `website`, with the site's card unless the page has an image of its own.
 * `title` is the page's own title (Next adds the site name in <title>); shares show it with the
 * site name, which Open Graph also carries as og:site_name.
 */
export function pageMetadata(input: {
  settings: PublicSettings;
  path: string;
  title?: string;
  description?: string;
  image?: ShareImage;
  /** The edition the page belongs to: its language is the page's `og:locale`. */
  edition?: EditionCode;
}): Pick<Metadata, "title" | "description" | "openGraph" | "twitter"> {
  const { settings } = input;
  const shareTitle = input.title ? `${input.title} — ${settings.siteName}` : settings.siteName;
  const description = input.description || settings.tagline;
  const image = input.image ?? siteCardImage(settings);
  return {
    ...(input.title ? { title: input.title } : {}),
    description,
    openGraph: {
      type: "website",
      url: absoluteUrl(input.path),
      title: shareTitle,
      description,
      siteName: settings.siteName,
      locale: ogLocale(editionLocale(input.edition ?? DEFAULT_EDITION, settings.locale)),
      images: [image],
    },
    twitter: twitter(shareTitle, description, image, settings),
  };
}
