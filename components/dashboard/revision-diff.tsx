// What changed between two revisions: the fields that differ, then word diffs of the text.
import type { StorySnapshot } from "@/db/schema";
import { bodyPlainText, changedFields, tooDeep, wordDiff, type DiffSegment } from "@/lib/stories/diff";

type Side = { label: string; snapshot: StorySnapshot };

// Underline and strike-through so the change does not rely on colour; the hidden ::before
// and ::after words are read out by screen readers, which ignore <ins>/<del> by default.
const INS =
  "bg-green-100 text-green-900 underline decoration-2 underline-offset-2 dark:bg-green-950 dark:text-green-100 " +
  "before:sr-only before:content-['[added]_'] after:sr-only after:content-['_[end_added]']";
const DEL =
  "bg-red-100 text-red-900 line-through decoration-2 dark:bg-red-950 dark:text-red-100 " +
  "before:sr-only before:content-['[removed]_'] after:sr-only after:content-['_[end_removed]']";

// Unchanged text kept either side of a change in a long body; the rest is elided.
const CONTEXT_CHARS = 240;

export function RevisionDiff({ from, to }: { from: Side; to: Side }) {
  const a = from.snapshot;
  const b = to.snapshot;
  const changed = changedFields(a, b);
  // Stored before depth was capped: its words cannot be read out safely, so say so instead.
  const bodyTooDeep = tooDeep(a, b);
  const yesNo = (v: boolean) => (v ? "Yes" : "No");
  // Section, topics, bylines and the image are ids here: they are only named as changed.
  const texts: [label: string, before: string, after: string][] = [
    ["Headline", a.headline, b.headline],
    ["Standfirst", a.standfirst, b.standfirst],
    ["Body", bodyPlainText(a.body), bodyPlainText(b.body)],
    ["Slug", a.slug, b.slug],
    ["SEO title", a.seoTitle ?? "", b.seoTitle ?? ""],
    ["SEO description", a.seoDescription ?? "", b.seoDescription ?? ""],
    ["Breaking", yesNo(a.breaking), yesNo(b.breaking)],
  ];
  return (
    <section
      aria-labelledby="diff-heading"
      className="mt-6 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <h2 id="diff-heading" className="text-lg font-bold">
        From {from.label} to {to.label}
      </h2>
      {changed.length === 0 ? (
        <p className="mt-2">These two revisions are identical.</p>
      ) : (
        <>
          <p className="mt-2">
            <span className="font-semibold">Changed:</span> {changed.join(", ")}
          </p>
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
            <ins className={INS}>Added words</ins> are underlined in green; <del className={DEL}>removed words</del> are
            struck through in red.
          </p>
        </>
      )}
      {texts
        .filter(([label]) => changed.includes(label))
        .map(([label, before, after]) =>
          label === "Body" && bodyTooDeep ? (
            <div key={label} className="mt-4">
              <h3 className="text-sm font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
                {label}
              </h3>
              <p className="mt-1">This revision is too deeply nested to show.</p>
            </div>
          ) : (
            <TextDiff key={label} label={label} segments={wordDiff(before, after)} elide={label === "Body"} />
          ),
        )}
    </section>
  );
}

function TextDiff({ label, segments, elide }: { label: string; segments: DiffSegment[]; elide: boolean }) {
  const changes = segments.some((s) => s.op !== "same");
  return (
    <div className="mt-4">
      <h3 className="text-sm font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">{label}</h3>
      {changes ? (
        <div className="mt-1 whitespace-pre-wrap font-serif leading-relaxed">
          {segments.map((s, i) =>
            s.op === "added" ? (
              <ins key={i} className={INS}>
                {s.text}
              </ins>
            ) : s.op === "removed" ? (
              <del key={i} className={DEL}>
                {s.text}
              </del>
            ) : (
              <Unchanged
                key={i}
                text={s.text}
                head={i > 0 && elide}
                tail={i < segments.length - 1 && elide}
                elide={elide}
              />
            ),
          )}
        </div>
      ) : (
        // The JSON differs but the words do not: bold, links, headings and the like.
        <p className="mt-1">The words are the same; only formatting changed.</p>
      )}
    </div>
  );
}

/** Keeps the edges next to changes (`head` after one, `tail` before one) and elides the middle. */
function Unchanged({ text, head, tail, elide }: { text: string; head: boolean; tail: boolean; elide: boolean }) {
  const keepStart = head ? CONTEXT_CHARS : 0;
  const keepEnd = tail ? CONTEXT_CHARS : 0;
  if (!elide || text.length <= keepStart + keepEnd + CONTEXT_CHARS) return <span>{text}</span>;
  // Cut at whitespace so no word is shown half.
  const start = keepStart ? text.slice(0, keepStart).replace(/\S*$/, "") : "";
  const end = keepEnd ? text.slice(-keepEnd).replace(/^\S*/, "") : "";
  const hidden = text
    .slice(start.length, text.length - end.length)
    .split(/\s+/)
    .filter(Boolean).length;
  return (
    <span>
      {start}
      <span className="mx-1 inline-block rounded bg-neutral-100 px-1 font-sans text-sm text-neutral-600 dark:bg-neutral-800 dark:text-neutral-400">
        … {hidden.toLocaleString("en-GB")} unchanged {hidden === 1 ? "word" : "words"} …
      </span>
      {end}
    </span>
  );
}
