import type { Correction } from "@/db/queries/article";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { formatTimestamp, isoWithOffset } from "@/lib/time";

export function CorrectionsBox({
  corrections,
  timeZone,
  text,
}: {
  corrections: Correction[];
  timeZone: string;
  text: ReaderText;
}) {
  const { t, locale } = text;
  if (corrections.length === 0) return null;
  return (
    <section
      aria-labelledby="corrections-heading"
      className="rounded border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950"
    >
      <h2 id="corrections-heading" className="font-bold">
        {t("corrections.heading")}
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {corrections.map((c) => (
          <li key={c.id}>
            <strong>{t(`corrections.${c.kind}`)}</strong>,{" "}
            <time dateTime={isoWithOffset(c.createdAt, timeZone)}>
              {formatTimestamp(c.createdAt, timeZone, locale)}
            </time>
            : {c.body}
          </li>
        ))}
      </ul>
    </section>
  );
}
