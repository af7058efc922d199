import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { listWebhooks, recentWebhookDeliveries } from "@/db/queries/notifications";
import { getSiteSettings } from "@/db/queries/settings";
import { CreateWebhookForm, DeleteWebhookButton } from "@/components/dashboard/webhook-forms";
import { requireUser } from "@/lib/auth/session";
import { MAX_ATTEMPTS } from "@/lib/notifications/outbox";
import { WEBHOOK_EVENTS } from "@/lib/notifications/webhooks";
import { can } from "@/lib/permissions";
import { formatTimestamp } from "@/lib/time";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const user = await requireUser();
  if (!can(user, "webhooks.manage")) forbidden();
  const [hooks, recent, settings] = await Promise.all([listWebhooks(), recentWebhookDeliveries(30), getSiteSettings()]);
  const when = (d: Date) => formatTimestamp(d, settings.timeZone, settings.locale);
  const urlOf = new Map(hooks.map((h) => [h.id, h.url]));
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-bold">Webhooks</h1>
        <p className="mt-1 max-w-3xl text-sm text-neutral-600 dark:text-neutral-400">
          Newsroom events — a story submitted, sent back, noted or published — are POSTed as JSON to each address below,
          signed with its secret, so the desk can wire up Slack, WhatsApp or Teams. A call that fails is tried again
          with growing waits, up to {MAX_ATTEMPTS} times.
        </p>
        {hooks.length === 0 ? (
          <p className="mt-4">No webhooks yet.</p>
        ) : (
          <table className="mt-4 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300 dark:border-neutral-700">
                <th scope="col" className="py-2 pr-4">
                  Address
                </th>
                <th scope="col" className="py-2 pr-4">
                  Events
                </th>
                <th scope="col" className="py-2 pr-4">
                  Delivered / failed / waiting
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {hooks.map((h) => (
                <tr key={h.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                  <td className="py-2 pr-4 font-mono break-all">{h.url}</td>
                  <td className="py-2 pr-4">{h.events.length ? h.events.join(", ") : "all"}</td>
                  <td className="py-2 pr-4 tabular-nums">
                    {h.delivered} / {h.failed} / {h.pending}
                  </td>
                  <td className="py-2">
                    <DeleteWebhookButton id={h.id} url={h.url} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section>
        <h2 className="text-lg font-bold">Add a webhook</h2>
        <CreateWebhookForm events={[...WEBHOOK_EVENTS]} />
      </section>
      <section>
        <h2 className="text-lg font-bold">Latest calls</h2>
        {recent.length === 0 ? (
          <p className="mt-2 text-sm">No calls yet.</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-left text-sm" data-testid="webhook-deliveries">
            <thead>
              <tr className="border-b border-neutral-300 dark:border-neutral-700">
                <th scope="col" className="py-2 pr-4">
                  When ({settings.cityLabel})
                </th>
                <th scope="col" className="py-2 pr-4">
                  Event
                </th>
                <th scope="col" className="py-2 pr-4">
                  To
                </th>
                <th scope="col" className="py-2 pr-4">
                  Tries
                </th>
                <th scope="col" className="py-2">
                  Outcome
                </th>
              </tr>
            </thead>
            <tbody>
              {recent.map((d) => (
                <tr key={d.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                  <td className="py-2 pr-4 tabular-nums">{when(d.createdAt)}</td>
                  <td className="py-2 pr-4 font-mono">{d.event}</td>
                  <td className="py-2 pr-4 font-mono break-all">{(d.webhookId && urlOf.get(d.webhookId)) ?? "—"}</td>
                  <td className="py-2 pr-4 tabular-nums">{d.attempts}</td>
                  <td className="py-2">
                    {d.deliveredAt
                      ? `Delivered${d.lastStatus ? ` (${d.lastStatus})` : ""}`
                      : d.failedAt
                        ? `Gave up: ${d.lastError ?? "unknown error"}`
                        : d.lastError
                          ? `Failed (${d.lastError}); next try ${when(d.nextAttemptAt)}`
                          : d.attempts > 0
                            ? "Sending"
                            : "Waiting"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
