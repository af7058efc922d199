"use client";
import { useState } from "react";
import type { CorrectionAnswer, Json } from "@/lib/api/story-answers";
import { call } from "./api";

type Added = Json<CorrectionAnswer>;

/** On a live story: an editor adds a dated correction, update or clarification to the public page. */
export function CorrectionsPanel({ storyId, onAdded }: { storyId: string; onAdded: (version: number) => void }) {
  const [kind, setKind] = useState("correction");
  const [text, setText] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const add = async () => {
    const r = await call<Added>(`/api/stories/${storyId}/corrections`, "POST", { kind, body: text });
    if (!r.ok) return setMessage({ ok: false, text: r.status === 0 ? "You are offline; nothing was added." : r.error });
    onAdded(r.version);
    setText("");
    setMessage({ ok: true, text: `The ${r.kind} is on the public page.` });
  };
  return (
    <section
      aria-labelledby="corrections-heading"
      className="rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <h2 id="corrections-heading" className="font-bold">
        Corrections and updates
      </h2>
      <label htmlFor="correction-kind" className="mt-2 block text-sm font-semibold">
        Type
      </label>
      <select
        id="correction-kind"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        className="input mt-1 text-sm"
      >
        <option value="correction">Correction</option>
        <option value="update">Update</option>
        <option value="clarification">Clarification</option>
      </select>
      <label htmlFor="correction-text" className="mt-2 block text-sm font-semibold">
        Wording for readers
      </label>
      <textarea
        id="correction-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        className="input mt-1 text-sm"
      />
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`text-sm ${message.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}`}
        >
          {message.text}
        </p>
      )}
      <button type="button" className="btn-secondary mt-2" disabled={!text.trim()} onClick={add}>
        Add to the story
      </button>
    </section>
  );
}
