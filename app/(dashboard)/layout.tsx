import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/site/html-document";
import { getSiteSettings } from "@/db/queries/settings";
import { siteOrigin } from "@/lib/site-url";
import "../globals.css";
// The desk's styles, after the readers': every utility and the editor's rules. Readers never load it.
import "../desk.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: settings.siteName, template: `%s — ${settings.siteName}` },
  };
}

// The desk's root layout (/dashboard and /login): in English whatever the editions' languages.
// The reader pages have their own root layouts, app/(site) and app/(bn).
export default function DeskRootLayout({ children }: { children: ReactNode }) {
  return <HtmlDocument lang="en">{children}</HtmlDocument>;
}
