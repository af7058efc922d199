"use client";
import { useState } from "react";
import type { Json, NoteAnswer } from "@/lib/api/story-answers";
import { formatTimestamp } from "@/lib/time";
import { call } from "./api";
import { unreachedText } from "./unreached-text";

export type Note = Omit<Json<NoteAnswer>, "unreachedMentions">;

export function NotesPanel({
  storyId,
  initial,
  timeZone,
  locale,
}: {
  storyId: string;
  initial: Note[];
  timeZone: string;
  locale: string;
}) {
  const [notes, setNotes] = useState(initial);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [missed, setMissed] = useState<string | null>(null);
  const add = async () => {
    const r = await call<Json<NoteAnswer>>(`/api/stories/${storyId}/notes`, "POST", { body: text });
    if (!r.ok) return setError(r.status === 0 ? "You are offline; the note was not sent." : r.error);
    setNotes((n) => [...n, { id: r.id, body: r.body, authorName: r.authorName, createdAt: String(r.createdAt) }]);
    setText("");
    setError(null);
    setMissed(unreachedText(r.unreachedMentions));
  };
  return (
    <section
      aria-labelledby="notes-heading"
      className="rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <h2 id="notes-heading" className="font-bold">
        Notes
      </h2>
      {notes.length === 0 && <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">No notes yet.</p>}
      <ol className="mt-2 space-y-3">
        {notes.map((n) => (
          <li key={n.id} className="text-sm">
            <p className="whitespace-pre-wrap">{n.body}</p>
            <p className="text-xs text-neutral-500">
              {n.authorName} ·{" "}
              <time dateTime={n.createdAt}>{formatTimestamp(new Date(n.createdAt), timeZone, locale)}</time>
            </p>
          </li>
        ))}
      </ol>
      <label htmlFor="new-note" className="mt-3 block text-sm font-semibold">
        Add a note
      </label>
      <textarea
        id="new-note"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        className="input mt-1 text-sm"
      />
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      {missed && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300" data-testid="unreached-mentions">
          {missed}
        </p>
      )}
      <button type="button" className="btn-secondary mt-2" onClick={add} disabled={!text.trim()}>
        Add note
      </button>
    </section>
  );
}
