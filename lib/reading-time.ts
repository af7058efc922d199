// How long a story takes to read: the article page ("4 min read", "৪ মিনিটে পড়ুন") and the
// desk's word count line both ask this module, so a reporter sees the number readers will.
import { words } from "@/lib/rich-text/words";

/**
 * Words a minute, silent reading of news prose. English: 230, the usual figure for adult
 * readers (IReST, Trauzettel-Klosinski & Dietz 2012, measured 228 ± 30 for English).
 * Bengali: 160. IReST found readers across 17 languages move at a similar number of letters a
 * minute, so languages with long words read fewer words a minute: Finnish 161 and Turkish 166,
 * where endings join the word. Bengali works the same way — case endings and particles are
 * written onto the word (মেট্রোরেলের, ঢাকায়, সরকারকেই) — so a whitespace-separated Bengali
 * word carries more than an English one, and counting Bengali words at the English rate would
 * promise a Bangla reader a story a third shorter than it is.
 */
export const WORDS_PER_MINUTE = { en: 230, bn: 160 } as const;

const BENGALI = /[\u0980-\u09FF]/;

/**
 * Whole minutes to read `plainText`, at least one. Each word is timed at the rate of its own
 * script, so an English quote in a Bangla story (or the reverse) counts as what it is. Words
 * are the desk's words (lib/rich-text/words), so a dash or a danda is not timed as a word.
 */
export function readingMinutes(plainText: string): number {
  let minutes = 0;
  for (const word of words(plainText)) {
    minutes += 1 / (BENGALI.test(word) ? WORDS_PER_MINUTE.bn : WORDS_PER_MINUTE.en);
  }
  return Math.max(1, Math.round(minutes));
}

/** The same for a story's rendered body: tags become spaces, so words never run together. */
export function readingMinutesOfHtml(html: string): number {
  return readingMinutes(html.replace(/<[^>]*>/g, " ").replace(/&(?:#\d+|#x[\da-f]+|\w+);/gi, " "));
}
