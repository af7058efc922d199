import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/site/search-form";
import { getReaderText } from "@/lib/i18n/reader-language";

// Reached only through scripts/serve.ts, with status 400, for an address whose percent-escapes
// cannot be decoded (issue 11, part 5); rendered per request so no cache holds it.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getReaderText();
  return { title: t("errors.badMeta"), robots: { index: false } };
}

/** Shown for an address that was cut short or mangled on its way here, e.g. by a messenger. */
export default async function BadAddressPage() {
  const text = await getReaderText();
  const { t } = text;
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t("errors.badTitle")}</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">{t("errors.badText")}</p>
      <SearchForm text={text} className="mt-6 text-left" />
      <p className="mt-6">
        <Link href="/" className="text-accent underline">
          {t("errors.frontPage")}
        </Link>
      </p>
    </div>
  );
}
