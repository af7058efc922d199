"use client";
// Drag-and-drop or pick several images; each is sent on its own request (two at a time) so
// each shows its own progress and its own result, whatever happens to the others.
import { useRef, useState } from "react";
import type { MediaItem } from "@/db/queries/media";

type Upload = {
  id: number;
  name: string;
  progress: number;
  state: "waiting" | "uploading" | "done" | "failed";
  message?: string;
};

const PARALLEL = 2;

function send(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ ok: true; item: MediaItem } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.open("POST", "/api/media");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => resolve({ ok: false, error: "The connection failed; nothing was stored. Try again." });
    xhr.onload = () => {
      let body: { error?: string; results?: { ok: boolean; item?: MediaItem; error?: string }[] } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: a proxy or the server failed; reported below */
      }
      const result = body.results?.[0];
      if (result?.ok && result.item) resolve({ ok: true, item: result.item });
      else resolve({ ok: false, error: result?.error ?? body.error ?? `The server answered ${xhr.status}.` });
    };
    xhr.send(form);
  });
}

export function UploadZone({
  onUploaded,
  compact = false,
}: {
  onUploaded: (item: MediaItem) => void;
  compact?: boolean;
}) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nextId = useRef(0);

  const patch = (id: number, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.id === id ? { ...u, ...change } : u)));

  const start = async (files: File[]) => {
    const queue = files.map((file) => ({ file, id: nextId.current++ }));
    setUploads((list) =>
      [
        ...queue.map(({ file, id }) => ({ id, name: file.name, progress: 0, state: "waiting" as const })),
        ...list,
      ].slice(0, 60),
    );
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { file, id } = job;
        patch(id, { state: "uploading" });
        const r = await send(file, (fraction) => patch(id, { progress: fraction }));
        if (r.ok) {
          patch(id, { state: "done", progress: 1, message: "Uploaded" });
          onUploaded(r.item);
        } else patch(id, { state: "failed", message: r.error });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  };

  return (
    <div>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void start([...e.dataTransfer.files]);
        }}
        className={`rounded border-2 border-dashed p-4 text-center text-sm ${over ? "border-blue-600 bg-blue-50 dark:bg-blue-950" : "border-neutral-300 dark:border-neutral-700"} ${compact ? "" : "py-8"}`}
      >
        <p>Drop photos here, or</p>
        <label className="mt-2 inline-block cursor-pointer rounded bg-blue-700 px-3 py-1.5 font-semibold text-white focus-within:outline-2 focus-within:outline-blue-400">
          Choose files
          <input
            ref={input}
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
            className="sr-only"
            onChange={(e) => {
              void start([...(e.target.files ?? [])]);
              e.target.value = "";
            }}
          />
        </label>
        <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">
          JPEG, PNG, WebP, AVIF or GIF (animated GIFs stay animated). SVG and other files are refused.
        </p>
      </div>
      {uploads.length > 0 && (
        <ul aria-label="Uploads" className="mt-2 space-y-1 text-sm">
          {uploads.map((u) => (
            <li key={u.id} data-testid="upload-result" className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate">{u.name}</span>
              {u.state === "uploading" && u.progress >= 1 ? (
                <span role="status">Processing…</span>
              ) : u.state === "uploading" || u.state === "waiting" ? (
                <progress max={1} value={u.progress} aria-label={`Uploading ${u.name}`} className="w-24" />
              ) : (
                <span
                  role={u.state === "failed" ? "alert" : "status"}
                  className={
                    u.state === "failed" ? "text-red-700 dark:text-red-300" : "text-green-800 dark:text-green-300"
                  }
                >
                  {u.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
