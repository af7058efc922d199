"use client";
// What a share shows, when it should differ from the page (issue 12, capability 1): a social
// headline, description and image. All optional; empty falls back to the SEO title or headline,
// the SEO description or standfirst, and the featured image or the story's generated card.
import { useState } from "react";
import type { StorySnapshot } from "@/db/schema";
import { MediaPicker } from "@/components/dashboard/media/media-picker";
import { FIELD_LIMITS } from "@/lib/stories/fields";

type Props = {
  fields: Pick<StorySnapshot, "socialHeadline" | "socialDescription" | "socialImageId">;
  errors: Record<string, string>;
  editable: boolean;
  update: (patch: Partial<StorySnapshot>) => void;
};

function Counted({
  id,
  label,
  value,
  limit,
  hint,
  error,
  editable,
  multiline,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  limit: number;
  hint: string;
  error?: string;
  editable: boolean;
  multiline?: boolean;
  onChange: (v: string) => void;
}) {
  const shared = {
    id,
    value,
    readOnly: !editable,
    className: "input mt-1",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `${id}-count${error ? ` ${id}-error` : ""}`,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} onChange={(e) => onChange(e.target.value)} />
      )}
      <p id={`${id}-count`} className={`text-xs ${value.length > limit ? "text-red-700" : "text-neutral-500"}`}>
        {value.length}/{limit} characters. {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

export function SocialFields({ fields, errors, editable, update }: Props) {
  const [picking, setPicking] = useState(false);
  const imageId = fields.socialImageId ?? null;
  return (
    <details className="rounded border border-neutral-200 p-3 dark:border-neutral-800">
      <summary className="cursor-pointer text-sm font-semibold">Social sharing (optional)</summary>
      <div className="mt-3 space-y-3">
        <Counted
          id="social-headline"
          label="Social headline"
          value={fields.socialHeadline ?? ""}
          limit={FIELD_LIMITS.socialHeadline}
          hint="Empty uses the SEO title or headline."
          error={errors.socialHeadline}
          editable={editable}
          onChange={(socialHeadline) => update({ socialHeadline })}
        />
        <Counted
          id="social-description"
          label="Social description"
          value={fields.socialDescription ?? ""}
          limit={FIELD_LIMITS.socialDescription}
          hint="Empty uses the SEO description or standfirst."
          error={errors.socialDescription}
          editable={editable}
          multiline
          onChange={(socialDescription) => update({ socialDescription })}
        />
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="font-semibold">Social image:</span>
          <span data-testid="social-image-state">{imageId ? "chosen" : "the featured image or the story's card"}</span>
          {editable && (
            <button type="button" onClick={() => setPicking(true)} className="rounded border px-2 py-1">
              {imageId ? "Change social image…" : "Choose social image…"}
            </button>
          )}
          {editable && imageId && (
            <button type="button" onClick={() => update({ socialImageId: null })} className="rounded border px-2 py-1">
              Remove social image
            </button>
          )}
        </div>
        {errors.socialImageId && <p className="text-sm text-red-700 dark:text-red-300">{errors.socialImageId}</p>}
      </div>
      <MediaPicker
        title="Choose the social image"
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(item) => {
          setPicking(false);
          update({ socialImageId: item.id });
        }}
      />
    </details>
  );
}
