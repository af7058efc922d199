"use client";
import { useState } from "react";
import type { StoryStatus } from "@/db/schema";
import { formatTimestamp, utcToZonedLocal, zonedLocalToUtc } from "@/lib/time";
import { TRANSITIONS, type WorkflowAction } from "@/lib/workflow";

type Props = {
  actions: WorkflowAction[];
  status: StoryStatus;
  timeZone: string;
  /** The site's locale: the chosen time is read back in the newsroom's own format (issue 19). */
  locale?: string;
  cityLabel?: string;
  busy: boolean;
  fieldErrors: Record<string, string>;
  run: (action: WorkflowAction, extra?: { note?: string; scheduledFor?: string }) => void;
};

const CONFIRM: Partial<Record<WorkflowAction, string>> = {
  delete: "Delete this story for good? Its history goes with it.",
  unpublish: "Take this story off the site? Its address will answer “gone”.",
  republish: "Put this story back on the site as it stands now? Readers will see it as updated.",
};

function isFuture(at: Date): boolean {
  return at.getTime() > Date.now();
}

/** The workflow buttons this person may use on this story, and the inputs some of them need. */
export function WorkflowBar({ actions, status, timeZone, locale, busy, fieldErrors, run }: Props) {
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [when, setWhen] = useState(() => utcToZonedLocal(new Date(Date.now() + 3_600_000), timeZone));
  const [whenError, setWhenError] = useState<string | null>(null);
  const click = (action: WorkflowAction) => {
    if (CONFIRM[action] && !window.confirm(CONFIRM[action])) return;
    if (action === "sendBack") {
      if (!note.trim()) return setNoteError("Add a note saying what needs changing.");
      setNoteError(null);
      return run(action, { note });
    }
    if (action === "schedule") {
      const at = zonedLocalToUtc(when, timeZone);
      if (!at) return setWhenError("Enter a date and time.");
      if (!isFuture(at)) return setWhenError("Choose a time in the future.");
      setWhenError(null);
      return run(action, { scheduledFor: at.toISOString() });
    }
    run(action);
  };
  if (actions.length === 0) return null;
  return (
    <section
      aria-label="Workflow"
      className="space-y-3 rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900"
    >
      {actions.includes("sendBack") && (
        <div>
          <label htmlFor="send-back-note" className="block text-sm font-semibold">
            Note for the reporter
          </label>
          <textarea
            id="send-back-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
            className="input mt-1 text-sm"
            aria-describedby={noteError ? "send-back-error" : undefined}
          />
          {noteError && (
            <p id="send-back-error" role="alert" className="text-sm text-red-700 dark:text-red-300">
              {noteError}
            </p>
          )}
        </div>
      )}
      {actions.includes("schedule") && (
        <div>
          <label htmlFor="schedule-at" className="block text-sm font-semibold">
            Publish at ({timeZone})
          </label>
          <input
            id="schedule-at"
            type="datetime-local"
            step="1"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            className="input mt-1 w-auto"
            aria-describedby={`schedule-reads${whenError || fieldErrors.scheduledFor ? " schedule-error" : ""}`}
          />
          {/* The field shows the browser's own date format; this says the time as the site will. */}
          <p id="schedule-reads" className="mt-1 text-sm" data-testid="schedule-reads">
            {(() => {
              const at = zonedLocalToUtc(when, timeZone);
              return at ? `Goes live ${formatTimestamp(at, timeZone, locale)}` : "Enter a date and time.";
            })()}
          </p>
          {(whenError || fieldErrors.scheduledFor) && (
            <p id="schedule-error" role="alert" className="text-sm text-red-700 dark:text-red-300">
              {whenError ?? fieldErrors.scheduledFor}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            onClick={() => click(action)}
            className={
              action === "publish" || action === "republish" || action === "update" || action === "submit"
                ? "btn-primary"
                : "btn-secondary"
            }
          >
            {TRANSITIONS[action].label}
          </button>
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {busy ? "Working…" : ""}
      </p>
      {status === "scheduled" && <p className="text-sm">Scheduled stories go live on their own at the set time.</p>}
    </section>
  );
}
