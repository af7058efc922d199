"use client";
import { EditorContent, useEditor } from "@tiptap/react";
import type { Node as PMNode } from "@tiptap/pm/model";
import { useEffect, useRef, useState } from "react";
import { richTextExtensions } from "@/lib/rich-text/extensions";
import { BlockMenu } from "./block-menu";
import { DeskPaste } from "./extensions/desk-paste";
import { FindReplace } from "./extensions/find-replace";
import { FindPanel } from "./find-panel";
import { GalleryUsePanel } from "./gallery-use-panel";
import { ImageUsePanel } from "./image-use-panel";
import { DESK_KEYS, matchesKey, ShortcutHelp } from "./shortcut-help";
import { Toolbar, type Panel } from "./toolbar";

type Props = {
  initial: unknown;
  editable: boolean;
  invalid?: boolean;
  /** The story's language (its section's edition): the browser's spell checker follows it. */
  lang?: string;
  /**
   * The document as JSON, synchronously on every edit: it goes to the device at once, so a tab
   * closed straight after a burst of typing loses nothing (issue 12).
   */
  onEdit: (json: unknown) => void;
  /** The document as JSON for the page around it (word count), at most every EMIT_MS, and whenever flushed. */
  onChange: (json: unknown) => void;
  /** Set to a function that emits pending changes now (before a save or a transition). */
  flushRef: { current: (() => void) | null };
};

// Re-rendering the page (word count, fields) on every keystroke costs more than a frame; batch
// that. The device copy is not batched: well under a millisecond per keystroke (docs/architecture.md).
const EMIT_MS = 250;

