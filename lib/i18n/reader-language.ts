import "server-only";
import { getSiteSettings } from "@/db/queries/settings";
import { languageOfLocale, type ReaderLanguage } from "./language";
import { readerText, type ReaderText } from "./reader-text";

/**
 * THE question "which language is this reader page in?", asked by pages and layouts and passed
 * down to components as a prop. For now one answer for the whole site, from the locale setting
 * (`bn-BD` → bn); with editions it becomes the page's edition's language, here and nowhere else.
 */
export async function getReaderLanguage(): Promise<ReaderLanguage> {
  return languageOfLocale((await getSiteSettings()).locale);
}

/** The reader's language with its words and number locale (lib/i18n/reader-text.ts). */
export async function getReaderText(language?: ReaderLanguage): Promise<ReaderText> {
  const [settings, lang] = await Promise.all([getSiteSettings(), language ?? getReaderLanguage()]);
  return readerText(lang, settings.locale);
}
