"use client";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { NodeSelection, Selection, TextSelection } from "@tiptap/pm/state";
import { useEffect, useRef, useState } from "react";
import { MediaPicker } from "@/components/dashboard/media/media-picker";
import { isAllowedHref, richTextExtensions } from "@/lib/rich-text/extensions";

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
  const [linkOpen, setLinkOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editor = useEditor({
    extensions: richTextExtensions,
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
      // Ctrl/Cmd+K opens the link field, as in every other editor a reporter uses.
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
          event.preventDefault();
          setLinkOpen(true);
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => {
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
  return (
    <div>
      {editor && editable && <Toolbar editor={editor} linkOpen={linkOpen} setLinkOpen={setLinkOpen} />}
      <EditorContent editor={editor} />
    </div>
  );
}

// Clicking a toolbar button must not take focus from the text, or the next keystrokes go astray.
const keepFocus = (e: React.MouseEvent) => e.preventDefault();

type ToolbarProps = { editor: Editor; linkOpen: boolean; setLinkOpen: (open: boolean) => void };

function Toolbar({ editor, linkOpen, setLinkOpen }: ToolbarProps) {
  const [imageOpen, setImageOpen] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      h4: e.isActive("heading", { level: 4 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons: [string, string, () => void, boolean?, boolean?][] = [
    ["Paragraph", "¶", () => chain().setParagraph().run()],
    ["Heading 2", "H2", () => chain().toggleHeading({ level: 2 }).run(), active.h2],
    ["Heading 3", "H3", () => chain().toggleHeading({ level: 3 }).run(), active.h3],
    ["Heading 4", "H4", () => chain().toggleHeading({ level: 4 }).run(), active.h4],
    ["Bold", "B", () => chain().toggleBold().run(), active.bold],
    ["Italic", "I", () => chain().toggleItalic().run(), active.italic],
    ["Bulleted list", "•", () => chain().toggleBulletList().run(), active.bullet],
    ["Numbered list", "1.", () => chain().toggleOrderedList().run(), active.ordered],
    ["Quote", "“", () => chain().toggleBlockquote().run(), active.quote],
    ["Horizontal rule", "—", () => chain().setHorizontalRule().run()],
    ["Undo", "↶", () => chain().undo().run(), false, !active.canUndo],
    ["Redo", "↷", () => chain().redo().run(), false, !active.canRedo],
  ];
  const closeLink = () => {
    setLinkOpen(false);
    editor.commands.focus();
  };
  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      className="flex flex-wrap items-center gap-1 rounded-t border border-b-0 border-neutral-300 bg-neutral-100 p-1 dark:border-neutral-700 dark:bg-neutral-800"
    >
      {buttons.map(([label, text, run, pressed, disabled]) => (
        <button
          key={label}
          type="button"
          aria-label={label}
          title={label}
          aria-pressed={pressed ?? undefined}
          disabled={disabled}
          onMouseDown={keepFocus}
          onClick={run}
          className={`min-w-8 rounded px-2 py-1 text-sm font-semibold disabled:opacity-40 ${pressed ? "bg-neutral-300 dark:bg-neutral-600" : "hover:bg-neutral-200 dark:hover:bg-neutral-700"}`}
        >
          {text}
        </button>
      ))}
      <button
        type="button"
        aria-label="Link"
        title="Link"
        aria-pressed={active.link}
        aria-expanded={linkOpen}
        aria-keyshortcuts="Control+K"
        onClick={() => (linkOpen ? closeLink() : setLinkOpen(true))}
        className="rounded px-2 py-1 text-sm font-semibold underline hover:bg-neutral-200 dark:hover:bg-neutral-700"
      >
        Link
      </button>
      <button
        type="button"
        aria-label="Insert image"
        title="Insert image"
        aria-haspopup="dialog"
        onClick={() => setImageOpen(true)}
        className="rounded px-2 py-1 text-sm font-semibold hover:bg-neutral-200 dark:hover:bg-neutral-700"
      >
        Image
      </button>
      <MediaPicker
        title="Insert an image"
        open={imageOpen}
        onClose={() => {
          setImageOpen(false);
          // Closing the dialog hands focus back to the Image button; the next sentence belongs in
          // the text, at the cursor (after the inserted image), so take it back (issue 12).
          requestAnimationFrame(() => editor.commands.focus());
        }}
        onPick={(item) => {
          setImageOpen(false);
          editor
            .chain()
            .insertContent({ type: "image", attrs: { mediaId: item.id } })
            .command(({ tr }) => {
              // The image ends up selected, and a selected node is replaced by the next keystroke:
              // put the cursor in the paragraph after it (a new one if none follows).
              if (!(tr.selection instanceof NodeSelection)) return true;
              const end = tr.selection.to;
              const next = Selection.findFrom(tr.doc.resolve(end), 1, true);
              if (next && next.from === end + 1) tr.setSelection(next);
              else {
                tr.insert(end, tr.doc.type.schema.nodes.paragraph!.create());
                tr.setSelection(TextSelection.create(tr.doc, end + 1));
              }
              return true;
            })
            .run();
        }}
      />
      {linkOpen && <LinkField editor={editor} onClose={closeLink} />}
    </div>
  );
}

/** The link address field: opened by the Link button or Ctrl/Cmd+K, focused at once. */
function LinkField({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  // Starts from the link under the cursor, if any.
  const [href, setHref] = useState(() => String(editor.getAttributes("link").href ?? ""));
  const [linkError, setLinkError] = useState<string | null>(null);
  const apply = () => {
    const value = href.trim();
    if (!value) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
    } else if (!isAllowedHref(value)) {
      return setLinkError("Links must start with http://, https://, mailto: or tel:.");
    } else {
      // Collapse to the end of the link and stop the mark there: left selected, the linked words
      // were replaced by the next keystroke (issue 12).
      editor
        .chain()
        .focus()
        .extendMarkRange("link")
        .setLink({ href: value })
        .command(({ tr }) => {
          tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
          return true;
        })
        .unsetMark("link")
        .run();
    }
    onClose();
  };
  return (
    <span className="flex items-center gap-1">
      <label htmlFor="link-href" className="sr-only">
        Link address
      </label>
      <input
        id="link-href"
        value={href}
        // Opened on purpose (button or Ctrl+K): typing the address is the next thing to do.
        autoFocus
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            apply();
          } else if (e.key === "Escape") {
            e.preventDefault();
            onClose();
          }
        }}
        placeholder="https://…"
        className="input w-64 py-1 text-sm"
      />
      <button type="button" onClick={apply} className="btn-secondary">
        Apply link
      </button>
      {linkError && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {linkError}
        </span>
      )}
    </span>
  );
}
