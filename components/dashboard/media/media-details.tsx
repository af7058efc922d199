"use client";
// One image's details: alt text, caption and credit, the focal point (click the photo), where
// it is used, and delete. The server decides who may change or delete; this shows its answer.
import { DeskLink } from "@/components/dashboard/desk-link";
import { useEffect, useState } from "react";
import type { MediaDetails, MediaItem } from "@/db/queries/media";
import { call } from "@/components/editor/api";

type Props = {
  id: string;
  onChanged?: (item: MediaItem) => void;
  onDeleted?: (id: string) => void;
  showUsage?: boolean;
};

const STATUS: Record<string, string> = {
  draft: "draft",
  in_review: "in review",
  scheduled: "scheduled",
  published: "live",
  unpublished: "unpublished",
};

function detailsOf(r: MediaDetails & { ok: true }): MediaDetails {
  const d: Partial<typeof r> = { ...r };
  delete d.ok;
  return d as MediaDetails;
}

export function MediaDetailsPanel({ id, onChanged, onDeleted, showUsage = true }: Props) {
  const [details, setDetails] = useState<MediaDetails | null>(null);
  const [form, setForm] = useState({ alt: "", caption: "", credit: "" });
  const [focal, setFocal] = useState({ x: 0.5, y: 0.5 });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call<MediaDetails>(`/api/media/${id}`, "GET").then((r) => {
      if (!live) return;
      if (!r.ok) return setMessage({ text: r.error, error: true });
      const d = detailsOf(r);
      setDetails(d);
      setForm({ alt: d.alt, caption: d.caption, credit: d.credit });
      setFocal({ x: d.focalX, y: d.focalY });
      setMessage(null);
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (!details)
    return (
      <p role={message ? "alert" : "status"} className="text-sm">
        {message?.text ?? "Loading…"}
      </p>
    );

  const save = async () => {
    setBusy(true);
    const r = await call<MediaDetails>(`/api/media/${id}`, "PATCH", { ...form, focal });
    setBusy(false);
    if (!r.ok) {
      setErrors(r.fieldErrors ?? {});
      return setMessage({ text: r.error, error: true });
    }
    const d = detailsOf(r);
    setDetails(d);
    setErrors({});
    setMessage({ text: "Saved.", error: false });
    onChanged?.(d);
  };

  const remove = async () => {
    if (!window.confirm(`Delete “${details.fileName}” from the library? This cannot be undone.`)) return;
    setBusy(true);
    const r = await call(`/api/media/${id}`, "DELETE");
    setBusy(false);
    if (!r.ok) return setMessage({ text: r.error, error: true });
    onDeleted?.(id);
  };

  const field = (name: "alt" | "caption" | "credit", label: string, hint: string, multiline = false) => (
    <label className="block text-sm">
      <span className="font-semibold">{label}</span>
      <span className="block text-xs text-neutral-600 dark:text-neutral-400">{hint}</span>
      {multiline ? (
        <textarea
          value={form[name]}
          rows={2}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
          aria-invalid={errors[name] ? true : undefined}
          className="mt-1 w-full rounded border border-neutral-300 bg-white p-1.5 dark:border-neutral-700 dark:bg-neutral-900"
        />
      ) : (
        <input
          value={form[name]}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
          aria-invalid={errors[name] ? true : undefined}
          className="mt-1 w-full rounded border border-neutral-300 bg-white p-1.5 dark:border-neutral-700 dark:bg-neutral-900"
        />
      )}
      {errors[name] && <span className="text-xs text-red-700 dark:text-red-300">{errors[name]}</span>}
    </label>
  );

  return (
    <section aria-label="Image details" className="space-y-3">
      <div className="relative">
        {/* Clicking the photo sets the focal point the 16:9, 4:3 and square crops keep in frame. */}
        <button
          type="button"
          aria-label="Set the focal point: click the subject of the photo"
          className="block w-full cursor-crosshair"
          onClick={(e) => {
            const box = e.currentTarget.getBoundingClientRect();
            const round = (v: number) => Math.round(Math.min(Math.max(v, 0), 1) * 100) / 100;
            setFocal({ x: round((e.clientX - box.left) / box.width), y: round((e.clientY - box.top) / box.height) });
          }}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- stored variants, already sized */}
          <img
            src={details.preview.src}
            srcSet={details.preview.srcSet}
            sizes="20rem"
            width={details.width}
            height={details.height}
            alt={details.alt}
            className="h-auto w-full rounded"
          />
          <span
            aria-hidden
            className="absolute h-4 w-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-blue-600/70 shadow"
            style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }}
          />
        </button>
        <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
          Focal point {Math.round(focal.x * 100)}% across, {Math.round(focal.y * 100)}% down · {details.width} ×{" "}
          {details.height} {details.type.toUpperCase()}
          {details.animated ? " (animated)" : ""} · {(details.bytes / 1024 / 1024).toFixed(1)} MB · {details.fileName} ·
          uploaded by {details.uploadedBy}
        </p>
      </div>
      {field("alt", "Alt text", "What the photo shows, for readers who cannot see it. Required before publishing.")}
      {field("caption", "Caption", "Shown under the photo.", true)}
      {field("credit", "Credit", "Photographer / agency, e.g. “Photo: Nusrat Jahan / Dateline”.")}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => void save()}
          className="rounded bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
        >
          Save details
        </button>
        {onDeleted && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void remove()}
            className="rounded border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 disabled:opacity-50 dark:text-red-300"
          >
            Delete image
          </button>
        )}
      </div>
      {message && (
        <p
          role={message.error ? "alert" : "status"}
          className={`text-sm ${message.error ? "text-red-800 dark:text-red-300" : "text-green-800 dark:text-green-300"}`}
        >
          {message.text}
        </p>
      )}
      {showUsage && (
        <div>
          <h3 className="text-sm font-semibold">Used in</h3>
          {details.usage.length === 0 && details.hiddenUsage === 0 ? (
            <p className="text-sm text-neutral-600 dark:text-neutral-400">No story uses this image.</p>
          ) : (
            <ul className="text-sm">
              {details.usage.map((s) => (
                <li key={s.id}>
                  <DeskLink className="underline" href={`/dashboard/stories/${s.id}`}>
                    {s.headline || "Untitled"}
                  </DeskLink>{" "}
                  ({STATUS[s.status] ?? s.status})
                </li>
              ))}
              {details.hiddenUsage > 0 && (
                <li>
                  {details.usage.length > 0 ? "and " : ""}
                  {details.hiddenUsage === 1 ? "1 story" : `${details.hiddenUsage} stories`} you cannot open
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
