import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { listInbox } from "@/db/queries/notifications";
import { getSiteSettings } from "@/db/queries/settings";
import { MarkAllRead } from "@/components/dashboard/mark-all-read";
import { requireUser } from "@/lib/auth/session";
import { summary } from "@/lib/notifications/messages";
import { formatTimestamp } from "@/lib/time";

export const metadata: Metadata = { title: "Inbox" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<{ before?: string }> };

export default async function InboxPage({ searchParams }: Props) {
  const user = await requireUser();
  const before = Number((await searchParams).before);
  const [items, settings] = await Promise.all([
    listInbox(user, PAGE_SIZE, Number.isSafeInteger(before) && before > 0 ? before : undefined),
    getSiteSettings(),
  ]);
  const last = items[items.length - 1];
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Inbox</h1>
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
            Your stories sent back, published or noted, and where someone mentioned you (@
            {user.email.slice(0, user.email.indexOf("@"))}). Opening a story marks what is here about it as read.
          </p>
        </div>
        <MarkAllRead />
      </div>
      {items.length === 0 ? (
        <p className="mt-6">Nothing here yet.</p>
      ) : (
        <ul className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800" aria-label="Notifications">
          {items.map((n) => {
            const line = summary({ kind: n.kind, headline: n.headline, actorName: n.actorName, excerpt: n.excerpt });
            return (
              <li key={n.id} className="py-3" data-unread={n.readAt ? undefined : "true"}>
                <p className={n.readAt ? "" : "font-semibold"}>
                  {!n.readAt && <span className="sr-only">Unread: </span>}
                  {n.storyId || n.kind === "assigned" ? (
                    <DeskLink
                      href={n.storyId ? `/dashboard/stories/${n.storyId}` : "/dashboard/planning"}
                      className="hover:underline"
                    >
                      {line}
                    </DeskLink>
                  ) : (
                    line
                  )}
                </p>
                {n.excerpt && (
                  <blockquote className="mt-1 border-l-2 border-neutral-300 pl-3 text-sm text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
                    {n.excerpt}
                  </blockquote>
                )}
                <p className="mt-1 text-xs text-neutral-500 tabular-nums">
                  {formatTimestamp(n.createdAt, settings.timeZone, settings.locale)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {items.length === PAGE_SIZE && last && (
        <p className="mt-4">
          <DeskLink href={`/dashboard/inbox?before=${last.id}`} className="text-accent underline">
            Older
          </DeskLink>
        </p>
      )}
    </div>
  );
}
