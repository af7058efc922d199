import localFont from "next/font/local";

/**
 * Noto Serif Bengali, served from this site (no font service): it shapes conjuncts (ক্ষ, ন্ত্র,
 * স্ব) and vowel signs correctly where a device has no Bengali font and would show boxes. The
 * files are @fontsource's Bengali subset (Bengali letters, dandas, ZWJ/ZWNJ, the taka sign;
 * no Latin), and the `unicode-range` below makes a browser fetch them only for a page that has
 * Bengali text to draw. No preload: an English page downloads none of it (issue 11's budgets).
 * The family comes first only under `:lang(bn)` (app/globals.css), after any Bengali font the
 * device has (the "Dateline Bengali Local" face, local() sources only).
 *
 * One weight, 400 (57 KB): bold Bengali headlines are the browser's synthesised bold of it. Both
 * weights were 130 KB, which made a first Bangla article ~157 KB against ~25 KB in English
 * (issue 21's budget: ≤ 90 KB without images).
 */
export const bengaliSerif = localFont({
  src: [
    {
      path: "../node_modules/@fontsource/noto-serif-bengali/files/noto-serif-bengali-bengali-400-normal.woff2",
      weight: "400",
    },
  ],
  display: "swap",
  preload: false,
  // Its metrics would only tune a fallback for Bengali text, which system fonts lack anyway.
  adjustFontFallback: false,
  variable: "--font-bengali",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0951-0952, U+0964-0965, U+0980-09FE, U+1CD0, U+1CD2, U+1CD5-1CD6, U+1CD8, U+1CE1, U+1CEA, U+1CED, U+1CF2, U+1CF5-1CF7, U+200C-200D, U+20B9, U+25CC, U+A8F1",
    },
  ],
});
