"use client";
import { useState, type FormEvent } from "react";
import { createWebhookAction, deleteWebhookAction } from "@/lib/actions/notifications";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

const EVENT_LABELS: Record<string, string> = {
  submitted: "Submitted for review",
  sent_back: "Sent back",
  noted: "Notes",
  published: "Published",
  published_on_schedule: "Live on schedule",
  refused_on_schedule: "Refused on schedule",
  corrected: "Corrected",
  unpublished: "Taken down",
};

export function CreateWebhookForm({ events }: { events: string[] }) {
  const { state, onSubmit, pending } = useFormAction(createWebhookAction);
  const [chosen, setChosen] = useState<string[]>([]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const submit = (e: FormEvent<HTMLFormElement>) => {
    (e.currentTarget.elements.namedItem("events") as HTMLInputElement).value = chosen.join(",");
    onSubmit(e);
  };
  return (
    <form onSubmit={submit} className="mt-3 space-y-3" noValidate>
      <div>
        <label htmlFor="webhook-url" className="block text-sm font-semibold">
          Address to POST to
        </label>
        <input
          id="webhook-url"
          name="url"
          type="url"
          required
          placeholder="https://hooks.example.com/services/…"
          className="input mt-1 w-full max-w-xl"
          aria-describedby={errors.url ? "webhook-url-error" : undefined}
        />
        {errors.url && (
          <p id="webhook-url-error" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {errors.url}
          </p>
        )}
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">Events (none ticked: all of them)</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {events.map((e) => (
            <label key={e} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={chosen.includes(e)}
                onChange={(ev) => setChosen((c) => (ev.target.checked ? [...c, e] : c.filter((x) => x !== e)))}
              />
              {EVENT_LABELS[e] ?? e}
            </label>
          ))}
        </div>
      </fieldset>
      <input type="hidden" name="events" />
      <button type="submit" className="btn-primary" disabled={pending}>
        Add webhook
      </button>
      <ActionMessage state={state} />
      {state?.ok && (
        <div role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm dark:bg-amber-950">
          <p className="font-semibold">Signing secret — copy it now; it is not shown again:</p>
          <code data-testid="webhook-secret" className="mt-1 block break-all font-mono">
            {state.data.secret}
          </code>
          <p className="mt-1">
            Each call carries <code>Dateline-Signature: t=…,v1=…</code>, the hex HMAC-SHA256 of{" "}
            <code>&lt;t&gt;.&lt;body&gt;</code> with this secret.
          </p>
        </div>
      )}
    </form>
  );
}

export function DeleteWebhookButton({ id, url }: { id: string; url: string }) {
  const { state, onSubmit, pending } = useFormAction(deleteWebhookAction);
  return (
    <form
      onSubmit={(e) => {
        if (!window.confirm(`Stop sending events to ${url}?`)) return e.preventDefault();
        onSubmit(e);
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="btn-secondary" disabled={pending} aria-label={`Remove the webhook for ${url}`}>
        Remove
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
