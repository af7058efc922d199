"use client";
import { updateSitePageAction } from "@/lib/actions/update-site-page";
import { SITE_PAGE_LIMITS } from "@/lib/site-pages";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

/** One footer page's title and text; saving expires its public page. */
export function SitePageForm({ slug, title, body }: { slug: string; title: string; body: string }) {
  const { state, onSubmit, pending } = useFormAction(updateSitePageAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const id = (f: string) => `page-${slug}-${f}`;
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate aria-labelledby={`page-${slug}-heading`}>
      <input type="hidden" name="slug" value={slug} />
      <div>
        <label htmlFor={id("title")} className="block text-sm font-semibold">
          Title
        </label>
        <input
          id={id("title")}
          name="title"
          defaultValue={title}
          maxLength={SITE_PAGE_LIMITS.title}
          className="input mt-1"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? id("title-error") : undefined}
        />
        {errors.title && (
          <p id={id("title-error")} className="mt-1 text-sm text-red-700 dark:text-red-300">
            {errors.title}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={id("body")} className="block text-sm font-semibold">
          Text
        </label>
        <textarea
          id={id("body")}
          name="body"
          defaultValue={body}
          rows={10}
          className="input mt-1 font-serif"
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? id("body-error") : undefined}
        />
        {errors.body && (
          <p id={id("body-error")} className="mt-1 text-sm text-red-700 dark:text-red-300">
            {errors.body}
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save page"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
