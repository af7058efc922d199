import "server-only";
import type { Metadata } from "next";
import { getSiteSettings } from "@/db/queries/settings";
import type { EditionCode } from "@/lib/editions";
import { feedAlternates } from "@/lib/feed-links";
import { editionLocale, htmlLang } from "@/lib/i18n/language";
import { getReaderLanguage, getReaderText } from "@/lib/i18n/reader-language";
import { publicPath } from "@/lib/routes";
import { ogLocale } from "@/lib/seo/share";
import { siteOrigin } from "@/lib/site-url";

// What an edition's root layout says about every page under it, decided from the edition its
// route group is (app/(site) for the default, app/(bn) for Bangla), never from the request: the
// document's language, og:locale, the title template with the edition's own name, its feeds.

/** `<html lang>` of an edition's pages: `bn` under /bn, the site's locale (`en-GB`) at "/". */
export async function editionHtmlLang(edition: EditionCode): Promise<string> {
  const [settings, language] = await Promise.all([getSiteSettings(), getReaderLanguage(edition)]);
  return htmlLang(language, settings.locale);
}

/**
 * The metadata every page of an edition starts from. A page that sets its own Open Graph
 * (pageMetadata, storyMetadata) replaces this `openGraph` whole and states the same locale;
 * the pages that set none (404, 400, 410) keep this one.
 */
export async function editionMetadata(edition: EditionCode): Promise<Metadata> {
  const settings = await getSiteSettings(edition);
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: settings.siteName, template: `%s — ${settings.siteName}` },
    description: settings.tagline,
    openGraph: { siteName: settings.siteName, locale: ogLocale(editionLocale(edition, settings.locale)) },
    alternates: feedAlternates({ kind: "site", edition }, settings.siteName, publicPath.home(edition)),
  };
}

const ERROR_TITLES = { notFound: "errors.notFoundTitle", gone: "errors.goneMeta", bad: "errors.badMeta" } as const;

/** The head of an error page (404, 410, 400): its title in the edition's words, never indexed. */
export async function errorPageMetadata(kind: keyof typeof ERROR_TITLES, edition: EditionCode): Promise<Metadata> {
  const { t } = await getReaderText(edition);
  return { title: t(ERROR_TITLES[kind]), robots: { index: false } };
}
