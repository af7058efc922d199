import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/dashboard/revision-diff";
import {
  getHistoryStory,
  getRevisions,
  listRevisions,
  REVISION_LIST_LIMIT,
  type RevisionSummary,
} from "@/db/queries/revisions";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { formatTimestamp } from "@/lib/time";
import { canEditContent, canView } from "@/lib/workflow";

export const metadata: Metadata = { title: "Story history" };

// Any hex uuid, as PostgreSQL accepts; anything else would make the query itself fail.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const KIND_LABELS: Record<string, string> = {
  autosave: "Autosave",
  save: "Save",
  restore: "Restore",
  update: "Update (made live)",
  transition: "Status change",
};

type Query = { from?: string | string[]; to?: string | string[] };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Query> };

/** A revision id from the query string, if it is one of those listed for this story. */
function pick(value: string | string[] | undefined, listed: Set<number>): number | undefined {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return listed.has(n) ? n : undefined;
}

export default async function StoryHistoryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const story = await getHistoryStory(id);
  // Not 403: a reporter must not learn that someone else's story exists.
  if (!story || !canView(user, story)) notFound();
  const [revisions, settings, query] = await Promise.all([listRevisions(id), getSiteSettings(), searchParams]);
  const listed = new Set(revisions.map((r) => r.id));
  const toId = pick(query.to, listed) ?? revisions[0]?.id;
  const fromId = pick(query.from, listed) ?? revisions[1]?.id ?? toId;
  const chosen = fromId !== undefined && toId !== undefined ? await getRevisions(id, [fromId, toId]) : [];
  const from = chosen.find((r) => r.id === fromId);
  const to = chosen.find((r) => r.id === toId);
  const mayRestore = canEditContent(user, story);
  // updatedAt: an autosave that kept coalescing holds the text as of its last save.
  const when = (r: RevisionSummary) => formatTimestamp(r.updatedAt, settings.timeZone, settings.locale);
  const describe = (r: RevisionSummary) =>
    `${when(r)} · ${r.savedByName ?? "system"} · ${KIND_LABELS[r.kind] ?? r.kind}${r.pending ? " · pending" : ""}`;
  const byId = new Map(revisions.map((r) => [r.id, r]));

  return (
    <div>
      <p className="text-sm">
        <DeskLink href={`/dashboard/stories/${id}`} className="text-accent underline">
          ← Back to the editor
        </DeskLink>
      </p>
      <h1 className="mt-2 text-2xl font-bold">History</h1>
      <p className="mt-1 text-neutral-600 dark:text-neutral-400">
        {story.headline || "Untitled story"} · times in {settings.cityLabel} · newest first
      </p>

      {revisions.length > 1 && (
        <form method="get" action={`/dashboard/stories/${id}/history`} className="mt-4 flex flex-wrap items-end gap-3">
          {(["from", "to"] as const).map((name) => (
            <label key={name} className="flex flex-col text-sm font-semibold">
              {name === "from" ? "Compare from" : "to"}
              <select
                name={name}
                defaultValue={name === "from" ? fromId : toId}
                className="mt-1 rounded border border-neutral-300 bg-white p-1 font-normal dark:border-neutral-700 dark:bg-neutral-900"
              >
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {describe(r)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button
            type="submit"
            className="rounded bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900"
          >
            Compare
          </button>
        </form>
      )}

      {from && to && from.id !== to.id && (
        <RevisionDiff
          from={{ label: describe(byId.get(from.id)!), snapshot: from.snapshot }}
          to={{ label: describe(byId.get(to.id)!), snapshot: to.snapshot }}
        />
      )}
      {revisions.length > 1 && fromId === toId && <p className="mt-4">Choose two different revisions to compare.</p>}

      <h2 className="mt-8 text-lg font-bold">Revisions</h2>
      {revisions.length === 0 ? (
        <p className="mt-2">No revisions recorded yet.</p>
      ) : (
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className="py-2 pr-4">
                Saved ({settings.cityLabel})
              </th>
              <th scope="col" className="py-2 pr-4">
                By
              </th>
              <th scope="col" className="py-2 pr-4">
                Kind
              </th>
              <th scope="col" className="py-2 pr-4">
                State
              </th>
              {mayRestore && (
                <th scope="col" className="py-2">
                  <span className="sr-only">Restore</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                <td className="py-2 pr-4 tabular-nums">{when(r)}</td>
                <td className="py-2 pr-4">{r.savedByName ?? "system"}</td>
                <td className="py-2 pr-4">{KIND_LABELS[r.kind] ?? r.kind}</td>
                <td className="py-2 pr-4">
                  {r.pending && (
                    <span
                      className="rounded border border-amber-600 px-1.5 text-amber-800 dark:text-amber-300"
                      title="Saved, but not yet on the public page"
                    >
                      pending
                    </span>
                  )}
                </td>
                {mayRestore && (
                  <td className="py-2">
                    <form method="post" action={`/api/stories/${id}/revisions/${r.id}/restore`}>
                      <button
                        type="submit"
                        aria-label={`Restore revision from ${when(r)}`}
                        className="rounded border border-neutral-300 px-2 py-0.5 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
                      >
                        Restore
                      </button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revisions.length === REVISION_LIST_LIMIT && (
        <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          Showing the newest {REVISION_LIST_LIMIT} revisions.
        </p>
      )}
    </div>
  );
}
