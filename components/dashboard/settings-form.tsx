"use client";
import { updateSettingsAction } from "@/lib/actions/update-settings";
import { EDITIONS } from "@/lib/editions";
import { EDITION_NAME_FIELDS, editionFieldName, NAMED_EDITIONS, type EditionNameField } from "@/lib/edition-names";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

type Values = Record<string, string | undefined | object>;

const FIELDS: [name: string, label: string, hint?: string][] = [
  ["siteName", "Site name"],
  ["tagline", "Tagline"],
  ["timeZone", "Time zone", "An IANA name, e.g. Asia/Dhaka. Every timestamp readers see uses it."],
  ["cityLabel", "City label", "Shown beside the masthead clock."],
  [
    "locale",
    "Locale",
    "e.g. en-GB. bn-BD puts the reader pages in Bangla with Bengali digits; bn-BD-u-nu-latn keeps Latin digits.",
  ],
  ["facebook", "Facebook page"],
  ["x", "X profile"],
  ["instagram", "Instagram"],
  ["youtube", "YouTube"],
  ["linkedin", "LinkedIn"],
  ["whatsapp", "WhatsApp channel"],
  ["newsletter", "Newsletter sign-up page"],
];

const EDITION_LABELS: Record<EditionNameField, [label: string, hint: string]> = {
  siteName: ["Site name", "The masthead's name on this edition's pages."],
  tagline: ["Tagline", ""],
  cityLabel: ["City label", "Beside this edition's masthead clock, in its language."],
};

export function SettingsForm({ initial }: { initial: Values }) {
  const { state, onSubmit, pending } = useFormAction(updateSettingsAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = ([name, label, hint]: [string, string, string?], lang?: string) => (
    <div key={name}>
      <label htmlFor={`setting-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={`setting-${name}`}
        name={name}
        lang={lang}
        defaultValue={typeof initial[name] === "string" ? (initial[name] as string) : ""}
        className="input mt-1"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={
          [hint ? `setting-${name}-hint` : "", errors[name] ? `setting-${name}-error` : ""].filter(Boolean).join(" ") ||
          undefined
        }
      />
      {hint && (
        <p id={`setting-${name}-hint`} className="text-xs text-neutral-500">
          {hint}
        </p>
      )}
      {errors[name] && (
        <p id={`setting-${name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {FIELDS.map((f) => field(f))}
      {/* Each other edition's masthead in its own language; blank keeps the default's words. */}
      {NAMED_EDITIONS.map((edition) => (
        <fieldset key={edition} className="space-y-4 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <legend className="text-sm font-bold">
            {EDITIONS[edition].name} edition <span className="font-normal">(blank: the same as above)</span>
          </legend>
          {EDITION_NAME_FIELDS.map((name) =>
            field(
              [
                editionFieldName(name, edition),
                `${EDITION_LABELS[name][0]} (${EDITIONS[edition].name})`,
                EDITION_LABELS[name][1] || undefined,
              ],
              EDITIONS[edition].language,
            ),
          )}
        </fieldset>
      ))}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
