import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
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
          <DeskLink href="/dashboard" className="font-serif text-xl font-bold">
            {settings.siteName} <span className="font-sans text-sm font-normal text-neutral-500">newsroom</span>
          </DeskLink>
          <nav aria-label="Dashboard" className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
            <DeskLink href="/dashboard">Overview</DeskLink>
            <DeskLink href="/dashboard/stories">Stories</DeskLink>
            <DeskLink href="/dashboard/planning">Planning</DeskLink>
            <DeskLink href="/dashboard/inbox" data-testid="inbox-link">
              Inbox
              {unread > 0 && (
                <span className="ml-1 rounded-full bg-red-700 px-1.5 text-xs text-white">
                  {unread}
                  <span className="sr-only"> unread</span>
                </span>
              )}
            </DeskLink>
            <DeskLink href="/dashboard/media">Media</DeskLink>
            {can(user, "homepage.arrange") && <DeskLink href="/dashboard/home">Home page</DeskLink>}
            {can(user, "users.manage") && <DeskLink href="/dashboard/users">Users</DeskLink>}
            {can(user, "settings.manage") && <DeskLink href="/dashboard/settings">Settings</DeskLink>}
            {can(user, "settings.manage") && <DeskLink href="/dashboard/pages">Pages</DeskLink>}
            {can(user, "webhooks.manage") && <DeskLink href="/dashboard/webhooks">Webhooks</DeskLink>}
            {can(user, "audit.read") && <DeskLink href="/dashboard/audit">Audit log</DeskLink>}
            <DeskLink href="/">View site</DeskLink>
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
