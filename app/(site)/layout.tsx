import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/site/html-document";
import { editionHtmlLang, editionMetadata } from "@/lib/edition-frame";
import "../globals.css";

export function generateMetadata(): Promise<Metadata> {
  return editionMetadata("en");
}

// The default edition's root layout. The Bangla edition's is app/(bn)/layout.tsx and the desk's
// app/(dashboard)/layout.tsx: one root layout per group, so each page's <html lang> and
// og:locale follow its edition without reading the request. The frame (masthead and footer) is
// (framed)/layout.tsx, or the section and article pages' own, which mark the current section.
export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <HtmlDocument lang={await editionHtmlLang("en")}>{children}</HtmlDocument>;
}
