"use client";
// Preview (issue 12, capability 1): saves what is typed first (on a live story a save is only
// pending changes, never the public page), then opens the preview page in its own window, one
// per story, so the editor stays where it is and Publish or Update is one switch away.
import { useRouter } from "next/navigation";
import { useState } from "react";

type Props = {
  storyId: string;
  /** Saves unsent edits; false when the save did not go through. */
  save: () => Promise<boolean>;
  version: () => number;
};

export function PreviewButton({ storyId, save, version }: Props) {
  const router = useRouter();
  const [note, setNote] = useState<string | null>(null);
  const open = async () => {
    setNote(null);
    // Opened now, inside the click, or the browser's popup blocker refuses it after the await.
    const win = window.open("", `dateline-preview-${storyId}`);
    const saved = await save();
    if (!saved) {
      win?.close();
      setNote("Not saved yet, so the preview would be out of date. Try again once it says Saved.");
      return;
    }
    const url = `/dashboard/stories/${storyId}/preview?v=${version()}`;
    if (win) win.location.href = url;
    else router.push(url); // no window (a popup blocker): this tab, everything saved
  };
  return (
    <span>
      <button type="button" onClick={() => void open()} className="text-sm underline">
        Preview
      </button>
      {note && (
        <span role="alert" className="ml-2 text-sm text-red-700 dark:text-red-300">
          {note}
        </span>
      )}
    </span>
  );
}
