/**
 * A label per plural category, `{n}` where the number goes: how the server hands the reader
 * script a counted phrase ("24 views", "২৪ বার পড়া হয়েছে") in the page's language, since the
 * script carries no message catalogue (lib/i18n/count-labels.ts makes them).
 */
export type CountLabels = Partial<Record<Intl.LDMLPluralRule, string>>;

/** `n` in the phrase its plural category takes in `locale`, with the locale's digits. */
export function countLabel(n: number, locale: string | undefined, labels: CountLabels): string {
  const template = labels[new Intl.PluralRules(locale).select(n)] ?? labels.other ?? "{n}";
  return template.replace("{n}", n.toLocaleString(locale));
}
