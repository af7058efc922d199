"use client";
import { useEffect, useState } from "react";
import type { Json, TimersAnswer } from "@/lib/api/story-answers";
import { formatTimestamp, utcToZonedLocal, zonedLocalToUtc } from "@/lib/time";
import { call } from "./api";

type Timer = Json<TimersAnswer>["timers"][number] & { changedSince?: boolean };
type Refused = NonNullable<Json<TimersAnswer>["refused"]>[number];
type Props = { storyId: string; kinds: Timer["kind"][]; timeZone: string; locale: string };

const LABEL = { update: "Publish the pending edits", unpublish: "Take the story down" } as const;
const BUTTON = { update: "Schedule the update", unpublish: "Schedule unpublishing" } as const;

function isFuture(at: Date): boolean {
  return at.getTime() > Date.now();
}

/** A live story's appointments: its pending edits go live, or it comes down, at a set time. */
export function TimersPanel({ storyId, kinds, timeZone, locale }: Props) {
  const [timers, setTimers] = useState<Timer[] | null>(null);
  const [refused, setRefused] = useState<Refused[]>([]);
  const [when, setWhen] = useState<Record<string, string>>(() => {
    const inAnHour = utcToZonedLocal(new Date(Date.now() + 3_600_000), timeZone);
    return { update: inAnHour, unpublish: inAnHour };
  });
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const url = `/api/stories/${storyId}/timers`;
  useEffect(() => {
    void call<Json<TimersAnswer>>(url, "GET").then((r) => {
      if (!r.ok) return;
      setTimers(r.timers);
      setRefused(r.refused ?? []);
    });
  }, [url]);

  const schedule = async (kind: Timer["kind"]) => {
    const at = zonedLocalToUtc(when[kind] ?? "", timeZone);
    if (!at) return setMessage({ kind: "error", text: "Enter a date and time." });
    if (!isFuture(at)) return setMessage({ kind: "error", text: "Choose a time in the future." });
    const r = await call<Json<TimersAnswer>>(url, "POST", { kind, dueAt: at.toISOString() });
    if (!r.ok) return setMessage({ kind: "error", text: r.error });
    setTimers(r.timers);
    setRefused((all) => all.filter((x) => x.kind !== kind));
    setMessage({ kind: "ok", text: `${LABEL[kind]}: set for ${formatTimestamp(at, timeZone, locale)}.` });
  };
  const cancel = async (kind: Timer["kind"]) => {
    const r = await call<Json<TimersAnswer>>(`${url}?kind=${kind}`, "DELETE");
    if (!r.ok) return setMessage({ kind: "error", text: r.error });
    setTimers(r.timers);
    setMessage({ kind: "ok", text: `${LABEL[kind]}: cancelled.` });
  };

  return (
    <section
      aria-label="Scheduled changes"
      className="space-y-3 rounded border border-neutral-200 bg-white p-3 text-sm dark:border-neutral-800 dark:bg-neutral-900"
    >
      <h2 className="font-semibold">Scheduled changes</h2>
      {kinds.map((kind) => {
        const set = timers?.find((t) => t.kind === kind);
        const failed = refused.find((t) => t.kind === kind);
        return (
          <div key={kind}>
            {failed && !set && (
              <p role="status" className="text-red-700 dark:text-red-400">
                Did not happen: {LABEL[kind].toLowerCase()} at{" "}
                {formatTimestamp(new Date(failed.dueAt), timeZone, locale)}. {failed.reason}
              </p>
            )}
            {set ? (
              <p>
                {LABEL[kind]} at <strong>{formatTimestamp(new Date(set.dueAt), timeZone, locale)}</strong>.{" "}
                <button type="button" className="underline" onClick={() => void cancel(kind)}>
                  Cancel
                </button>
                {set.changedSince && (
                  <span role="alert" className="mt-1 block font-semibold text-red-700 dark:text-red-300">
                    The story changed after this was scheduled, so it will not go live. Cancel and schedule it again to
                    approve the text as it is now.
                  </span>
                )}
              </p>
            ) : (
              <>
                <label htmlFor={`timer-${kind}`} className="block font-semibold">
                  {LABEL[kind]} at ({timeZone})
                </label>
                <div className="mt-1 flex flex-wrap gap-2">
                  <input
                    id={`timer-${kind}`}
                    type="datetime-local"
                    value={when[kind]}
                    onChange={(e) => setWhen((w) => ({ ...w, [kind]: e.target.value }))}
                    className="input w-auto"
                  />
                  <button type="button" className="btn-secondary" onClick={() => void schedule(kind)}>
                    {BUTTON[kind]}
                  </button>
                </div>
              </>
            )}
          </div>
        );
      })}
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? "text-red-700 dark:text-red-300" : "text-green-800 dark:text-green-300"}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
