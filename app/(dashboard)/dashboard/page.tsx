import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { storyCountsByStatus } from "@/db/queries/dashboard";
import { ownStoriesOnly } from "@/db/queries/story-list";
import { requireUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/permissions";

export const metadata: Metadata = { title: "Dashboard" };

const LABELS = {
  draft: "Drafts",
  in_review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
} as const;

/** The story list showing exactly what a count counts: one's own stories for a reporter, the desk's otherwise. */
function listOf(status: keyof typeof LABELS, own: boolean): string {
  return `/dashboard/stories?${new URLSearchParams({ tab: own ? "mine" : "all", state: status })}`;
}

export default async function DashboardPage() {
  const user = await requireUser();
  // Reporters see their own work; the desk sees what it may open (a section editor their sections).
  const own = ownStoriesOnly(user);
  const counts = await storyCountsByStatus(user, own);
  return (
    <div>
      <h1 className="text-2xl font-bold">Welcome, {user.name}</h1>
      <p className="mt-1 text-neutral-600 dark:text-neutral-400">
        Signed in as {user.email} · role: <strong>{ROLE_LABELS[user.role]}</strong>
      </p>
      <form method="post" action="/api/stories" className="mt-6">
        <button type="submit" className="btn-primary">
          New story
        </button>
      </form>
      <h2 className="mt-8 text-lg font-bold">{own ? "Your stories" : "Stories on the desk"}</h2>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((status) => (
          <div
            key={status}
            className="relative rounded border border-neutral-200 bg-white p-3 hover:border-neutral-400 dark:border-neutral-800 dark:bg-neutral-900"
          >
            <dt className="text-sm text-neutral-600 dark:text-neutral-400">
              {/* The whole card opens the story list filtered to this state (issue 12). */}
              <DeskLink href={listOf(status, own)} className="after:absolute after:inset-0">
                {LABELS[status]}
              </DeskLink>
            </dt>
            <dd className="text-2xl font-bold tabular-nums">{counts[status]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
