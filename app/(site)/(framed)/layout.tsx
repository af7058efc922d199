import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site/site-chrome";
import { getReaderText } from "@/lib/i18n/reader-language";

// The frame of the edition's pages that belong to no section (front, search, lists by topic or
// author, the newsroom's pages, error pages). Section and article pages draw the same frame
// themselves (../[section]), with their section marked in the masthead's nav.
export default async function FramedLayout({ children }: { children: ReactNode }) {
  return (
    <SiteChrome edition="en" text={await getReaderText("en")}>
      {children}
    </SiteChrome>
  );
}
