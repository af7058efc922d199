import type { Metadata } from "next";
import { ErrorMessage } from "@/components/site/error-message";
import { errorPageMetadata } from "@/lib/edition-frame";
import { getReaderText } from "@/lib/i18n/reader-language";

// The 410 of a Bangla story taken down: scripts/serve/gone.ts sends /bn/… addresses here.
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return errorPageMetadata("gone", "bn");
}

export default async function BanglaGonePage() {
  return <ErrorMessage kind="gone" text={await getReaderText("bn")} edition="bn" />;
}
