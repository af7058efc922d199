"use client";
import { useRouter } from "next/navigation";
import { useTransition, useState } from "react";
import { startDraftAction } from "@/lib/actions/planning";

/** Creates the draft from a budget line and opens it in the editor. */
export function StartDraftButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="btn-secondary"
        disabled={pending}
        aria-label={`Start the draft of ${title}`}
        onClick={() =>
          start(async () => {
            const result = await startDraftAction(null, { id });
            if (result.ok) router.push(`/dashboard/stories/${result.data.storyId}`);
            else setError(result.error);
          })
        }
      >
        Start the draft
      </button>
      {error && (
        <span role="alert" className="ml-2 text-sm text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
