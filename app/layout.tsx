import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/db/queries/settings";
import { siteOrigin } from "@/lib/site-url";
import "./globals.css";

/**
 * Runs before the first paint: puts `light` or `dark` on <html> from the reader's stored
 * choice (`localStorage["dateline-theme"]`, absent = follow the system) and records the choice
 * in `data-theme`, so there is never a flash of the wrong theme. It keeps listening: to the
 * system setting, to other tabs, and to `dateline-theme-change`, which the masthead's
 * ThemeToggle sends after it stores a choice. Only <html> is touched, hence
 * suppressHydrationWarning there and nowhere else.
 */
const themeScript = `(function () {
  var root = document.documentElement;
  var media = window.matchMedia("(prefers-color-scheme: dark)");
  function apply() {
    var choice = null;
    try { choice = window.localStorage.getItem("dateline-theme"); } catch (e) {}
    if (choice !== "light" && choice !== "dark") choice = "system";
    var dark = choice === "dark" || (choice === "system" && media.matches);
    root.classList.toggle("dark", dark);
    root.classList.toggle("light", !dark);
    root.setAttribute("data-theme", choice);
  }
  apply();
  media.addEventListener("change", apply);
  window.addEventListener("dateline-theme-change", apply);
  window.addEventListener("storage", function (event) {
    if (event.key === null || event.key === "dateline-theme") apply();
  });
})();`;

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: settings.siteName, template: `%s — ${settings.siteName}` },
    description: settings.tagline,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <html lang={settings.locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
