"use client";
// Building a gallery from the toolbar: pick library images one after another (each pick adds one),
// remove any, then insert them as one gallery block (issue 12, capability 6).
import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { MediaPicker } from "@/components/dashboard/media/media-picker";
import type { MediaItem } from "@/db/queries/media";
import { GALLERY_MAX, GALLERY_MIN } from "@/lib/rich-text/gallery";
import { moveAfterNode } from "./toolbar";

export function GalleryField({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [picked, setPicked] = useState<MediaItem[]>([]);
  const [picking, setPicking] = useState(true);
  const full = picked.length >= GALLERY_MAX;
  const insert = () => {
    editor
      .chain()
      .focus()
      .insertContent({ type: "gallery", attrs: { items: picked.map((m) => ({ mediaId: m.id })) } })
      .command(moveAfterNode)
      .run();
    onClose();
  };
  return (
    <section
      aria-label="New gallery"
      className="space-y-2 border border-b-0 border-neutral-300 bg-neutral-50 p-2 text-sm dark:border-neutral-700 dark:bg-neutral-900"
    >
      <p>
        Gallery: {picked.length} of {GALLERY_MIN}–{GALLERY_MAX} photos chosen.
      </p>
      {picked.length > 0 && (
        <ul aria-label="Photos in the gallery" className="flex flex-wrap gap-2">
          {picked.map((m, i) => (
            <li key={`${m.id}-${i}`} className="flex flex-col items-center gap-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- the library's own thumbnail */}
              <img src={m.thumb} alt={m.alt} width={80} height={60} className="h-15 w-20 rounded object-cover" />
              <button
                type="button"
                className="text-xs underline"
                onClick={() => setPicked(picked.filter((_, j) => j !== i))}
              >
                Remove {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" disabled={full} onClick={() => setPicking(true)}>
          Add photo…
        </button>
        <button
          type="button"
          className="rounded bg-blue-700 px-3 py-1 font-semibold text-white disabled:opacity-50"
          disabled={picked.length < GALLERY_MIN}
          onClick={insert}
        >
          Insert gallery
        </button>
        <button type="button" className="btn-secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
      <MediaPicker
        title="Add a photo to the gallery"
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(item) => {
          setPicking(false);
          setPicked((p) => (p.length >= GALLERY_MAX ? p : [...p, item]));
        }}
      />
    </section>
  );
}
