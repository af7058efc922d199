import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/site/html-document";
import { editionHtmlLang, editionMetadata } from "@/lib/edition-frame";
import "../globals.css";

export function generateMetadata(): Promise<Metadata> {
  return editionMetadata("bn");
}

// The Bangla edition's root layout: <html lang="bn">, og:locale bn_BD, its name in titles, its
// feeds. Its frame (masthead and footer) is bn/(framed)/layout.tsx, or the section and article
// pages' own, which mark the current section. Its pages are the default edition's page
// components, handed the edition by the thin routes below.
export default async function BanglaLayout({ children }: { children: ReactNode }) {
  return <HtmlDocument lang={await editionHtmlLang("bn")}>{children}</HtmlDocument>;
}
