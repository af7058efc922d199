"use client";
// The body's formatting toolbar. Alt+F10 in the text moves here (issue 12, capability 7); the
// arrow keys move along it, Escape goes back to the text.
import { useEditorState, type Editor } from "@tiptap/react";
import { NodeSelection, Selection, TextSelection, type Transaction } from "@tiptap/pm/state";
import { useState } from "react";
import { MediaPicker } from "@/components/dashboard/media/media-picker";
import { isAllowedHref } from "@/lib/rich-text/extensions";
import { embedLabel } from "@/lib/rich-text/embed";
import { parseEmbedUrl } from "@/lib/rich-text/embed-url";
import { GalleryField } from "./gallery-field";
import { TableBar } from "./table-bar";

// Clicking a toolbar button must not take focus from the text, or the next keystrokes go astray.
const keepFocus = (e: React.MouseEvent) => e.preventDefault();

export type Panel = "link" | "embed" | "image" | "gallery" | null;

type ToolbarProps = {
  editor: Editor;
  panel: Panel;
  setPanel: (panel: Panel) => void;
  findOpen: boolean;
  toggleFind: () => void;
  focusMode: boolean;
  toggleFocusMode: () => void;
  openHelp: () => void;
};

/** After inserting a block node the node is selected, and the next keystroke would replace it: move on. */
export const moveAfterNode = ({ tr }: { tr: Transaction }) => {
  if (!(tr.selection instanceof NodeSelection)) return true;
  const end = tr.selection.to;
  const next = Selection.findFrom(tr.doc.resolve(end), 1, true);
  if (next && next.from === end + 1) tr.setSelection(next);
  else {
    tr.insert(end, tr.doc.type.schema.nodes.paragraph!.create());
    tr.setSelection(TextSelection.create(tr.doc, end + 1));
  }
  return true;
};

