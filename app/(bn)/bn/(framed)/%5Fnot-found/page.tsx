import type { Metadata } from "next";
import { ErrorMessage } from "@/components/site/error-message";
import { errorPageMetadata } from "@/lib/edition-frame";
import { getReaderText } from "@/lib/i18n/reader-language";

// The Bangla 404 rendered on its own, at /bn/_not-found, as Next renders /_not-found for the
// default edition: Next 16 answers a notFound() on a cached route with an empty document, and
// scripts/serve/lite.ts fills it with this page for a /bn/… address (ADR 0002).
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return errorPageMetadata("notFound", "bn");
}

export default async function BanglaNotFoundPage() {
  return <ErrorMessage kind="notFound" text={await getReaderText("bn")} edition="bn" />;
}
