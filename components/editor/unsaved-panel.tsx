"use client";
import { useState } from "react";
import type { StorySnapshot } from "@/db/schema";
import { plainText } from "@/lib/rich-text/words";
import { ChangesSummary } from "./changes-summary";

export const asText = (s: StorySnapshot) => [s.headline, s.standfirst, plainText(s.body)].filter(Boolean).join("\n\n");

/** One click puts a text on the clipboard; without clipboard access, the text is selected for copying. */
export function CopyButton({ text, label, target }: { text: string; label: string; target?: string }) {
  const [said, setSaid] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid("Copied to the clipboard.");
    } catch {
      const area = target ? (document.getElementById(target) as HTMLTextAreaElement | null) : null;
      area?.select();
      setSaid("Press Ctrl+C (⌘C) to copy the selected text.");
    }
  };
  return (
    <>
      <button type="button" className="btn-secondary" onClick={copy}>
        {label}
      </button>
      {said && (
        <span role="status" className="text-sm">
          {said}
        </span>
      )}
    </>
  );
}

type Props = {
  saved: StorySnapshot;
  mine: StorySnapshot;
  reason: string;
  /** When the words were typed, for a copy offered back after a reload. */
  at?: number;
  onDiscard?: () => void;
};

/**
 * Shown when this tab can no longer save (taken over, published or sent back by someone else)
 * while it holds words the server refused, and again on reopening the story.
 */
export function UnsavedPanel({ saved, mine, reason, at, onDiscard }: Props) {
  return (
    <section
      aria-labelledby="unsaved-title"
      className="rounded border-2 border-red-600 bg-red-50 p-4 text-red-950 dark:bg-red-950 dark:text-red-50"
    >
      <h2 id="unsaved-title" className="text-lg font-bold">
        Your last changes were not saved
      </h2>
      <p className="mt-1 text-sm">
        {reason} They are kept on this device{at ? ` (typed ${new Date(at).toLocaleString()})` : ""} and shown here
        against the text they were based on; copy them out and send them to whoever has the story.
      </p>
      <div className="mt-3">
        <ChangesSummary from={saved} to={mine} />
      </div>
      <textarea
        id="unsaved-text"
        readOnly
        aria-label="Your unsaved text"
        value={asText(mine)}
        className="input mt-3 h-32 text-sm"
      />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CopyButton text={asText(mine)} label="Copy my text" target="unsaved-text" />
        {onDiscard && (
          <button type="button" className="btn-secondary" onClick={onDiscard}>
            Discard them
          </button>
        )}
      </div>
    </section>
  );
}
