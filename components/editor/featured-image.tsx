"use client";
// The story's featured image: choose from the library or upload, edit its alt text, caption
// and credit in place (they belong to the image, so the library shows the same), or remove it.
import { useState } from "react";
import { MediaDetailsPanel } from "@/components/dashboard/media/media-details";
import { MediaPicker } from "@/components/dashboard/media/media-picker";

type Props = { value: string | null; editable: boolean; error?: string; onChange: (id: string | null) => void };

export function FeaturedImageField({ value, editable, error, onChange }: Props) {
  const [picking, setPicking] = useState(false);
  return (
    <section
      aria-labelledby="featured-image-label"
      className="rounded border border-neutral-200 p-3 dark:border-neutral-800"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="featured-image-label" className="text-sm font-semibold">
          Featured image
        </h2>
        {editable && (
          <>
            <button type="button" onClick={() => setPicking(true)} className="rounded border px-2 py-1 text-sm">
              {value ? "Change image…" : "Choose image…"}
            </button>
            {value && (
              <button type="button" onClick={() => onChange(null)} className="rounded border px-2 py-1 text-sm">
                Remove
              </button>
            )}
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      {value ? (
        <div className="mt-3 max-w-md">
          <MediaDetailsPanel key={value} id={value} showUsage={false} />
        </div>
      ) : (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          None yet. Every story page looks better with a photo.
        </p>
      )}
      <MediaPicker
        title="Choose the featured image"
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(item) => {
          setPicking(false);
          onChange(item.id);
        }}
      />
    </section>
  );
}
