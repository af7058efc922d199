import "server-only";
import { getSiteSettings } from "@/db/queries/settings";
import { editionLanguage, type ReaderLanguage } from "./language";
import { readerText, type ReaderText } from "./reader-text";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";

/**
 * THE question "which language is this reader page in?", asked by pages and layouts and passed
 * down to components as a prop. Another edition's pages are in that edition's language (`/bn/…`
 * in Bangla); the default edition's follow the site's locale setting, so an outlet whose main
 * site is Bangla sets `bn-BD` and its pages at "/" speak Bangla too.
 */
export async function getReaderLanguage(edition: EditionCode = DEFAULT_EDITION): Promise<ReaderLanguage> {
  return editionLanguage(edition, (await getSiteSettings()).locale);
}

/** The reader's language for `edition`, with its words and number locale (lib/i18n/reader-text.ts). */
export async function getReaderText(edition: EditionCode = DEFAULT_EDITION): Promise<ReaderText> {
  const [settings, lang] = await Promise.all([getSiteSettings(), getReaderLanguage(edition)]);
  // readerText picks bn-BD for a Bangla page of an English site (formatLocale).
  return readerText(lang, settings.locale);
}
