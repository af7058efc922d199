"use client";
// A gallery after it is in the story (issue 19, item 21): selecting it shows its photos with alt
// text, caption and credit for this story (the library's values as placeholders, as for a single
// image), and lets the editor reorder, remove and add photos. Every change is one attribute step
// on the gallery node, so it is saved and undone like any other edit.
import { useEditorState, type Editor } from "@tiptap/react";
import { NodeSelection } from "@tiptap/pm/state";
import { useEffect, useState } from "react";
import { MediaPicker } from "@/components/dashboard/media/media-picker";
import type { MediaDetails } from "@/db/queries/media";
import { GALLERY_MAX, GALLERY_MIN, type GalleryItem } from "@/lib/rich-text/gallery";
import { editorPreviewUrl, PER_USE_FIELDS, type PerUseField, type PerUseText } from "@/lib/rich-text/image";
import { call } from "./api";
import { PerUseInput } from "./per-use-field";

/** The selected gallery, if the selection is exactly one gallery. */
function selectedGallery(editor: Editor): { pos: number; items: GalleryItem[] } | null {
  const sel = editor.state.selection;
  if (!(sel instanceof NodeSelection) || sel.node.type.name !== "gallery") return null;
  const items = sel.node.attrs.items;
  return { pos: sel.from, items: Array.isArray(items) ? (items as GalleryItem[]) : [] };
}

export function GalleryUsePanel({ editor }: { editor: Editor }) {
  const gallery = useEditorState({ editor, selector: ({ editor: e }) => selectedGallery(e) });
  if (!gallery) return null;
  return <GalleryUseForm key={gallery.pos} editor={editor} pos={gallery.pos} items={gallery.items} />;
}

/** The library's texts for each photo, fetched once per photo, for the placeholders. */
function useLibraryTexts(ids: string[]): Record<string, PerUseText> {
  const [texts, setTexts] = useState<Record<string, PerUseText>>({});
  const wanted = ids.filter((id) => !(id in texts)).join(",");
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    for (const id of wanted.split(","))
      void call<MediaDetails>(`/api/media/${id}`, "GET").then((r) => {
        if (live && r.ok) setTexts((t) => ({ ...t, [id]: { alt: r.alt, caption: r.caption, credit: r.credit } }));
      });
    return () => {
      live = false;
    };
  }, [wanted]);
  return texts;
}

function GalleryUseForm({ editor, pos, items }: { editor: Editor; pos: number; items: GalleryItem[] }) {
  const library = useLibraryTexts(items.map((i) => i.mediaId));
  const [picking, setPicking] = useState(false);

  // An attribute step leaves positions (and so the gallery's selection) where they were.
  const setItems = (next: GalleryItem[]) =>
    editor
      .chain()
      .command(({ tr }) => {
        tr.setNodeAttribute(pos, "items", next);
        return true;
      })
      .run();
  const setText = (index: number, field: PerUseField, value: string) =>
    setItems(
      items.map((item, i) => {
        if (i !== index) return item;
        // Empty means the library's value: the key goes, rather than an empty string staying.
        const next: GalleryItem = { ...item };
        if (value) next[field] = value;
        else delete next[field];
        return next;
      }),
    );
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setItems(next);
  };
  return (
    <fieldset
      aria-label="This gallery in this story"
      className="space-y-2 border border-b-0 border-neutral-300 bg-neutral-50 p-2 text-sm dark:border-neutral-700 dark:bg-neutral-900"
    >
      <legend className="sr-only">This gallery in this story</legend>
      <p className="text-xs text-neutral-700 dark:text-neutral-300">
        {items.length} of {GALLERY_MIN}–{GALLERY_MAX} photos. Texts are for this story only; leave a field empty to use
        the library’s, shown faintly.
      </p>
      <ol className="space-y-2">
        {items.map((item, i) => {
          const n = i + 1;
          const lib = library[item.mediaId];
          return (
            <li key={`${item.mediaId}-${i}`} className="grid gap-2 sm:grid-cols-[5rem_1fr]">
              <div className="flex flex-col items-start gap-1">
                {/* eslint-disable-next-line @next/next/no-img-element -- the desk's signed-in preview */}
                <img
                  src={editorPreviewUrl(item.mediaId)}
                  alt=""
                  width={80}
                  height={60}
                  className="h-15 w-20 rounded object-cover"
                />
                <span className="text-xs font-semibold">Photo {n}</span>
              </div>
              <div role="group" aria-label={`Photo ${n}`} className="grid gap-2 sm:grid-cols-3">
                {PER_USE_FIELDS.map((field) => (
                  <PerUseInput
                    key={field}
                    editor={editor}
                    field={field}
                    value={item[field] ?? ""}
                    library={lib?.[field]}
                    onChange={(value) => setText(i, field, value)}
                  />
                ))}
                <div className="flex flex-wrap gap-2 sm:col-span-3">
                  <button
                    type="button"
                    className="text-xs underline disabled:no-underline disabled:opacity-50"
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                    aria-label={`Move photo ${n} earlier`}
                  >
                    Earlier
                  </button>
                  <button
                    type="button"
                    className="text-xs underline disabled:no-underline disabled:opacity-50"
                    disabled={i === items.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={`Move photo ${n} later`}
                  >
                    Later
                  </button>
                  <button
                    type="button"
                    className="text-xs underline disabled:no-underline disabled:opacity-50"
                    disabled={items.length <= GALLERY_MIN}
                    title={items.length <= GALLERY_MIN ? `A gallery keeps at least ${GALLERY_MIN} photos.` : undefined}
                    onClick={() => setItems(items.filter((_, j) => j !== i))}
                    aria-label={`Remove photo ${n}`}
                  >
                    Remove
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="btn-secondary"
        disabled={items.length >= GALLERY_MAX}
        onClick={() => setPicking(true)}
      >
        Add photo…
      </button>
      <MediaPicker
        title="Add a photo to this gallery"
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(picked) => {
          setPicking(false);
          if (items.length < GALLERY_MAX) setItems([...items, { mediaId: picked.id }]);
        }}
      />
    </fieldset>
  );
}
