import type { Metadata } from "next";
import { ErrorMessage } from "@/components/site/error-message";
import { errorPageMetadata } from "@/lib/edition-frame";
import { getReaderText } from "@/lib/i18n/reader-language";

// Reached only through scripts/serve.ts's 410 check; never cached, so a story put back live is not
// shadowed by an old copy of this page. The Bangla edition's is app/(bn)/bn/(framed)/gone.
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return errorPageMetadata("gone", "en");
}

/** Shown, with status 410, at the address of a story the newsroom has taken down (see scripts/serve.ts). */
export default async function GonePage() {
  return <ErrorMessage kind="gone" text={await getReaderText("en")} edition="en" />;
}
