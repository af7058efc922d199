import type { ActionResult } from "@/lib/actions/action";

/** The outcome of a form's server action, announced to screen readers. */
export function ActionMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  const text = state.ok ? state.message : state.error;
  if (!text) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`mt-2 text-sm ${state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}`}
    >
      {text}
    </p>
  );
}
