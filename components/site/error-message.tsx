import Link from "next/link";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";
import { publicPath } from "@/lib/routes";
import { SearchForm } from "./search-form";

/** The reader's error pages: 404 (no such page), 410 (a story taken down), 400 (an address cut short). */
export type ReaderError = "notFound" | "gone" | "bad";

const WORDS = {
  notFound: { title: "errors.notFoundTitle", text: "errors.notFoundText", search: true },
  gone: { title: "errors.goneTitle", text: "errors.goneText", search: false },
  bad: { title: "errors.badTitle", text: "errors.badText", search: true },
} as const;

/**
 * What an error page says, in its edition's language, with that edition's search and front
 * page: the same words wherever Next renders it (app/global-not-found.tsx, each edition's
 * not-found.tsx, gone and bad-address pages).
 */
export function ErrorMessage({
  kind,
  text,
  edition = DEFAULT_EDITION,
}: {
  kind: ReaderError;
  text: ReaderText;
  edition?: EditionCode;
}) {
  const { t } = text;
  const words = WORDS[kind];
  return (
    <div className="mx-auto max-w-xl py-14 text-center">
      <h1 className="font-serif text-4xl font-bold">{t(words.title)}</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">{t(words.text)}</p>
      {words.search && <SearchForm text={text} className="mt-6 text-left" action={publicPath.search(edition)} />}
      <p className="mt-6">
        <Link href={publicPath.home(edition)} className="text-accent underline">
          {t("errors.frontPage")}
        </Link>
      </p>
    </div>
  );
}
