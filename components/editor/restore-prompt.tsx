"use client";
import type { StorySnapshot } from "@/db/schema";
import { formatTimestamp } from "@/lib/time";
import { ChangesSummary } from "./changes-summary";

type Props = {
  server: StorySnapshot;
  local: StorySnapshot;
  at: number;
  timeZone: string;
  locale: string;
  onRestore: () => void;
  onDiscard: () => void;
};

/** Work this device kept that the server never got (a closed tab, a crash, a lost session): offered back. */
export function RestorePrompt({ server, local, at, timeZone, locale, onRestore, onDiscard }: Props) {
  return (
    <section
      role="alertdialog"
      aria-labelledby="restore-title"
      aria-describedby="restore-desc"
      className="rounded border-2 border-blue-600 bg-blue-50 p-4 dark:bg-blue-950"
    >
      <h2 id="restore-title" className="text-lg font-bold">
        Unsaved changes on this device
      </h2>
      <p id="restore-desc" className="mt-1 text-sm">
        This device kept changes from {formatTimestamp(new Date(at), timeZone, locale)} that were never saved. Restore
        them to keep working on them, or discard them to keep the saved story. The editor waits until you choose.
      </p>
      <div className="mt-3">
        <ChangesSummary from={server} to={local} />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="btn-primary" onClick={onRestore}>
          Restore my changes
        </button>
        <button type="button" className="btn-secondary" onClick={onDiscard}>
          Discard them
        </button>
      </div>
    </section>
  );
}
