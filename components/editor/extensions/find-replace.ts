// Find and replace in the story body (issue 12, capability 7): every match highlighted, the
// current one marked, replace one or all. Matches are found per paragraph (or heading, list item,
// cell), so a phrase that crosses bold or a link is still found; case is ignored.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export type Match = { from: number; to: number };
type FindState = { query: string; current: number; matches: Match[]; decorations: DecorationSet };

export const findKey = new PluginKey<FindState>("findReplace");

/** Every case-insensitive occurrence of `query` in the document's text blocks, in order. */
export function findMatches(doc: PMNode, query: string): Match[] {
  if (!query) return [];
  const needle = query.toLocaleLowerCase();
  const out: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // One character per position: inline leaves (a line break) count as one, like the text.
    const text = node.textBetween(0, node.content.size, undefined, "\ufffc").toLocaleLowerCase();
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length))
      out.push({ from: pos + 1 + i, to: pos + 1 + i + needle.length });
    return false;
  });
  return out;
}

function build(doc: PMNode, query: string, current: number): FindState {
  const matches = findMatches(doc, query);
  const index = matches.length ? Math.min(Math.max(current, 0), matches.length - 1) : 0;
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) =>
      Decoration.inline(m.from, m.to, { class: i === index ? "find-match find-current" : "find-match" }),
    ),
  );
  return { query, current: index, matches, decorations };
}

export const getFindState = (state: EditorState) => findKey.getState(state);

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    findReplace: {
      /** Highlights every match of `query` (empty clears). */
      setFindQuery: (query: string) => ReturnType;
      /** Moves to the next (1) or previous (-1) match and selects it. */
      findStep: (direction: 1 | -1) => ReturnType;
      /** Replaces the current match and moves to the next. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match, as one step in the history. */
      replaceAll: (replacement: string) => ReturnType;
    };
  }
}

export const FindReplace = Extension.create({
  name: "findReplace",
  addCommands() {
    const select = (tr: Transaction, m: Match | undefined) => {
      if (m) tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView();
    };
    return {
      setFindQuery:
        (query) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, { query, current: 0 });
          return true;
        },
      findStep:
        (direction) =>
        ({ state, tr, dispatch }) => {
          const s = getFindState(state);
          if (!s || s.matches.length === 0) return false;
          const current = (s.current + direction + s.matches.length) % s.matches.length;
          if (dispatch) {
            tr.setMeta(findKey, { query: s.query, current });
            select(tr, s.matches[current]);
          }
          return true;
        },
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const s = getFindState(state);
          const m = s?.matches[s.current];
          if (!s || !m) return false;
          if (dispatch) {
            if (replacement) tr.insertText(replacement, m.from, m.to);
            else tr.delete(m.from, m.to);
            tr.setMeta(findKey, { query: s.query, current: s.current });
            const next = findMatches(tr.doc, s.query);
            select(tr, next[Math.min(s.current, next.length - 1)]);
          }
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const s = getFindState(state);
          if (!s || s.matches.length === 0) return false;
          if (dispatch) {
            // From the end, so earlier positions stay valid.
            for (const m of [...s.matches].reverse()) {
              if (replacement) tr.insertText(replacement, m.from, m.to);
              else tr.delete(m.from, m.to);
            }
            tr.setMeta(findKey, { query: s.query, current: 0 });
          }
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: (_config, state) => build(state.doc, "", 0),
          apply: (tr, prev) => {
            const meta = tr.getMeta(findKey) as { query: string; current: number } | undefined;
            if (meta) return build(tr.doc, meta.query, meta.current);
            if (tr.docChanged && prev.query) return build(tr.doc, prev.query, prev.current);
            return prev;
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ];
  },
});
