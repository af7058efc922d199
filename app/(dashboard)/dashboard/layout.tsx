import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { unreadCount } from "@/db/queries/notifications";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { can, ROLE_LABELS } from "@/lib/permissions";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { signOutEverywhere } from "@/lib/actions/sign-out-everywhere";

// Signed-in pages: rendered per request, never cached (and sent as private, no-store).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The session check lives here, on the server, for every page below /dashboard; actions
// and route handlers check again themselves.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [user, settings] = await Promise.all([requireUser(), getSiteSettings()]);
  const unread = await unreadCount(user.id);
  // The desk is in English whatever language the reader pages are in (<html lang> follows them).
  return (
    <div lang="en" className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/dashboard" className="font-serif text-xl font-bold">
            {settings.siteName} <span className="font-sans text-sm font-normal text-neutral-500">newsroom</span>
          </Link>
          <nav aria-label="Dashboard" className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
            <Link href="/dashboard">Overview</Link>
            <Link href="/dashboard/stories">Stories</Link>
            <Link href="/dashboard/planning">Planning</Link>
            <Link href="/dashboard/inbox" data-testid="inbox-link">
              Inbox
              {unread > 0 && (
                <span className="ml-1 rounded-full bg-red-700 px-1.5 text-xs text-white">
                  {unread}
                  <span className="sr-only"> unread</span>
                </span>
              )}
            </Link>
            <Link href="/dashboard/media">Media</Link>
            {can(user, "homepage.arrange") && <Link href="/dashboard/home">Home page</Link>}
            {can(user, "users.manage") && <Link href="/dashboard/users">Users</Link>}
            {can(user, "settings.manage") && <Link href="/dashboard/settings">Settings</Link>}
            {can(user, "settings.manage") && <Link href="/dashboard/pages">Pages</Link>}
            {can(user, "webhooks.manage") && <Link href="/dashboard/webhooks">Webhooks</Link>}
            {can(user, "audit.read") && <Link href="/dashboard/audit">Audit log</Link>}
            <Link href="/">View site</Link>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span>
              {user.name} <span className="text-neutral-500">({ROLE_LABELS[user.role].toLowerCase()})</span>
            </span>
            <SignOutButton />
            <form action={signOutEverywhere}>
              <button type="submit" className="btn-secondary" title="End every session of yours, on every device">
                Sign out everywhere
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
