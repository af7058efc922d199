import { THEME_CHANGE_EVENT, THEME_KEY } from "./reader/theme-choice";

/**
 * Runs before the first paint: puts `light` or `dark` on <html> from the reader's stored
 * choice (`localStorage["dateline-theme"]`, absent = follow the system) and records the choice
 * in `data-theme`, so there is never a flash of the wrong theme. It keeps listening: to the
 * system setting, to other tabs, and to `dateline-theme-change`, which the masthead's
 * theme toggle (lib/reader/enhance.ts) sends after it stores a choice. Only <html> is touched, hence
 * suppressHydrationWarning there and nowhere else.
 *
 * Its own module because the dashboard's Content-Security-Policy (lib/security-headers.ts)
 * allows it by its hash: the root layout is shared with cached public pages, so it cannot
 * read the per-request nonce.
 */
export const themeScript = `(function () {
  var root = document.documentElement;
  var media = window.matchMedia("(prefers-color-scheme: dark)");
  function apply() {
    var choice = null;
    try { choice = window.localStorage.getItem("${THEME_KEY}"); } catch (e) {}
    if (choice !== "light" && choice !== "dark") choice = "system";
    var dark = choice === "dark" || (choice === "system" && media.matches);
    root.classList.toggle("dark", dark);
    root.classList.toggle("light", !dark);
    root.setAttribute("data-theme", choice);
  }
  apply();
  media.addEventListener("change", apply);
  window.addEventListener("${THEME_CHANGE_EVENT}", apply);
  window.addEventListener("storage", function (event) {
    if (event.key === null || event.key === "${THEME_KEY}") apply();
  });
})();`;
