import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/site/html-document";
import { SiteChrome } from "@/components/site/site-chrome";
import { editionHtmlLang, editionMetadata } from "@/lib/edition-frame";
import { getReaderText } from "@/lib/i18n/reader-language";
import "../globals.css";

export function generateMetadata(): Promise<Metadata> {
  return editionMetadata("bn");
}

// The Bangla edition's root layout: <html lang="bn">, og:locale bn_BD, its own masthead
// sections, name and footer (lib/editions.ts). Its pages are the default edition's page
// components, handed the edition by the thin routes below.
export default async function BanglaLayout({ children }: { children: ReactNode }) {
  const [lang, text] = await Promise.all([editionHtmlLang("bn"), getReaderText("bn")]);
  return (
    <HtmlDocument lang={lang}>
      <SiteChrome edition="bn" text={text}>
        {children}
      </SiteChrome>
    </HtmlDocument>
  );
}
