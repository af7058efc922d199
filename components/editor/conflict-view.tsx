"use client";
import type { StorySnapshot } from "@/db/schema";
import { droppedByKeepingMine } from "@/lib/stories/merge";
import { asText, CopyButton } from "./unsaved-panel";

type Props = {
  base: StorySnapshot;
  mine: StorySnapshot;
  theirs: StorySnapshot;
  savedBy: string | null;
  onKeepBoth: () => void;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
};

/**
 * Shown when a save was refused because someone saved first. Both texts stay until the person
 * chooses; "Keep both" loses nothing, and each other choice says what it would throw away.
 */
export function ConflictView({ base, mine, theirs, savedBy, onKeepBoth, onTakeTheirs, onKeepMine }: Props) {
  const who = savedBy ?? "The other editor";
  const dropsTheirs = droppedByKeepingMine(base, mine, theirs);
  const dropsMine = droppedByKeepingMine(base, theirs, mine);
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
            id="conflict-mine"
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
      {(dropsTheirs.fields.length > 0 || dropsTheirs.paragraphs.length > 0) && (
        <div className="mt-4 rounded border border-amber-600 p-2 text-sm" data-testid="conflict-drops">
          <p className="font-semibold">
            “Keep mine” would drop {who}’s changes
            {dropsTheirs.fields.length ? ` to: ${dropsTheirs.fields.join(", ")}` : ""}
            {dropsTheirs.paragraphs.length ? ", including:" : "."}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {dropsTheirs.paragraphs.map((t, i) => (
              <li key={i}>
                <del>{t}</del>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <button type="button" className="btn-primary" onClick={onKeepBoth}>
          Keep both
        </button>
        <button type="button" className="btn-secondary" onClick={onKeepMine}>
          Keep mine as a new revision
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={onTakeTheirs}
          aria-describedby={dropsMine.paragraphs.length || dropsMine.fields.length ? "conflict-drops-mine" : undefined}
        >
          Take theirs
        </button>
        <CopyButton text={asText(mine)} label="Copy mine out" target="conflict-mine" />
      </div>
      {(dropsMine.paragraphs.length > 0 || dropsMine.fields.length > 0) && (
        <p id="conflict-drops-mine" className="mt-2 text-sm">
          “Take theirs” drops your changes; they stay on this device until you choose, and in the text above.
        </p>
      )}
      <p className="mt-2 text-sm">
        “Keep both” keeps your text and adds every paragraph and field {who} changed that you did not; where you both
        rewrote a paragraph, both versions stay, one after the other, for you to tidy.
      </p>
    </section>
  );
}
