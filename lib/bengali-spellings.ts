// Bengali letters that Unicode writes two ways: য় ড় ঢ় as one code point (U+09DF, U+09DC,
// U+09DD) or as the base letter and a nukta (U+09BC). Keyboards differ, and NFC picks the
// two-code-point form, so a headline and the words typed to find it may disagree. The full-text
// search folds both in SQL (dateline_search_fold); substring matches on headlines use this.

const COMPOSED: [one: string, two: string][] = [
  ["\u09DF", "\u09AF\u09BC"], // য়
  ["\u09DC", "\u09A1\u09BC"], // ড়
  ["\u09DD", "\u09A2\u09BC"], // ঢ়
];

/** Every spelling a stored text may use for `q`: as typed, with nuktas apart, and precomposed. */
export function bengaliSpellings(q: string): string[] {
  const apart = COMPOSED.reduce((s, [one, two]) => s.replaceAll(one, two), q.normalize("NFC"));
  const together = COMPOSED.reduce((s, [one, two]) => s.replaceAll(two, one), apart);
  return [...new Set([q, apart, together])];
}