export function Toolbar(props: ToolbarProps) {
  const { editor, panel, setPanel } = props;
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
      table: e.isActive("table"),
      tableAt: tableStart(e),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  // [accessible name, visible text, run, pressed, disabled]. Where the visible text is letters or
  // digits, the name starts with it outside any brackets (WCAG 2.5.3): axe's
  // label-content-name-mismatch ignores parentheticals, so "Heading 2 (H2)" failed it (issue 19).
  const buttons: [string, string, () => void, boolean?, boolean?][] = [
    ["Paragraph", "¶", () => chain().setParagraph().run()],
    ["H2 (Heading 2)", "H2", () => chain().toggleHeading({ level: 2 }).run(), active.h2],
    ["H3 (Heading 3)", "H3", () => chain().toggleHeading({ level: 3 }).run(), active.h3],
    ["H4 (Heading 4)", "H4", () => chain().toggleHeading({ level: 4 }).run(), active.h4],
    ["Bold", "B", () => chain().toggleBold().run(), active.bold],
    ["Italic", "I", () => chain().toggleItalic().run(), active.italic],
    ["Bulleted list", "•", () => chain().toggleBulletList().run(), active.bullet],
    ["1. Numbered list", "1.", () => chain().toggleOrderedList().run(), active.ordered],
    ["Quote", "“", () => chain().toggleBlockquote().run(), active.quote],
    ["Horizontal rule", "—", () => chain().setHorizontalRule().run()],
    ["Undo", "↶", () => chain().undo().run(), false, !active.canUndo],
    ["Redo", "↷", () => chain().redo().run(), false, !active.canRedo],
  ];
  const closePanel = () => {
    setPanel(null);
    editor.commands.focus();
  };
  const text = "rounded px-2 py-1 text-sm font-semibold hover:bg-neutral-200 dark:hover:bg-neutral-700";
  return (
    <div className={props.focusMode ? "sticky top-0 z-10" : undefined}>
      <div
        role="toolbar"
        aria-label="Formatting"
        data-testid="formatting-toolbar"
        onKeyDown={(e) => {
          // The toolbar pattern: arrows along the buttons, Home/End to the ends, Escape to the text.
          const row = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>(":scope > button:not(:disabled)"));
          const at = row.indexOf(e.target as HTMLButtonElement);
          if (e.key === "Escape") {
            e.preventDefault();
            editor.commands.focus();
          }
          if (at === -1) return;
          const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: row.length - 1 }[e.key];
          if (to === undefined) return;
          e.preventDefault();
          row[(to + row.length) % row.length]?.focus();
        }}
        className="flex flex-wrap items-center gap-1 rounded-t border border-b-0 border-neutral-300 bg-neutral-100 p-1 dark:border-neutral-700 dark:bg-neutral-800"
      >
        {buttons.map(([label, visible, run, pressed, disabled]) => (
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
            {visible}
          </button>
        ))}
        <button
          type="button"
          title="Link"
          aria-pressed={active.link}
          aria-expanded={panel === "link"}
          aria-keyshortcuts="Control+K"
          onClick={() => (panel === "link" ? closePanel() : setPanel("link"))}
          className={`${text} underline`}
        >
          Link
        </button>
        <button
          type="button"
          aria-label="Insert image"
          title="Insert image"
          aria-haspopup="dialog"
          onClick={() => setPanel("image")}
          className={text}
        >
          Image
        </button>
        <button
          type="button"
          aria-label="Insert gallery"
          title="Insert a gallery of 2 to 12 library photos"
          aria-expanded={panel === "gallery"}
          onClick={() => (panel === "gallery" ? closePanel() : setPanel("gallery"))}
          className={text}
        >
          Gallery
        </button>
        <button
          type="button"
          aria-label="Insert embed"
          title="Embed a YouTube, Facebook, X, Instagram, TikTok or Google Maps address"
          aria-expanded={panel === "embed"}
          onClick={() => (panel === "embed" ? closePanel() : setPanel("embed"))}
          className={text}
        >
          Embed
        </button>
        <button
          type="button"
          aria-label="Insert table"
          title="Insert table"
          onMouseDown={keepFocus}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          className={text}
        >
          Table
        </button>
        <button
          type="button"
          aria-label="Find and replace"
          title="Find and replace (Ctrl/⌘+F)"
          aria-pressed={props.findOpen}
          aria-keyshortcuts="Control+F"
          onClick={props.toggleFind}
          className={text}
        >
          Find
        </button>
        <button
          type="button"
          title="Distraction-free mode (Ctrl/⌘+Shift+F)"
          aria-pressed={props.focusMode}
          aria-keyshortcuts="Control+Shift+F"
          onClick={props.toggleFocusMode}
          className={text}
        >
          Focus mode
        </button>
        <button
          type="button"
          title="Keyboard shortcuts (Ctrl/⌘+/)"
          aria-haspopup="dialog"
          aria-keyshortcuts="Control+/"
          onClick={props.openHelp}
          className={text}
        >
          Shortcuts
        </button>
        {panel === "link" && <LinkField editor={editor} onClose={closePanel} />}
        {panel === "embed" && <EmbedField editor={editor} onClose={closePanel} />}
      </div>
      {panel === "gallery" && <GalleryField editor={editor} onClose={closePanel} />}
      {active.table && <TableBar key={active.tableAt} editor={editor} />}
      <MediaPicker
        title="Insert an image"
        open={panel === "image"}
        onClose={() => {
          setPanel(null);
          // Closing the dialog hands focus back to the Image button; the next sentence belongs in
          // the text, at the cursor (after the inserted image), so take it back (issue 12).
          requestAnimationFrame(() => editor.commands.focus());
        }}
        onPick={(item) => {
          setPanel(null);
          editor
            .chain()
            .insertContent({ type: "image", attrs: { mediaId: item.id } })
            .command(moveAfterNode)
            .run();
        }}
      />
    </div>
  );
}

/** Where the table around the cursor starts, or -1. */
function tableStart(e: Editor): number {
  const { $from } = e.state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === "table") return $from.before(d);
  return -1;
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
            e.stopPropagation();
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

/** The embed address field: an allow-listed address becomes an embed block at the cursor. */
function EmbedField({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | null>(null);
  const embed = parseEmbedUrl(url);
  const apply = () => {
    if (!embed)
      return setError(
        "Only YouTube, Facebook (post or video), X, Instagram, TikTok and Google Maps addresses can be embedded; paste anything else as a link.",
      );
    editor
      .chain()
      .focus()
      .insertContent({ type: "embed", attrs: { provider: embed.provider, url: embed.url } })
      .command(moveAfterNode)
      .run();
    onClose();
  };
  return (
    <span className="flex flex-wrap items-center gap-1">
      <label htmlFor="embed-url" className="sr-only">
        Embed address
      </label>
      <input
        id="embed-url"
        value={url}
        autoFocus
        onChange={(e) => {
          setUrl(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            apply();
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
        placeholder="https://www.youtube.com/watch?v=…"
        className="input w-72 py-1 text-sm"
      />
      <button type="button" onClick={apply} className="btn-secondary">
        Embed
      </button>
      {embed && <span className="text-sm text-neutral-700 dark:text-neutral-300">{embedLabel(embed)}</span>}
      {error && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
