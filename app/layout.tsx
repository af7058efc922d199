import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/db/queries/settings";
import { htmlLang } from "@/lib/i18n/language";
import { getReaderLanguage } from "@/lib/i18n/reader-language";
import { siteOrigin } from "@/lib/site-url";
import { themeScript } from "@/lib/theme-script";
import { bengaliSerif } from "./bengali-font";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: settings.siteName, template: `%s — ${settings.siteName}` },
    description: settings.tagline,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [settings, language] = await Promise.all([getSiteSettings(), getReaderLanguage()]);
  // The font's class only defines --font-bengali; globals.css uses it under :lang(bn).
  return (
    <html lang={htmlLang(language, settings.locale)} className={bengaliSerif.variable} suppressHydrationWarning>
      <head>
        {/* data-dateline: kept on public pages when scripts/serve.ts drops Next's scripts. */}
        <script data-dateline="" dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
