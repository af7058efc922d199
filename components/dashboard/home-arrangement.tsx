"use client";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { ArrangedStory } from "@/db/queries/home";
import { arrangeHomeAction } from "@/lib/actions/arrange-home";
import type { ActionResult } from "@/lib/actions/action";
import type { EditionCode } from "@/lib/editions";
import { ActionMessage } from "./action-message";

type Props = {
  /** The saved arrangement, lead first: also what a save says it started from. */
  saved: ArrangedStory[];
  /** Published stories that may be added: the newest, or those matching `query`. */
  candidates: ArrangedStory[];
  max: number;
  query: string;
  /** Whose front page this is. */
  edition: EditionCode;
};

const idsOf = (list: ArrangedStory[]) => list.map((s) => s.id);

export function HomeArrangement({ saved, candidates, max, query, edition }: Props) {
  const router = useRouter();
  const [search, setSearch] = useState(query);
  // A client navigation: the page re-renders its candidates and this arrangement, unsaved, stays.
  const find = () => {
    const params = new URLSearchParams({ edition });
    if (search.trim()) params.set("q", search.trim());
    router.replace(`/dashboard/home?${params.toString()}`);
  };
  const savedKey = idsOf(saved).join(",");
  const [slots, setSlots] = useState(saved);
  // When the saved arrangement changes (after a save or a reload), start again from it.
  const [basis, setBasis] = useState(savedKey);
  if (basis !== savedKey) {
    setBasis(savedKey);
    setSlots(saved);
  }
  const [choice, setChoice] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [state, dispatch, pending] = useActionState<
    ActionResult<{ storyIds: string[] }> | null,
    { storyIds: string[]; expected: string[]; edition: EditionCode }
  >(arrangeHomeAction, null);

  const dirty = idsOf(slots).join(",") !== savedKey;
  const full = slots.length >= max;
  const available = candidates.filter((c) => !slots.some((s) => s.id === c.id));
  const place = (i: number) => (i === 0 ? "the lead" : `top story ${i}`);

  const move = (from: number, to: number) => {
    const next = [...slots];
    const [story] = next.splice(from, 1);
    if (!story) return;
    next.splice(to, 0, story);
    setSlots(next);
    setAnnouncement(`${story.headline} is now ${place(to)}.`);
  };
  const remove = (i: number) => {
    const story = slots[i];
    setSlots(slots.filter((_, j) => j !== i));
    if (story) setAnnouncement(`${story.headline} removed.`);
  };
  // Stories already placed stay findable after a search changes the candidates.
  const add = () => {
    const story = candidates.find((c) => c.id === choice);
    if (!story || full) return;
    setSlots([...slots, story]);
    setChoice("");
    setAnnouncement(`${story.headline} added as ${place(slots.length)}.`);
  };
  const discard = () => {
    setSlots(saved);
    setAnnouncement("");
    router.refresh(); // brings someone else's newer arrangement, if there is one
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(() => dispatch({ storyIds: idsOf(slots), expected: idsOf(saved), edition }));
  };

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-6">
      <section aria-labelledby="arrangement-heading">
        <h2 id="arrangement-heading" className="text-lg font-bold">
          Lead and top stories
        </h2>
        {slots.length === 0 ? (
          <p className="mt-2 text-neutral-600 dark:text-neutral-400">
            Nothing arranged: the newest published story leads the home page and the next {max - 1} are the top stories.
          </p>
        ) : (
          <ol className="mt-2 divide-y divide-neutral-200 rounded border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
            {slots.map((story, i) => (
              <li key={story.id} className="flex flex-wrap items-center gap-3 px-3 py-2" data-testid="home-slot">
                <span className="w-24 shrink-0 text-xs font-bold uppercase tracking-wide text-accent">
                  {i === 0 ? "Lead" : `Top ${i}`}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="font-serif font-bold">{story.headline}</span>{" "}
                  <span className="text-sm text-neutral-500">{story.sectionName}</span>
                  {!story.live && (
                    <span className="ml-2 text-sm font-semibold text-red-700 dark:text-red-300">
                      No longer published: remove it before saving.
                    </span>
                  )}
                </span>
                <span className="flex gap-2">
                  <button
                    type="button"
                    className="btn-secondary"
                    onClick={() => move(i, i - 1)}
                    disabled={i === 0}
                    aria-label={`Move ${story.headline} up`}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    className="btn-secondary"
                    onClick={() => move(i, i + 1)}
                    disabled={i === slots.length - 1}
                    aria-label={`Move ${story.headline} down`}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    className="btn-secondary"
                    onClick={() => remove(i)}
                    aria-label={`Remove ${story.headline}`}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
        <p className="sr-only" role="status">
          {announcement}
        </p>
      </section>

      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="home-search" className="block text-sm font-semibold">
            Find a published story
          </label>
          <input
            id="home-search"
            type="search"
            className="input mt-1"
            value={search}
            placeholder="Words from the headline"
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault(); // not the arrangement's Save
                find();
              }
            }}
          />
        </div>
        <button type="button" className="btn-secondary" onClick={find}>
          Search
        </button>
      </div>

      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="home-add" className="block text-sm font-semibold">
            Add a published story
          </label>
          <select
            id="home-add"
            className="input mt-1"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            disabled={full}
          >
            <option value="">
              {full
                ? `The home page is full (${max} stories): remove one first`
                : query
                  ? available.length
                    ? `Choose one of the stories matching “${query}”…`
                    : `No published story matches “${query}”`
                  : "Choose one of the newest stories…"}
            </option>
            {available.map((c) => (
              <option key={c.id} value={c.id}>
                {c.headline}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn-secondary" onClick={add} disabled={!choice || full}>
          Add
        </button>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
        {(dirty || (state && !state.ok)) && (
          <button type="button" className="btn-secondary" onClick={discard} disabled={pending}>
            Discard changes and reload
          </button>
        )}
        {dirty && !pending && <span className="text-sm text-neutral-600 dark:text-neutral-400">Unsaved changes</span>}
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
