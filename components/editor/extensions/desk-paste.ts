// What a paste does in the story editor (issue 12): clipboard HTML is cleaned first
// (lib/rich-text/paste-clean.ts); an allow-listed address pasted on an empty line becomes an
// embed; Bangla in the legacy Bijoy encoding is pasted as typed and then converted to Unicode in
// a second, separate history step — so one Ctrl+Z (or the notice's button) restores the original.
import { Extension } from "@tiptap/core";
import { closeHistory } from "@tiptap/pm/history";
import { DOMParser as PMDOMParser, Fragment, Slice, type Node as PMNode, type Schema } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { bijoyToUnicode, looksLikeBijoy } from "@/lib/rich-text/bijoy";
import { parseEmbedUrl } from "@/lib/rich-text/embed-url";
import { cleanPastedHtml } from "@/lib/rich-text/paste-clean";

export type DeskPasteOptions = {
  /** Called after Bijoy text was converted, with the document as it stands after the conversion. */
  onBijoyConverted: (after: PMNode) => void;
};

const browserParser = () => new window.DOMParser();

function parseHtml(html: string, schema: Schema, view: EditorView): Slice {
  const dom = browserParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  return PMDOMParser.fromSchema(schema).parseSlice(dom, { context: view.state.selection.$from });
}

/** Each textblock that reads as Bijoy gets its text converted; others (English, Unicode) stay. */
function convertBlocks(fragment: Fragment, schema: Schema, inBijoy = false): Fragment {
  const out: PMNode[] = [];
  fragment.forEach((node) => {
    if (node.isText) {
      out.push(inBijoy ? schema.text(bijoyToUnicode(node.text!), node.marks) : node);
      return;
    }
    const bijoy = inBijoy || (node.isTextblock && looksLikeBijoy(node.textContent));
    out.push(node.copy(convertBlocks(node.content, schema, bijoy)));
  });
  return Fragment.fromArray(out);
}

/** The fragment with each text node's text replaced, in document order, by `next()`. */
function mapTexts(fragment: Fragment, schema: Schema, next: () => string): Fragment {
  const out: PMNode[] = [];
  fragment.forEach((node) => {
    out.push(node.isText ? schema.text(next(), node.marks) : node.copy(mapTexts(node.content, schema, next)));
  });
  return Fragment.fromArray(out);
}

const texts = (fragment: Fragment) => {
  const out: string[] = [];
  fragment.descendants((n) => {
    if (n.isText) out.push(n.text!);
  });
  return out;
};

/**
 * Pastes `original`, then swaps in the converted text piece by piece in a second transaction with
 * its own history entry. Both slices come from the same structure, so their text pieces pair up;
 * if they do not (never seen, but cheap to check), the converted text is pasted in one step.
 */
function pasteTwoSteps(view: EditorView, original: Slice, converted: Slice, done: (doc: PMNode) => void): void {
  const state: EditorState = view.state;
  const { from, to } = state.selection;
  const tr1: Transaction = state.tr.replaceSelection(original);
  tr1.setMeta("paste", true).setMeta("uiEvent", "paste");
  closeHistory(tr1);
  const end = tr1.mapping.map(to, 1);
  const pieces: { from: number; to: number; text: string }[] = [];
  tr1.doc.nodesBetween(from, end, (node, pos) => {
    if (!node.isText) return;
    const s = Math.max(pos, from);
    const e = Math.min(pos + node.nodeSize, end);
    if (e > s) pieces.push({ from: s, to: e, text: node.text!.slice(s - pos, e - pos) });
  });
  const before = texts(original.content);
  const after = texts(converted.content);
  const paired =
    before.length === after.length && pieces.length === before.length && pieces.every((p, i) => p.text === before[i]);
  if (!paired) {
    view.dispatch(state.tr.replaceSelection(converted).setMeta("paste", true).scrollIntoView());
    return done(view.state.doc);
  }
  view.dispatch(tr1.scrollIntoView());
  const tr2 = view.state.tr;
  for (let i = pieces.length - 1; i >= 0; i--)
    if (before[i] !== after[i]) tr2.insertText(after[i]!, pieces[i]!.from, pieces[i]!.to);
  closeHistory(tr2);
  view.dispatch(tr2);
  done(view.state.doc);
}

/** An allow-listed address pasted on an empty line: an embed there, and the cursor on a line after it. */
function pasteEmbed(view: EditorView, text: string): boolean {
  const embed = parseEmbedUrl(text);
  const { $from, empty } = view.state.selection;
  if (!embed || !empty || $from.parent.type.name !== "paragraph" || $from.parent.content.size > 0) return false;
  const { schema } = view.state;
  const node = schema.nodes.embed!.create({ provider: embed.provider, url: embed.url });
  const tr = view.state.tr.replaceRangeWith($from.before(), $from.after(), node);
  const after = tr.mapping.map($from.after());
  const next = tr.doc.resolve(Math.min(after, tr.doc.content.size));
  if (next.nodeAfter?.type.name !== "paragraph") tr.insert(after, schema.nodes.paragraph!.create());
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
  view.dispatch(tr.setMeta("paste", true).scrollIntoView());
  return true;
}

export const DeskPaste = Extension.create<DeskPasteOptions>({
  name: "deskPaste",
  addOptions() {
    return { onBijoyConverted: () => {} };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey("deskPaste"),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html, { parser: browserParser(), bijoy: "keep" }).html,
          handlePaste: (view, event, slice) => {
            const data = event.clipboardData;
            const text = data?.getData("text/plain")?.trim() ?? "";
            if (text && !/\s/.test(text) && pasteEmbed(view, text)) return true;
            const html = data?.getData("text/html") ?? "";
            const { schema } = view.state;
            if (html) {
              const kept = cleanPastedHtml(html, { parser: browserParser(), bijoy: "keep" });
              if (kept.bijoyFont) {
                const converted = cleanPastedHtml(html, { parser: browserParser(), bijoy: "convert" }).html;
                // Parsed the same way, the two versions' text pieces pair up. The paste itself uses
                // ProseMirror's own slice of the kept version (fitted to where it lands, so no empty
                // line is left behind) with the converted pieces put in.
                const from = texts(parseHtml(kept.html, schema, view).content);
                const to = texts(parseHtml(converted, schema, view).content);
                const own = texts(slice.content);
                if (from.length === to.length && own.length === from.length && own.every((t, i) => t === from[i])) {
                  let i = 0;
                  const swapped = mapTexts(slice.content, schema, () => to[i++]!);
                  pasteTwoSteps(
                    view,
                    slice,
                    new Slice(swapped, slice.openStart, slice.openEnd),
                    options.onBijoyConverted,
                  );
                } else {
                  const original = parseHtml(kept.html, schema, view);
                  pasteTwoSteps(view, original, parseHtml(converted, schema, view), options.onBijoyConverted);
                }
                return true;
              }
            }
            const converted = new Slice(convertBlocks(slice.content, schema), slice.openStart, slice.openEnd);
            if (converted.content.eq(slice.content)) return false;
            pasteTwoSteps(view, slice, converted, options.onBijoyConverted);
            return true;
          },
        },
      }),
    ];
  },
});
