// Every word a reader sees comes from messages/<language>.json through next-intl's translator
// (`createTranslator` from use-intl, the core next-intl is built on; next-intl's React entry
// wants a request config and a provider these pages do not have). Reader pages ship no client
// runtime (lib/reader/lite-html.ts), so the words are rendered here on the server, and the few
// the reader script writes later travel in data attributes.
import { createTranslator } from "use-intl/core";
import bn from "@/messages/bn.json";
import en from "@/messages/en.json";
import { formatLocale, type ReaderLanguage } from "./language";

export const MESSAGES = { en, bn } satisfies Record<ReaderLanguage, typeof en>;

function translator(locale: string, language: ReaderLanguage) {
  return createTranslator({ locale, messages: MESSAGES[language] as typeof en });
}

export type ReaderText = {
  language: ReaderLanguage;
  /** The Intl locale for dates and numbers: Bengali digits for bn unless the site keeps Latin. */
  locale: string;
  t: ReturnType<typeof translator>;
};

const cache = new Map<string, ReaderText>();

/** The words and number locale for a page in `language`, given the site's locale setting. */
export function readerText(language: ReaderLanguage, siteLocale: string): ReaderText {
  const locale = formatLocale(language, siteLocale);
  const key = `${language}|${locale}`;
  let text = cache.get(key);
  if (!text) {
    text = { language, locale, t: translator(locale, language) };
    cache.set(key, text);
  }
  return text;
}
