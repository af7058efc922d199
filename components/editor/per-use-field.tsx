"use client";
// One per-use text of a library image in this story (alt text, caption or credit), as the single
// image's panel and the gallery's panel both show it: the library's value as the placeholder
// (empty means the library's), the library's length limit, and Escape back to the text.
import type { Editor } from "@tiptap/react";
import { MEDIA_TEXT_LIMITS } from "@/lib/media/text-limits";
import type { PerUseField } from "@/lib/rich-text/image";

const LABELS: Record<PerUseField, string> = { alt: "Alt text", caption: "Caption", credit: "Credit" };

export function PerUseInput({
  editor,
  field,
  value,
  library,
  onChange,
}: {
  editor: Editor;
  field: PerUseField;
  value: string;
  /** The library's value; undefined while it loads. */
  library: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <label className="block">
      <span className="font-semibold">{LABELS[field]}</span>
      <input
        value={value}
        maxLength={MEDIA_TEXT_LIMITS[field]}
        placeholder={library === undefined ? "" : library || "(none in the library)"}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Escape hands the keyboard back to the text.
          if (e.key === "Escape") {
            e.preventDefault();
            editor.commands.focus();
          }
        }}
        className="mt-1 w-full rounded border border-neutral-300 bg-white p-1.5 dark:border-neutral-700 dark:bg-neutral-950"
      />
    </label>
  );
}
