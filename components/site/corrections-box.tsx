import type { Correction } from "@/db/queries/article";
import { formatTimestamp, isoWithOffset } from "@/lib/time";

const LABEL = { correction: "Correction", update: "Update", clarification: "Clarification" } as const;

export function CorrectionsBox({
  corrections,
  timeZone,
  locale,
}: {
  corrections: Correction[];
  timeZone: string;
  locale: string;
}) {
  if (corrections.length === 0) return null;
  return (
    <section
      aria-labelledby="corrections-heading"
      className="rounded border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950"
    >
      <h2 id="corrections-heading" className="font-bold">
        Corrections and updates
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {corrections.map((c) => (
          <li key={c.id}>
            <strong>{LABEL[c.kind]}</strong>,{" "}
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
