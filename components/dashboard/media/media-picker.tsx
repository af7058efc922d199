"use client";
// A dialog for choosing a library image (or uploading one) from the story editor.
import { useCallback, useEffect, useRef, useState } from "react";
import type { MediaItem } from "@/db/queries/media";
import { call } from "@/components/editor/api";
import { UploadZone } from "./upload-zone";

type Page = { items: MediaItem[]; page: number; pages: number; total: number };

export function MediaPicker({
  title,
  open,
  onClose,
  onPick,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  onPick: (item: MediaItem) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (query: string, p: number) => {
    const r = await call<Page>(`/api/media?q=${encodeURIComponent(query)}&page=${p}`, "GET");
    if (!r.ok) return setError(r.error);
    setError(null);
    setData(r);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      void load(q, page);
    } else if (!open && d.open) d.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- (re)load when opened
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-label={title}
      onClose={onClose}
      className="m-auto w-[min(56rem,95vw)] rounded-lg bg-white p-4 text-neutral-900 shadow-xl backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="mb-3 flex items-center gap-3">
        <h2 className="text-lg font-bold">{title}</h2>
        <button type="button" onClick={onClose} className="ml-auto rounded border px-2 py-1 text-sm">
          Close
        </button>
      </div>
      <UploadZone compact onUploaded={(item) => onPick(item)} />
      <form
        className="my-3 flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          void load(q, 1);
        }}
      >
        <label className="flex-1">
          <span className="sr-only">Search the library</span>
          <input
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Search captions, credits, alt text, file names"
            className="w-full rounded border border-neutral-300 bg-white p-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-950"
          />
        </label>
        <button className="rounded border px-3 text-sm font-semibold">Search</button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      {data && data.items.length === 0 && <p className="text-sm">No images match.</p>}
      <ul className="grid max-h-[50vh] grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-4">
        {data?.items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => onPick(item)}
              className="block w-full rounded border border-neutral-200 p-1 text-left text-xs hover:border-blue-600 dark:border-neutral-700"
              aria-label={`Use ${item.alt || item.fileName}`}
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
              <span className="block truncate">{item.caption || item.fileName}</span>
              {!item.alt && <span className="text-amber-800 dark:text-amber-300">No alt text</span>}
            </button>
          </li>
        ))}
      </ul>
      {data && data.pages > 1 && (
        <div className="mt-2 flex items-center gap-3 text-sm">
          <button
            type="button"
            disabled={data.page <= 1}
            onClick={() => {
              setPage(data.page - 1);
              void load(q, data.page - 1);
            }}
            className="underline disabled:opacity-40"
          >
            Previous
          </button>
          <span>
            Page {data.page} of {data.pages}
          </span>
          <button
            type="button"
            disabled={data.page >= data.pages}
            onClick={() => {
              setPage(data.page + 1);
              void load(q, data.page + 1);
            }}
            className="underline disabled:opacity-40"
          >
            Next
          </button>
        </div>
      )}
    </dialog>
  );
}
