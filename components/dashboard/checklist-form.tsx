"use client";
import { updateChecklistAction } from "@/lib/actions/planning";
import type { ChecklistConfig, CheckId } from "@/lib/stories/checklist";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

const MODE_LABELS = { off: "Off", warn: "Warn", block: "Block publishing" } as const;

export function ChecklistForm({ config, labels }: { config: ChecklistConfig; labels: Record<CheckId, string> }) {
  const { state, onSubmit, pending } = useFormAction(updateChecklistAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} className="mt-4 max-w-2xl space-y-4" noValidate>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              Check
            </th>
            <th scope="col" className="py-2">
              When it fails
            </th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(labels) as CheckId[]).map((id) => (
            <tr key={id} className="border-b border-neutral-200 dark:border-neutral-800">
              <td className="py-2 pr-4">
                <label htmlFor={`check-${id}`}>{labels[id]}</label>
              </td>
              <td className="py-2">
                <select id={`check-${id}`} name={id} defaultValue={config.modes[id]} className="input">
                  {(["off", "warn", "block"] as const).map((m) => (
                    <option key={m} value={m}>
                      {MODE_LABELS[m]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-6">
        <div>
          <label htmlFor="headlineMax" className="block text-sm font-semibold">
            Longest headline (characters)
          </label>
          <input
            id="headlineMax"
            name="headlineMax"
            inputMode="numeric"
            defaultValue={config.headlineMax}
            className="input mt-1 w-28"
          />
          {errors.headlineMax && <p className="mt-1 text-sm text-red-700 dark:text-red-300">{errors.headlineMax}</p>}
        </div>
        <div>
          <label htmlFor="wordTolerancePct" className="block text-sm font-semibold">
            Length may differ from the target by (%)
          </label>
          <input
            id="wordTolerancePct"
            name="wordTolerancePct"
            inputMode="numeric"
            defaultValue={config.wordTolerancePct}
            className="input mt-1 w-28"
          />
          {errors.wordTolerancePct && (
            <p className="mt-1 text-sm text-red-700 dark:text-red-300">{errors.wordTolerancePct}</p>
          )}
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        Save the checklist
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
