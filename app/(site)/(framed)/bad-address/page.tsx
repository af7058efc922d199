import type { Metadata } from "next";
import { ErrorMessage } from "@/components/site/error-message";
import { errorPageMetadata } from "@/lib/edition-frame";
import { getReaderText } from "@/lib/i18n/reader-language";

// Reached only through scripts/serve.ts, with status 400, for an address whose percent-escapes
// cannot be decoded (issue 11, part 5); rendered per request so no cache holds it. The Bangla
// edition's is app/(bn)/bn/(framed)/bad-address.
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return errorPageMetadata("bad", "en");
}

/** Shown for an address that was cut short or mangled on its way here, e.g. by a messenger. */
export default async function BadAddressPage() {
  return <ErrorMessage kind="bad" text={await getReaderText("en")} edition="en" />;
}
