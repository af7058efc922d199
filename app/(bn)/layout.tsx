import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/db/queries/settings";
import { feedAlternates } from "@/lib/feed-links";
import { publicPath } from "@/lib/routes";
import { SiteChrome } from "@/components/site/site-chrome";
import { getReaderText } from "@/lib/i18n/reader-language";

// The Bangla edition's frame: its own masthead sections and footer (lib/editions.ts). Its pages
// are the default edition's page components, handed the edition by the thin routes below.
export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings("bn");
  // The edition's own name in every title (the root layout's template names the default's).
  return {
    title: { default: settings.siteName, template: `%s — ${settings.siteName}` },
    description: settings.tagline,
    alternates: feedAlternates({ kind: "site", edition: "bn" }, settings.siteName, publicPath.home("bn")),
  };
}

// lang="bn" on the whole frame, so screen readers and the browser read it as Bangla (the
// document's own lang follows the reader language once lib/i18n decides it per edition).
export default async function BanglaLayout({ children }: { children: ReactNode }) {
  return (
    <div lang="bn" className="contents">
      <SiteChrome edition="bn" text={await getReaderText("bn")}>
        {children}
      </SiteChrome>
    </div>
  );
}
