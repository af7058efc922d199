"use client";
import { useState } from "react";
import type { StorySnapshot } from "@/db/schema";
import { plainText } from "@/lib/rich-text/words";

type Props = {
  mine: StorySnapshot;
  theirs: StorySnapshot;
  savedBy: string | null;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
};

const asText = (s: StorySnapshot) => [s.headline, s.standfirst, plainText(s.body)].filter(Boolean).join("\n\n");

/** Shown when a save was refused because someone saved first. Both texts stay until the person chooses. */
export function ConflictView({ mine, theirs, savedBy, onTakeTheirs, onKeepMine }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const copyMine = async () => {
    try {
      await navigator.clipboard.writeText(asText(mine));
      setCopied("Your text is on the clipboard.");
    } catch {
      setCopied("Select your text below and copy it.");
    }
  };
  return (
    <section
      role="alertdialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-desc"
      className="rounded border-2 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950"
    >
      <h2 id="conflict-title" className="text-lg font-bold">
        Someone else saved this story
      </h2>
      <p id="conflict-desc" className="mt-1 text-sm">
        {savedBy ? `${savedBy} saved` : "A newer version was saved"} while you were editing. Your changes were not saved
        over theirs. Choose what to keep — nothing is thrown away until you do.
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">Your version</h3>
          <textarea
            readOnly
            aria-label="Your version"
            value={asText(mine)}
            className="input mt-1 h-64 font-serif text-sm"
          />
        </div>
        <div>
          <h3 className="font-semibold">Their version</h3>
          <textarea
            readOnly
            aria-label="Their version"
            value={asText(theirs)}
            className="input mt-1 h-64 font-serif text-sm"
          />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="btn-primary" onClick={onKeepMine}>
          Keep mine as a new revision
        </button>
        <button type="button" className="btn-secondary" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" className="btn-secondary" onClick={copyMine}>
          Copy mine out
        </button>
      </div>
      {copied && (
        <p role="status" className="mt-2 text-sm">
          {copied}
        </p>
      )}
    </section>
  );
}
