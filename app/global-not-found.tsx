import type { Metadata } from "next";
import { ErrorMessage } from "@/components/site/error-message";
import { HtmlDocument } from "@/components/site/html-document";
import { SiteChrome } from "@/components/site/site-chrome";
import { editionHtmlLang, editionMetadata, errorPageMetadata } from "@/lib/edition-frame";
import { getReaderText } from "@/lib/i18n/reader-language";
import "./globals.css";

// An address no route matches (and /_not-found, which scripts/serve/lite.ts asks for when a
// cached route's notFound() leaves Next's empty document). With one root layout per group there
// is no layout above this page, so it is a whole document in the default edition's frame. Every
// address under /bn is matched by app/(bn) (bn/[section]/[slug]/[...rest]), whose 404 is Bangla.
export async function generateMetadata(): Promise<Metadata> {
  const [frame, page] = await Promise.all([editionMetadata("en"), errorPageMetadata("notFound", "en")]);
  return { ...frame, ...page };
}

export default async function GlobalNotFound() {
  const [lang, text] = await Promise.all([editionHtmlLang("en"), getReaderText("en")]);
  return (
    <HtmlDocument lang={lang}>
      <SiteChrome edition="en" text={text}>
        <ErrorMessage kind="notFound" text={text} edition="en" />
      </SiteChrome>
    </HtmlDocument>
  );
}