/** The story body: tiptap with the same extension list the server validates and renders with. */
export function BodyEditor({ initial, editable, invalid, lang, onEdit, onChange, flushRef }: Props) {
  // tiptap keeps the first onUpdate it was given; route it to the latest callbacks.
  const callbacks = useRef({ onChange, onEdit });
  useEffect(() => {
    callbacks.current = { onChange, onEdit };
  });
  const [panel, setPanel] = useState<Panel>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [findFocus, setFindFocus] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [focusMode, setFocusMode] = useState(false);
  const [blockMenu, setBlockMenu] = useState(false);
  // The document right after a Bijoy paste was converted; the notice (and its Undo) stands while
  // the document is still exactly that.
  const [converted, setConverted] = useState<PMNode | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const wrapper = useRef<HTMLDivElement>(null);
  const editor = useEditor({
    // The schema's extensions plus the desk's own behaviour, which adds no node or mark: what the
    // editor can write stays exactly what the server validates.
    extensions: [
      ...richTextExtensions,
      FindReplace,
      DeskPaste.configure({ onBijoyConverted: (doc) => setConverted(doc) }),
    ],
    content: initial as object,
    editable,
    immediatelyRender: false, // server-rendered page: mount the editor on the client only
    editorProps: {
      attributes: {
        "aria-label": "Body",
        role: "textbox",
        "aria-multiline": "true",
        class:
          "prose-news min-h-[20rem] rounded-b border border-neutral-300 bg-white p-4 focus:outline-2 focus:outline-blue-600 dark:border-neutral-700 dark:bg-neutral-900",
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(lang ? { lang } : {}),
      },
      // The desk's keys (listed for writers in shortcut-help.tsx). Ctrl/Cmd+K opens the link field,
      // as in every other editor a reporter uses.
      handleKeyDown: (view, event) => {
        const take = (act: () => void) => {
          event.preventDefault();
          act();
          return true;
        };
        if (matchesKey(event, DESK_KEYS.link)) return take(() => setPanel("link"));
        if (matchesKey(event, DESK_KEYS.find))
          return take(() => {
            setFindOpen(true);
            setFindFocus((n) => n + 1);
          });
        if (matchesKey(event, DESK_KEYS.help)) return take(() => setHelpOpen(true));
        if (matchesKey(event, DESK_KEYS.focusMode)) return take(() => setFocusMode((on) => !on));
        if (matchesKey(event, DESK_KEYS.toolbar))
          return take(() =>
            wrapper.current?.querySelector<HTMLButtonElement>("[role=toolbar] button:not(:disabled)")?.focus(),
          );
        if (event.key === "Escape" && focusModeRef.current) return take(() => setFocusMode(false));
        // "/" at the start of an empty line opens the block menu instead of typing.
        const { $from, empty } = view.state.selection;
        if (
          event.key === "/" &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey &&
          empty &&
          $from.parent.type.name === "paragraph" &&
          $from.parent.content.size === 0
        )
          return take(() => setBlockMenu(true));
        return false;
      },
    },
    onUpdate: ({ editor: e }) => {
      if (e.state.doc !== convertedRef.current) setConverted(null);
      callbacks.current.onEdit(e.getJSON());
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flushRef.current?.(), EMIT_MS);
    },
  });
  useEffect(() => {
    if (!editor) return;
    let pending = false;
    const mark = () => (pending = true);
    editor.on("update", mark);
    flushRef.current = () => {
      clearTimeout(timer.current);
      if (!pending) return;
      pending = false;
      callbacks.current.onChange(editor.getJSON());
    };
    return () => {
      flushRef.current?.();
      editor.off("update", mark);
      flushRef.current = null;
    };
  }, [editor, flushRef]);
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);
  // Choosing a section of the other edition changes the language under the cursor.
  useEffect(() => {
    if (!editor) return;
    const { attributes } = editor.options.editorProps;
    const current = typeof attributes === "object" ? attributes : {};
    if (current.lang === lang) return;
    const next: Record<string, string> = { ...current };
    if (lang) next.lang = lang;
    else delete next.lang;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: next } });
  }, [editor, lang]);
  // The key handler above was made once; it reads these through refs.
  const focusModeRef = useRef(focusMode);
  const convertedRef = useRef(converted);
  useEffect(() => {
    focusModeRef.current = focusMode;
    convertedRef.current = converted;
  });
  useEffect(() => {
    if (focusMode) editor?.commands.focus();
  }, [focusMode, editor]);
  const tools = editor && editable;
  return (
    // Distraction-free mode: the body alone over the whole window, the toolbar kept at the top.
    <div
      ref={wrapper}
      data-focus-mode={focusMode ? "on" : undefined}
      className={focusMode ? "fixed inset-0 z-40 overflow-y-auto bg-white px-4 py-6 dark:bg-neutral-950" : undefined}
    >
      <div className={focusMode ? "mx-auto max-w-3xl" : undefined}>
        {focusMode && (
          <p className="mb-2 text-sm text-neutral-700 dark:text-neutral-300">
            Distraction-free mode. Press Escape or Ctrl/⌘+Shift+F to leave it; your work saves as usual.
          </p>
        )}
        {tools && (
          <Toolbar
            editor={editor}
            panel={panel}
            setPanel={setPanel}
            findOpen={findOpen}
            toggleFind={() => setFindOpen((o) => !o)}
            focusMode={focusMode}
            toggleFocusMode={() => setFocusMode((on) => !on)}
            openHelp={() => setHelpOpen(true)}
          />
        )}
        {tools && findOpen && <FindPanel editor={editor} onClose={() => setFindOpen(false)} focusRequest={findFocus} />}
        {tools && converted && (
          <p
            role="status"
            className="flex flex-wrap items-center gap-2 border border-b-0 border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950"
          >
            Pasted Bangla in the old Bijoy (SutonnyMJ) encoding was converted to Unicode.
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                // One undo step takes the conversion back and leaves the pasted original.
                if (editor.state.doc === converted) editor.chain().focus().undo().run();
                setConverted(null);
              }}
            >
              Undo conversion
            </button>
          </p>
        )}
        {tools && <ImageUsePanel editor={editor} />}
        {tools && <GalleryUsePanel editor={editor} />}
        <EditorContent editor={editor} />
        {tools && blockMenu && (
          <BlockMenu editor={editor} onClose={() => setBlockMenu(false)} request={(what) => setPanel(what)} />
        )}
        <ShortcutHelp
          open={helpOpen}
          onClose={() => {
            setHelpOpen(false);
            editor?.commands.focus();
          }}
        />
      </div>
    </div>
  );
}
