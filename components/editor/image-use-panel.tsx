"use client";
// Alt text, caption and credit for one use of a library image, edited in place: selecting an
// image in the body shows this form above the text (issue 12, capability 6). What is typed goes
// into the image node itself (undoable like any edit); an empty field means the library's value,
// shown as the placeholder.
import { useEditorState, type Editor } from "@tiptap/react";
import { NodeSelection } from "@tiptap/pm/state";
import { useEffect, useState } from "react";
import type { MediaDetails } from "@/db/queries/media";
import { PER_USE_FIELDS, type PerUseField, type PerUseText } from "@/lib/rich-text/image";
import { call } from "./api";
import { PerUseInput } from "./per-use-field";

/** The selected body image, if the selection is exactly one image. */
function selectedImage(editor: Editor): ({ pos: number; mediaId: string } & PerUseText) | null {
  const sel = editor.state.selection;
  if (!(sel instanceof NodeSelection) || sel.node.type.name !== "image") return null;
  const a = sel.node.attrs;
  return {
    pos: sel.from,
    mediaId: String(a.mediaId ?? ""),
    alt: String(a.alt ?? ""),
    caption: String(a.caption ?? ""),
    credit: String(a.credit ?? ""),
  };
}

export function ImageUsePanel({ editor }: { editor: Editor }) {
  const image = useEditorState({ editor, selector: ({ editor: e }) => selectedImage(e) });
  if (!image) return null;
  return <ImageUseForm key={`${image.pos}:${image.mediaId}`} editor={editor} image={image} />;
}

function ImageUseForm({ editor, image }: { editor: Editor; image: { pos: number; mediaId: string } & PerUseText }) {
  const [library, setLibrary] = useState<PerUseText | null>(null);
  useEffect(() => {
    let live = true;
    void call<MediaDetails>(`/api/media/${image.mediaId}`, "GET").then((r) => {
      if (live && r.ok) setLibrary({ alt: r.alt, caption: r.caption, credit: r.credit });
    });
    return () => {
      live = false;
    };
  }, [image.mediaId]);

  // An attribute step leaves positions (and so the image's selection) where they were.
  const set = (field: PerUseField, value: string) =>
    editor
      .chain()
      .command(({ tr }) => {
        tr.setNodeAttribute(image.pos, field, value);
        return true;
      })
      .run();

  return (
    <fieldset
      aria-label="This image in this story"
      className="grid gap-2 border border-b-0 border-neutral-300 bg-neutral-50 p-2 text-sm sm:grid-cols-3 dark:border-neutral-700 dark:bg-neutral-900"
    >
      <legend className="sr-only">This image in this story</legend>
      <p className="text-xs text-neutral-700 sm:col-span-3 dark:text-neutral-300">
        For this story only. Leave a field empty to use the library’s, shown faintly.
      </p>
      {PER_USE_FIELDS.map((field) => (
        <PerUseInput
          key={field}
          editor={editor}
          field={field}
          value={image[field]}
          library={library?.[field]}
          onChange={(value) => set(field, value)}
        />
      ))}
    </fieldset>
  );
}
