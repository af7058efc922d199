import type { Metadata } from "next";
import Link from "next/link";
import { getReaderText } from "@/lib/i18n/reader-language";

// Reached only through scripts/serve.ts's 410 check; never cached, so a story put back live is not
// shadowed by an old copy of this page.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getReaderText();
  return { title: t("errors.goneMeta"), robots: { index: false } };
}

/** Shown, with status 410, at the address of a story the newsroom has taken down (see scripts/serve.ts). */
export default async function GonePage() {
  const { t } = await getReaderText();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t("errors.goneTitle")}</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">{t("errors.goneText")}</p>
      <p className="mt-6">
        <Link href="/" className="text-accent underline">
          {t("errors.frontPage")}
        </Link>
      </p>
    </div>
  );
}
