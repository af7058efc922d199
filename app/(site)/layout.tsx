import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/db/queries/settings";
import { feedAlternates } from "@/lib/feed-links";
import { SiteChrome } from "@/components/site/site-chrome";
import { getReaderText } from "@/lib/i18n/reader-language";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return { alternates: feedAlternates({ kind: "site" }, settings.siteName, "/") };
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome text={await getReaderText()}>{children}</SiteChrome>;
}
