"use client";
import { useEffect, useState } from "react";
import type { ChecklistAnswer, Json } from "@/lib/api/story-answers";
import { evaluateChecklist } from "@/lib/stories/checklist";
import { call } from "./api";

type Context = Json<ChecklistAnswer>;
type Props = {
  storyId: string;
  headline: string;
  standfirst: string;
  words: number;
  hasPhoto: boolean;
  /** Editors record a legal read; anyone on the story may ask for one. */
  mayClearLegal: boolean;
};

const MARK = { pass: "✓", warn: "!", block: "✗" } as const;

/** The desk's pre-publish checklist, evaluated as the text changes, exactly as Publish will. */
export function ChecklistPanel({ storyId, headline, standfirst, words, hasPhoto, mayClearLegal }: Props) {
  const [ctx, setCtx] = useState<Context | null>(null);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/stories/${storyId}/checklist`;
  useEffect(() => {
    void call<Context>(url, "GET").then((r) => (r.ok ? setCtx(r) : setError(r.error)));
  }, [url]);
  if (!ctx) return error ? <p role="alert">{error}</p> : null;
  const results = evaluateChecklist(
    { headline, standfirst, words, hasPhoto, targetWords: ctx.targetWords, legal: ctx.legal },
    ctx.config,
  );
  const legal = async (to: "flagged" | "cleared" | "none") => {
    const r = await call<Context>(url, "POST", { legal: to });
    if (r.ok) {
      setCtx(r);
      setError(null);
    } else setError(r.error);
  };
  return (
    <section
      aria-label="Checklist"
      className="space-y-2 rounded border border-neutral-200 bg-white p-3 text-sm dark:border-neutral-800 dark:bg-neutral-900"
    >
      <h2 className="font-semibold">Before it goes live</h2>
      <ul className="space-y-1">
        {results.map((r) => {
          const state = r.ok ? "pass" : r.mode === "block" ? "block" : "warn";
          return (
            <li key={r.id} data-check={r.id} data-state={state} className="flex gap-2">
              <span
                aria-hidden="true"
                className={
                  state === "pass"
                    ? "text-green-700 dark:text-green-400"
                    : state === "warn"
                      ? "text-amber-700 dark:text-amber-400"
                      : "text-red-700 dark:text-red-400"
                }
              >
                {MARK[state]}
              </span>
              <span>
                <span className="sr-only">
                  {state === "pass" ? "Done: " : state === "warn" ? "Warning: " : "Blocks publishing: "}
                </span>
                {r.label}. <span className="text-neutral-600 dark:text-neutral-400">{r.detail}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-2">
        {!ctx.legal.flagged && (
          <button type="button" className="btn-secondary" onClick={() => void legal("flagged")}>
            Needs a legal read
          </button>
        )}
        {ctx.legal.flagged && !ctx.legal.cleared && mayClearLegal && (
          <button type="button" className="btn-secondary" onClick={() => void legal("cleared")}>
            Legal read done
          </button>
        )}
        {ctx.legal.flagged && mayClearLegal && (
          <button type="button" className="btn-secondary" onClick={() => void legal("none")}>
            No legal read needed
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </section>
  );
}
