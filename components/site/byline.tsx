import Link from "next/link";
import type { Byline as BylineData } from "@/db/queries/stories";
import { langOfText } from "@/lib/i18n/language";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { publicPath } from "@/lib/routes";

/** "By A, B and C" (or "লিখেছেন A, B ও C"), each name linking to the author's page. */
export function Byline({
  bylines,
  text,
  linked = true,
}: {
  bylines: BylineData[];
  text: ReaderText;
  linked?: boolean;
}) {
  if (bylines.length === 0) return null;
  // A name written in the other script (an English name on a Bangla page) is marked so, and a
  // screen reader says it in the right voice.
  const names = bylines.map((b) =>
    linked ? (
      <Link
        key={b.slug}
        href={publicPath.author(b.slug)}
        lang={langOfText(b.name, text.language)}
        className="underline-offset-2 hover:underline"
        rel="author"
      >
        {b.name}
      </Link>
    ) : (
      <span key={b.slug} lang={langOfText(b.name, text.language)}>
        {b.name}
      </span>
    ),
  );
  const joined = names.flatMap((n, i) => (i === 0 ? [n] : [i === names.length - 1 ? text.t("story.and") : ", ", n]));
  // The names stay links inside the translated sentence: the message is split where they go.
  const [before = "", after = ""] = text.t("story.by", { names: "\u0000" }).split("\u0000");
  return (
    <p className="text-sm font-semibold">
      {before}
      {joined}
      {after}
    </p>
  );
}
