// The reader's language and the Intl locale that writes its dates and digits. Pure, so the
// dashboard, the pages and the tests share one answer (issue 13, item 3).
import { DEFAULT_EDITION, EDITIONS, type EditionCode } from "@/lib/editions";

export const READER_LANGUAGES = ["en", "bn"] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];

/** The language a locale names: `bn`, `bn-BD`, `bn-IN`, `bn-BD-u-nu-latn` → bn; anything else → en. */
export function languageOfLocale(locale: string): ReaderLanguage {
  return /^bn(?:-|$)/i.test(locale.trim()) ? "bn" : "en";
}

const DEFAULT_LOCALE: Record<ReaderLanguage, string> = { en: "en-GB", bn: "bn-BD" };

/**
 * The Intl locale for a page in `language`. The site's locale wins when it is in that language,
 * so an outlet's choices carry: `en-US` dates, or `bn-BD-u-nu-latn` for Bangla words with Latin
 * digits (the setting that keeps them). A page in the other language takes that language's
 * default, so a Bangla page never borrows English digits from an English site setting.
 */
export function formatLocale(language: ReaderLanguage, siteLocale: string): string {
  return languageOfLocale(siteLocale) === language ? siteLocale : DEFAULT_LOCALE[language];
}

/**
 * `<html lang>`: the bare language for Bangla, as browsers and screen readers pick a Bengali
 * voice and font from it; an English site keeps the region it is set to (`en-GB`), as before.
 * A Unicode extension (`-u-nu-latn`) is a formatting choice, not a language, so it is dropped.
 */
export function htmlLang(language: ReaderLanguage, siteLocale: string): string {
  if (language === "bn") return "bn";
  const locale = formatLocale(language, siteLocale);
  return locale.split(/-u-/i)[0]!;
}

/**
 * The language of an edition's pages: another edition's own (`/bn/…` in Bangla); the default
 * edition's follows the site's locale, so an outlet whose main site is Bangla (`bn-BD`) gets
 * Bangla pages at "/" too.
 */
export function editionLanguage(edition: EditionCode, siteLocale: string): ReaderLanguage {
  return edition === DEFAULT_EDITION ? languageOfLocale(siteLocale) : EDITIONS[edition].language;
}

/** The Intl locale of an edition's pages (`og:locale`, dates): `en-GB` at "/", `bn-BD` at /bn. */
export function editionLocale(edition: EditionCode, siteLocale: string): string {
  return formatLocale(editionLanguage(edition, siteLocale), siteLocale);
}

/**
 * `lang` for a piece of another edition's text on this page (a Bangla headline listed on an
 * English topic page): its edition's language when that differs from the page's, else nothing
 * (the page's own `lang` already says it). Marked, a screen reader picks the right voice and the
 * Bengali face draws it on a phone with no Bengali font (app/globals.css, `:lang(bn)`).
 */
export function langIfForeign(edition: EditionCode, pageLanguage: ReaderLanguage): ReaderLanguage | undefined {
  const language = EDITIONS[edition].language;
  return language === pageLanguage ? undefined : language;
}

/** `lang` for text a reader typed (a search query): Bengali script reads as Bangla. */
export function langOfText(value: string, pageLanguage: ReaderLanguage): ReaderLanguage | undefined {
  const language: ReaderLanguage = /[\u0980-\u09ff]/.test(value) ? "bn" : "en";
  return language === pageLanguage ? undefined : language;
}
