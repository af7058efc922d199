"use client";
// Shown while the cursor is in a table: rows, columns, the heading row, the caption readers and
// screen readers get, and removing the table. Keyed by the table's position, so moving to another
// table shows that table's caption.
import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { MAX_CAPTION } from "@/lib/rich-text/table";

export function TableBar({ editor }: { editor: Editor }) {
  const attrs = editor.getAttributes("table") as { caption?: string | null };
  const [caption, setCaption] = useState(attrs.caption ?? "");
  const run = (f: (c: ReturnType<Editor["chain"]>) => ReturnType<Editor["chain"]>) => f(editor.chain().focus()).run();
  const actions: [string, () => void][] = [
    ["Add row below", () => run((c) => c.addRowAfter())],
    ["Add column right", () => run((c) => c.addColumnAfter())],
    ["Delete row", () => run((c) => c.deleteRow())],
    ["Delete column", () => run((c) => c.deleteColumn())],
    ["Heading row on/off", () => run((c) => c.toggleHeaderRow())],
    ["Delete table", () => run((c) => c.deleteTable())],
  ];
  return (
    <div
      role="group"
      aria-label="Table"
      className="flex flex-wrap items-center gap-1 border border-b-0 border-neutral-300 bg-neutral-50 p-1 text-sm dark:border-neutral-700 dark:bg-neutral-900"
    >
      {actions.map(([label, act]) => (
        <button
          key={label}
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={act}
          className="btn-secondary"
        >
          {label}
        </button>
      ))}
      <label className="ml-2 flex items-center gap-1">
        Caption
        <input
          aria-label="Caption"
          value={caption}
          maxLength={MAX_CAPTION}
          onChange={(e) => setCaption(e.target.value)}
          onBlur={() =>
            editor
              .chain()
              .updateAttributes("table", { caption: caption.trim() || null })
              .run()
          }
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              editor
                .chain()
                .focus()
                .updateAttributes("table", { caption: caption.trim() || null })
                .run();
            }
          }}
          placeholder="What the table shows"
          className="input w-64 py-1 text-sm"
        />
      </label>
    </div>
  );
}
