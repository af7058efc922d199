"use client";
import type { TranslationOptions } from "@/db/queries/editor";
import { linkTranslationAction } from "@/lib/actions/link-translation";
import { EDITIONS } from "@/lib/editions";
import { ActionMessage } from "@/components/dashboard/action-message";
import { useFormAction } from "@/components/dashboard/use-form-action";

/**
 * "Translation of": links this story to its counterpart in the other edition. One link serves
 * both stories; their pages then point readers to each other (hreflang, the "read in" switch).
 */
export function TranslationPanel({ storyId, options }: { storyId: string; options: TranslationOptions }) {
  const { state, onSubmit, pending } = useFormAction(linkTranslationAction);
  const error = state && !state.ok ? state.fieldErrors?.originalId : undefined;
  const { edition, current, candidates } = options;
  return (
    <section aria-labelledby="translation-heading" className="mt-8 max-w-3xl rounded border border-rule p-4">
      <h2 id="translation-heading" className="font-semibold">
        Translation
      </h2>
      {!edition ? (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          Choose a section and save: the section decides the story&apos;s edition, and a translation is in the other
          one.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
            This story is in the {EDITIONS[edition].name} edition.{" "}
            {current
              ? current.role === "original"
                ? `It is the translation of “${current.headline}”.`
                : `“${current.headline}” is its translation.`
              : "It is not linked to a story in the other edition."}
          </p>
          {current?.role === "translation" ? (
            // This story is the original: the link is chosen on the translation; here it can only go.
            <form onSubmit={onSubmit} className="mt-3">
              <input type="hidden" name="storyId" value={storyId} />
              <input type="hidden" name="originalId" value="" />
              <button type="submit" className="btn-secondary" disabled={pending}>
                Unlink the translation
              </button>
            </form>
          ) : (
            <form onSubmit={onSubmit} className="mt-3 flex flex-wrap items-end gap-2" noValidate>
              <input type="hidden" name="storyId" value={storyId} />
              <div className="min-w-0 flex-1">
                <label htmlFor="translation-of" className="block text-sm font-semibold">
                  Translation of
                </label>
                <select
                  id="translation-of"
                  name="originalId"
                  defaultValue={current?.role === "original" ? current.id : ""}
                  className="input mt-1 w-full"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? "translation-of-error" : undefined}
                >
                  <option value="">Not a translation</option>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.headline} ({c.status})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="btn-primary" disabled={pending}>
                Save link
              </button>
            </form>
          )}
          {error && (
            <p id="translation-of-error" className="mt-1 text-sm text-red-700 dark:text-red-300">
              {error}
            </p>
          )}
          <ActionMessage state={state} />
        </>
      )}
    </section>
  );
}
