import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getDb } from "@/db";
import { ChecklistForm } from "@/components/dashboard/checklist-form";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { CHECKS, type CheckId } from "@/lib/stories/checklist";
import { loadChecklistConfig } from "@/lib/stories/checklist-store";

export const metadata: Metadata = { title: "Pre-publish checklist" };

export default async function ChecklistPage() {
  const user = await requireUser();
  if (!can(user, "checklist.manage")) forbidden();
  const config = await loadChecklistConfig(getDb());
  const labels = Object.fromEntries(Object.entries(CHECKS).map(([id, c]) => [id, c.label])) as Record<CheckId, string>;
  return (
    <div>
      <h1 className="text-2xl font-bold">Pre-publish checklist</h1>
      <p className="mt-1 max-w-3xl text-sm text-neutral-600 dark:text-neutral-400">
        Shown beside every story in the editor. A check set to warn is shown; one set to block stops Publish, Schedule
        and Update until it passes. A headline, a section, a byline, a body and alt text on every image are always
        required.
      </p>
      <ChecklistForm config={config} labels={labels} />
    </div>
  );
}
