import type { CountLabels } from "@/lib/reader/views-label";
import type { ReaderText } from "./reader-text";

/** Messages that take one `count` and say it with `#`. */
type CountKey = "story.views";

/**
 * The templates the reader script fills in (lib/reader/views-label.ts), made from the real
 * message: for each plural category of the locale, the message for a number in that category,
 * with that number swapped for `{n}`. The catalogue stays the one source of the words.
 */
export function countLabels(text: ReaderText, key: CountKey): CountLabels {
  const rules = new Intl.PluralRules(text.locale);
  const labels: CountLabels = {};
  for (let n = 0; n <= 200; n++) {
    const category = rules.select(n);
    if (labels[category] !== undefined) continue;
    labels[category] = text.t(key, { count: n }).replace(n.toLocaleString(text.locale), "{n}");
  }
  return labels;
}
