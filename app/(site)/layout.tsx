import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/site/html-document";
import { SiteChrome } from "@/components/site/site-chrome";
import { editionHtmlLang, editionMetadata } from "@/lib/edition-frame";
import { getReaderText } from "@/lib/i18n/reader-language";
import "../globals.css";

export function generateMetadata(): Promise<Metadata> {
  return editionMetadata("en");
}

// The default edition's root layout. The Bangla edition's is app/(bn)/layout.tsx and the desk's
// app/(dashboard)/layout.tsx: one root layout per group, so each page's <html lang> and
// og:locale follow its edition without reading the request.
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [lang, text] = await Promise.all([editionHtmlLang("en"), getReaderText("en")]);
  return (
    <HtmlDocument lang={lang}>
      <SiteChrome edition="en" text={text}>
        {children}
      </SiteChrome>
    </HtmlDocument>
  );
}
