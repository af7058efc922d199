"use client";
import { updateSettingsAction } from "@/lib/actions/update-settings";
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

export function SettingsForm({ initial }: { initial: Values }) {
  const { state, onSubmit, pending } = useFormAction(updateSettingsAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {FIELDS.map(([name, label, hint]) => (
        <div key={name}>
          <label htmlFor={`setting-${name}`} className="block text-sm font-semibold">
            {label}
          </label>
          <input
            id={`setting-${name}`}
            name={name}
            defaultValue={typeof initial[name] === "string" ? (initial[name] as string) : ""}
            className="input mt-1"
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={
              [hint ? `setting-${name}-hint` : "", errors[name] ? `setting-${name}-error` : ""]
                .filter(Boolean)
                .join(" ") || undefined
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
      ))}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
