import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { listAudit } from "@/db/queries/audit";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { formatTimestamp } from "@/lib/time";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<{ before?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "audit.read")) forbidden();
  const before = Number((await searchParams).before);
  const [rows, settings] = await Promise.all([
    listAudit(PAGE_SIZE, Number.isSafeInteger(before) && before > 0 ? before : undefined),
    getSiteSettings(),
  ]);
  const last = rows[rows.length - 1];
  return (
    <div>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        Every sign-in and account change, newest first. Entries can never be edited or deleted.
      </p>
      <table className="mt-4 w-full border-collapse text-left text-sm">
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
              <td className="py-2 pr-4">{r.targetName ?? r.targetId ?? ""}</td>
              <td className="py-2 pr-4 font-mono">{r.ip ?? ""}</td>
              <td className="py-2 font-mono text-xs">
                {Object.keys(r.details).length ? JSON.stringify(r.details) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="mt-4">Nothing recorded yet.</p>}
      {rows.length === PAGE_SIZE && last && (
        <p className="mt-4">
          <Link href={`/dashboard/audit?before=${last.id}`} className="text-accent underline">
            Older entries
          </Link>
        </p>
      )}
    </div>
  );
}
