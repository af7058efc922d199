"use client";
// The "/" menu: typed at the start of an empty line, it offers the blocks a story can hold
// (issue 12, capability 7). Typing filters, arrows move, Enter inserts; Escape gives the line back
// the "/" and whatever was typed after it, so no keystroke is lost.
import type { Editor } from "@tiptap/react";
import { useId, useMemo, useRef, useState } from "react";
import { filterBlocks, type BlockChoice, type BlockRequest } from "./blocks";

type Props = { editor: Editor; onClose: () => void; request: (what: BlockRequest) => void };

export function BlockMenu({ editor, onClose, request }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const items = filterBlocks(query);
  // Where the cursor is when the menu opens; the menu does not follow scrolling (it closes on blur).
  const at = useMemo(() => editor.view.coordsAtPos(editor.state.selection.from), [editor]);
  const current = items[Math.min(active, items.length - 1)];
  // Closing moves focus to the text, which blurs the filter, which would close it again.
  const closed = useRef(false);
  const close = () => {
    if (closed.current) return false;
    closed.current = true;
    onClose();
    return true;
  };
  const choose = (b: BlockChoice) => {
    if (close()) b.run(editor, request);
  };
  const giveBack = () => {
    if (close()) editor.chain().focus().insertContent(`/${query}`).run();
  };
  return (
    <div
      role="dialog"
      aria-label="Insert a block"
      style={{ position: "fixed", top: Math.round(at.bottom + 4), left: Math.round(at.left) }}
      className="z-50 w-72 rounded border border-neutral-300 bg-white p-1 shadow-lg dark:border-neutral-700 dark:bg-neutral-900"
    >
      <input
        role="combobox"
        aria-label="Block type"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={current ? `${id}-${current.id}` : undefined}
        aria-autocomplete="list"
        autoFocus
        value={query}
        placeholder="Type to filter…"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onBlur={giveBack}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive((a) => (items.length ? (a + step + items.length) % items.length : 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            if (current) choose(current);
          } else if (e.key === "Escape") {
            e.preventDefault();
            giveBack();
          } else if (e.key === "Backspace" && query === "") {
            e.preventDefault();
            if (close()) editor.commands.focus();
          }
        }}
        className="input w-full py-1 text-sm"
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Blocks" className="mt-1 max-h-72 overflow-y-auto">
        {items.map((b) => (
          <li
            key={b.id}
            id={`${id}-${b.id}`}
            role="option"
            aria-selected={b === current}
            // Keep focus in the filter, so its blur does not close the menu first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(b)}
            className={`cursor-pointer rounded px-2 py-1 text-sm ${b === current ? "bg-blue-100 dark:bg-blue-900" : ""}`}
          >
            {b.label}
          </li>
        ))}
        {items.length === 0 && (
          <li className="px-2 py-1 text-sm text-neutral-600 dark:text-neutral-400">No block matches.</li>
        )}
      </ul>
    </div>
  );
}
