import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/db/queries/settings";
import { feedAlternates } from "@/lib/feed-links";
import { SiteChrome } from "@/components/site/site-chrome";
import { getReaderText } from "@/lib/i18n/reader-language";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return { alternates: feedAlternates({ kind: "site", edition: "en" }, settings.siteName, "/") };
}

// The default edition's pages; the Bangla edition's are under app/(bn), with its own frame.
export default async function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <SiteChrome edition="en" text={await getReaderText("en")}>
      {children}
    </SiteChrome>
  );
}
