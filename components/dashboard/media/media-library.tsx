"use client";
// The library grid with its details panel; uploads and edits refresh the server-rendered page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { MediaItem } from "@/db/queries/media";
import { MediaDetailsPanel } from "./media-details";
import { UploadZone } from "./upload-zone";

export function MediaLibrary({ items }: { items: MediaItem[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <UploadZone onUploaded={() => router.refresh()} />
        {items.length === 0 ? (
          <p>No images match. Upload some above, or change the filters.</p>
        ) : (
          <ul aria-label="Images" className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => setSelected(item.id)}
                  aria-pressed={selected === item.id}
                  className={`block w-full rounded border p-1 text-left text-xs ${selected === item.id ? "border-blue-600 ring-2 ring-blue-600" : "border-neutral-200 dark:border-neutral-700"}`}
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- stored variants */}
                  <img
                    src={item.thumb}
                    alt=""
                    width={item.width}
                    height={item.height}
                    loading="lazy"
                    className="aspect-[4/3] h-auto w-full object-cover"
                  />
                  <span className="mt-1 block truncate font-semibold">{item.caption || item.fileName}</span>
                  <span className="block truncate text-neutral-600 dark:text-neutral-400">
                    {item.credit || item.uploadedBy}
                  </span>
                  {!item.alt && <span className="text-amber-800 dark:text-amber-300">No alt text</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <aside>
        {selected ? (
          <MediaDetailsPanel
            key={selected}
            id={selected}
            onChanged={() => router.refresh()}
            onDeleted={() => {
              setSelected(null);
              router.refresh();
            }}
          />
        ) : (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            Select an image to edit its alt text, caption, credit and focal point, and to see where it is used.
          </p>
        )}
      </aside>
    </div>
  );
}
