import Link from "next/link";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";
import { publicPath } from "@/lib/routes";
import { SearchForm } from "./search-form";

/** What a 404 says, wherever Next renders it (see app/not-found.tsx and app/(site)/not-found.tsx). */
export function NotFoundMessage({ text, edition = DEFAULT_EDITION }: { text: ReaderText; edition?: EditionCode }) {
  const { t } = text;
  return (
    <div className="mx-auto max-w-xl py-14 text-center">
      <h1 className="font-serif text-4xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">{t("errors.notFoundText")}</p>
      <SearchForm text={text} className="mt-6 text-left" action={publicPath.search(edition)} />
      <p className="mt-6">
        <Link href={publicPath.home(edition)} className="text-accent underline">
          {t("errors.frontPage")}
        </Link>
      </p>
    </div>
  );
}
