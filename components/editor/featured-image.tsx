"use client";
// The story's featured image: choose from the library or upload, edit its alt text, caption
// and credit in place (they belong to the image, so the library shows the same), or remove it.
// Below them, the three crops the site cuts from it, so a bad focal point shows before publishing.
import { useEffect, useState } from "react";
import type { MediaDetails, MediaItem } from "@/db/queries/media";
import type { CropRatio } from "@/db/schema";
import { call } from "./api";
import { MediaDetailsPanel } from "@/components/dashboard/media/media-details";
import { MediaPicker } from "@/components/dashboard/media/media-picker";

type Props = { value: string | null; editable: boolean; error?: string; onChange: (id: string | null) => void };

export function FeaturedImageField({ value, editable, error, onChange }: Props) {
  const [picking, setPicking] = useState(false);
  // The crops as of the last details save: moving the focal point remakes them.
  const [saved, setSaved] = useState<{ id: string; crops: MediaItem["crops"] } | null>(null);
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
          <MediaDetailsPanel
            key={value}
            id={value}
            showUsage={false}
            onChanged={(item) => setSaved({ id: item.id, crops: item.crops })}
          />
          <CropPreviews key={`crops-${value}`} id={value} saved={saved?.id === value ? saved.crops : null} />
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

// Where the site shows each crop (components/site/story-card.tsx, lib/seo/share.ts).
const CROP_USES: Record<CropRatio, string> = {
  "16x9": "16:9 · article page and cards",
  "4x3": "4:3 · story lists",
  "1x1": "1:1 · square (social and search)",
};

function CropPreviews({ id, saved }: { id: string; saved: MediaItem["crops"] | null }) {
  const [loaded, setLoaded] = useState<MediaItem["crops"] | null>(null);
  useEffect(() => {
    let live = true;
    void call<MediaDetails>(`/api/media/${id}`, "GET").then((r) => {
      if (live && r.ok) setLoaded(r.crops);
    });
    return () => {
      live = false;
    };
  }, [id]);
  const crops = saved ?? loaded;
  if (!crops) return null;
  return (
    <figure className="mt-3">
      <figcaption className="text-sm font-semibold">How the site crops it</figcaption>
      <ul className="mt-1 grid grid-cols-3 items-end gap-2">
        {crops.map((c) => (
          <li key={c.ratio}>
            {/* eslint-disable-next-line @next/next/no-img-element -- the stored crop itself, already sized */}
            <img
              src={c.src}
              width={c.width}
              height={c.height}
              alt={`${CROP_USES[c.ratio]} crop`}
              className="h-auto w-full rounded border border-neutral-200 dark:border-neutral-800"
            />
            <span className="mt-0.5 block text-xs text-neutral-700 dark:text-neutral-300">{CROP_USES[c.ratio]}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
