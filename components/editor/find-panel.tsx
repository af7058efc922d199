"use client";
// The find-and-replace bar above the body (Ctrl/Cmd+F in the body, or the toolbar's Find button).
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { getFindState } from "./extensions/find-replace";
import { DESK_KEYS, matchesKey } from "./shortcut-help";

type Props = {
  editor: Editor;
  onClose: () => void;
  /** Bumped by Ctrl/Cmd+F while the bar is open: the find field takes the focus again (issue 19). */
  focusRequest: number;
};

export function FindPanel({ editor, onClose, focusRequest }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(() => {
    const { from, to } = editor.state.selection;
    // A selected word is what the writer wants to find.
    return to > from && to - from < 100 ? editor.state.doc.textBetween(from, to, " ") : "";
  });
  const [replacement, setReplacement] = useState("");
  const found = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = getFindState(e.state);
      return { count: s?.matches.length ?? 0, current: s?.current ?? 0 };
    },
  });
  useEffect(() => {
    editor.commands.setFindQuery(query);
  }, [editor, query]);
  // Ctrl/Cmd+F pressed in the story with the bar already open: what is typed next is a search,
  // not words for the story.
  useEffect(() => {
    if (focusRequest === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);
  // Closing clears the highlights.
  useEffect(() => () => void editor.commands.setFindQuery(""), [editor]);
  const close = () => {
    onClose();
    editor.commands.focus();
  };
  return (
    <div
      role="search"
      aria-label="Find and replace"
      className="flex flex-wrap items-center gap-2 border border-b-0 border-neutral-300 bg-neutral-50 p-2 text-sm dark:border-neutral-700 dark:bg-neutral-900"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          close();
        } else if (matchesKey(e.nativeEvent, DESK_KEYS.find)) {
          e.preventDefault();
          input.current?.focus();
          input.current?.select();
        }
      }}
    >
      <label className="flex items-center gap-1">
        Find
        <input
          ref={input}
          aria-label="Find"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              editor.commands.findStep(e.shiftKey ? -1 : 1);
            }
          }}
          className="input w-44 py-1 text-sm"
        />
      </label>
      <span role="status" className="min-w-20 text-neutral-700 dark:text-neutral-300" data-testid="find-count">
        {query ? (found.count ? `${found.current + 1} of ${found.count}` : "No matches") : ""}
      </span>
      <button
        type="button"
        className="btn-secondary"
        disabled={!found.count}
        onClick={() => editor.commands.findStep(-1)}
      >
        Previous
      </button>
      <button
        type="button"
        className="btn-secondary"
        disabled={!found.count}
        onClick={() => editor.commands.findStep(1)}
      >
        Next
      </button>
      <label className="flex items-center gap-1">
        Replace with
        <input
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
          className="input w-44 py-1 text-sm"
        />
      </label>
      <button
        type="button"
        className="btn-secondary"
        disabled={!found.count}
        onClick={() => editor.commands.replaceCurrent(replacement)}
      >
        Replace
      </button>
      <button
        type="button"
        className="btn-secondary"
        disabled={!found.count}
        onClick={() => editor.commands.replaceAll(replacement)}
      >
        Replace all
      </button>
      <button type="button" className="btn-secondary ml-auto" onClick={close}>
        Close
      </button>
    </div>
  );
}
