// The reader's colour theme as stored in the browser: shared by the inline theme script that
// applies it before the first paint (lib/theme-script.ts) and the toggle's enhancement (enhance.ts).

/** localStorage key; absent means "follow the system". */
export const THEME_KEY = "dateline-theme";
/** Sent on window after the toggle stores a choice, so the theme script re-applies it. */
export const THEME_CHANGE_EVENT = "dateline-theme-change";

export type ThemeChoice = "system" | "light" | "dark";

export function parseThemeChoice(stored: string | null): ThemeChoice {
  return stored === "light" || stored === "dark" ? stored : "system";
}
