"use client";
// Someone saved over the story while this tab showed "Saved" (their "Keep mine" in a conflict,
// an Update, a transition): told at the next heartbeat rather than at the next keystroke, with
// where this tab's last saved words are (History) and a way to the latest text (issue 19, item 19).
import { DeskLink } from "@/components/dashboard/desk-link";

export function OvertakenNotice({ storyId, unsaved }: { storyId: string; unsaved: boolean }) {
  return (
    <section
      role="alert"
      aria-labelledby="overtaken-title"
      className="rounded border-2 border-amber-500 bg-amber-50 p-3 text-sm dark:bg-amber-950"
    >
      <h2 id="overtaken-title" className="font-bold">
        Someone else saved a newer version of this story
      </h2>
      <p className="mt-1">
        What this tab shows is no longer the latest text, and your words may have been replaced.{" "}
        {unsaved
          ? "Your unsaved changes stay here and on this device; your next save shows both versions to choose from."
          : "Everything you saved is kept in History."}
      </p>
      <p className="mt-2 flex flex-wrap gap-3">
        <DeskLink href={`/dashboard/stories/${storyId}/history`} className="underline">
          Open History
        </DeskLink>
        {!unsaved && (
          <button type="button" className="underline" onClick={() => window.location.reload()}>
            Load the latest version
          </button>
        )}
      </p>
    </section>
  );
}
