import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { forbidden } from "next/navigation";
import { auditActors, listAudit, storyHeadline, type AuditRow } from "@/db/queries/audit";
import { getSiteSettings } from "@/db/queries/settings";
import { AUDIT_ACTIONS } from "@/lib/audit";
import { parseAuditFilters, type AuditParams } from "@/lib/audit-filters";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { formatTimestamp } from "@/lib/time";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<AuditParams & { before?: string }> };

const one = (v: unknown) => (typeof v === "string" && v ? v : undefined);

function auditHref(values: AuditParams, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...values, ...extra })) if (v) params.set(k, v);
  const q = params.toString();
  return q ? `/dashboard/audit?${q}` : "/dashboard/audit";
}

function Target({ row, values }: { row: AuditRow; values: AuditParams }) {
  if (row.targetType === "story" && row.targetId) {
    const name = row.targetName || "Untitled story";
    return (
      <>
        {row.storyExists ? (
          <DeskLink href={`/dashboard/stories/${row.targetId}`} className="underline">
            {name}
          </DeskLink>
        ) : (
          <span>
            {name} <span className="text-neutral-500">(deleted)</span>
          </span>
        )}{" "}
        {values.story !== row.targetId && (
          <DeskLink
            href={auditHref(values, { story: row.targetId })}
            className="text-xs text-neutral-500 underline"
            aria-label={`Only entries about ${name}`}
          >
            only this story
          </DeskLink>
        )}
      </>
    );
  }
  return <>{row.targetName ?? row.targetId ?? ""}</>;
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "audit.read")) forbidden();
  const params = await searchParams;
  const settings = await getSiteSettings();
  const filters = parseAuditFilters(
    {
      who: one(params.who),
      what: one(params.what),
      story: one(params.story),
      from: one(params.from),
      to: one(params.to),
    },
    settings.timeZone,
  );
  const before = Number(params.before);
  const [rows, actors, story] = await Promise.all([
    listAudit(filters, PAGE_SIZE, Number.isSafeInteger(before) && before > 0 ? before : undefined),
    auditActors(),
    filters.storyId ? storyHeadline(filters.storyId) : null,
  ]);
  const last = rows[rows.length - 1];
  const { values } = filters;
  return (
    <div>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        Every sign-in, account change and story move, newest first. Entries can never be edited or deleted.
      </p>
      <form method="get" action="/dashboard/audit" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          Who
          <select name="who" defaultValue={values.who ?? ""} className="input mt-1 w-auto py-1">
            <option value="">Everyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          What
          <select name="what" defaultValue={values.what ?? ""} className="input mt-1 w-auto py-1">
            <option value="">Every action</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          From
          <input type="date" name="from" defaultValue={values.from ?? ""} className="input mt-1 w-auto py-1" />
        </label>
        <label className="flex flex-col">
          To
          <input type="date" name="to" defaultValue={values.to ?? ""} className="input mt-1 w-auto py-1" />
        </label>
        {values.story && <input type="hidden" name="story" value={values.story} />}
        <button type="submit" className="btn-secondary">
          Filter
        </button>
        <DeskLink href="/dashboard/audit" className="py-1 underline">
          Clear filters
        </DeskLink>
      </form>
      {values.story && (
        <p className="mt-2 text-sm">
          Story: <strong>{story || "a deleted story"}</strong>{" "}
          <DeskLink href={auditHref({ ...values, story: undefined })} className="underline">
            all stories
          </DeskLink>
        </p>
      )}
      {filters.problems.length > 0 && (
        <ul role="status" className="mt-2 text-sm text-amber-800 dark:text-amber-300">
          {filters.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className="py-2 pr-4">
                When ({settings.cityLabel})
              </th>
              <th scope="col" className="py-2 pr-4">
                Action
              </th>
              <th scope="col" className="py-2 pr-4">
                By
              </th>
              <th scope="col" className="py-2 pr-4">
                Target
              </th>
              <th scope="col" className="py-2 pr-4">
                IP
              </th>
              <th scope="col" className="py-2">
                Details
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                <td className="py-2 pr-4 tabular-nums">
                  {formatTimestamp(r.createdAt, settings.timeZone, settings.locale)}
                </td>
                <td className="py-2 pr-4 font-mono">{r.action}</td>
                <td className="py-2 pr-4">{r.actorName ?? "system"}</td>
                <td className="py-2 pr-4">
                  <Target row={r} values={values} />
                </td>
                <td className="py-2 pr-4 font-mono">{r.ip ?? ""}</td>
                <td className="py-2 font-mono text-xs break-all">
                  {Object.keys(r.details).length ? JSON.stringify(r.details) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && (
        <p className="mt-4">
          Nothing recorded{filters.problems.length || Object.keys(values).length ? " that matches" : " yet"}.
        </p>
      )}
      {rows.length === PAGE_SIZE && last && (
        <p className="mt-4">
          <DeskLink href={auditHref(values, { before: String(last.id) })} className="text-accent underline">
            Older entries
          </DeskLink>
        </p>
      )}
    </div>
  );
}
