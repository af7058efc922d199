"use client";
import type { StorySnapshot } from "@/db/schema";
import { differences } from "@/lib/stories/merge";

/** What `to` changes of `from`, readably: the fields, then the paragraphs added and removed. */
export function ChangesSummary({ from, to }: { from: StorySnapshot; to: StorySnapshot }) {
  const d = differences(from, to);
  if (!d.fields.length) return <p className="text-sm">No differences.</p>;
  return (
    <div className="space-y-2 text-sm">
      <p>Changed: {d.fields.join(", ")}.</p>
      {d.added.length > 0 && (
        <ul aria-label="Paragraphs added" className="space-y-1">
          {d.added.map((t, i) => (
            <li key={i} className="rounded bg-green-100 px-2 py-1 dark:bg-green-950">
              <ins className="no-underline">{t}</ins>
            </li>
          ))}
        </ul>
      )}
      {d.removed.length > 0 && (
        <ul aria-label="Paragraphs removed" className="space-y-1">
          {d.removed.map((t, i) => (
            <li key={i} className="rounded bg-red-100 px-2 py-1 dark:bg-red-950">
              <del>{t}</del>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
