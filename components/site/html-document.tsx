import type { ReactNode } from "react";
import { themeScript } from "@/lib/theme-script";
import { bengaliSerif } from "@/app/bengali-font";

/**
 * The `<html>` of every page. Each top-level route group has its own root layout (the English
 * edition, the Bangla edition, the desk) and app/global-not-found.tsx stands alone, so each
 * states its document's language itself, from its route alone: nothing here reads the request,
 * and public pages stay cacheable.
 */
export function HtmlDocument({ lang, children }: { lang: string; children: ReactNode }) {
  // The font's class only defines --font-bengali; globals.css uses it under :lang(bn).
  return (
    <html lang={lang} className={bengaliSerif.variable} suppressHydrationWarning>
      {/* Rendered only by root layouts (and app/global-not-found.tsx), where <head> is the App
          Router's own; the rule is about the Pages Router's next/head. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        {/* data-dateline: kept on public pages when scripts/serve.ts drops Next's scripts. */}
        <script data-dateline="" dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
