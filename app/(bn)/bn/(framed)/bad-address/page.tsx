import type { Metadata } from "next";
import { ErrorMessage } from "@/components/site/error-message";
import { errorPageMetadata } from "@/lib/edition-frame";
import { getReaderText } from "@/lib/i18n/reader-language";

// The 400 of a mangled /bn/… address: scripts/serve/bad-address.ts sends those here.
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return errorPageMetadata("bad", "bn");
}

export default async function BanglaBadAddressPage() {
  return <ErrorMessage kind="bad" text={await getReaderText("bn")} edition="bn" />;
}
