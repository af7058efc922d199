"use client";
import { useState } from "react";
import type { EditorOptions } from "@/db/queries/editor";
import { EDITION_CODES, EDITIONS } from "@/lib/editions";
import type { StorySnapshot } from "@/db/schema";
import { FIELD_LIMITS, SEO_DESCRIPTION_HINT, SEO_TITLE_HINT } from "@/lib/stories/fields";
import { call } from "./api";

type Props = {
  fields: StorySnapshot;
  errors: Record<string, string>;
  editable: boolean;
  options: EditorOptions;
  update: (patch: Partial<StorySnapshot>) => void;
  onSlugEdit: () => void;
  part: "top" | "bottom";
  /** The story's language, for the headline and standfirst (the spell checker follows it). */
  lang?: string;
};

/** Characters used of a field's limit; past it, the field is marked and kept on this device only. */
function Counter({ id, value, limit }: { id: string; value: string; limit: number }) {
  const over = value.trim().length > limit;
  return (
    <p
      id={`${id}-count`}
      className={`text-xs ${over ? "font-semibold text-red-700 dark:text-red-300" : "text-neutral-500"}`}
    >
      {value.trim().length}/{limit} characters{over ? " — too long to save; shorten it and it saves again" : ""}
    </p>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
      {error}
    </p>
  ) : null;
}

const a11y = (id: string, error?: string, counted = false) => ({
  id,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": [counted ? `${id}-count` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined,
});

const authorLabel = (a: { name: string; staff: boolean }) => (a.staff ? a.name : `${a.name} (contributor)`);

/** Every story field but the body. "top" is headline and standfirst; "bottom" the rest. */
export function MetaFields({ fields, errors, editable, options, update, onSlugEdit, part, lang }: Props) {
  const [authors, setAuthors] = useState(options.authors);
  const [newContributor, setNewContributor] = useState("");
  const [contributorError, setContributorError] = useState<string | null>(null);
  const [bylineQuery, setBylineQuery] = useState("");
  const [bylineHint, setBylineHint] = useState("");
  if (part === "top") {
    return (
      <>
        <div>
          <label htmlFor="headline" className="block text-sm font-semibold">
            Headline
          </label>
          <input
            {...a11y("headline", errors.headline, true)}
            value={fields.headline}
            lang={lang}
            readOnly={!editable}
            onChange={(e) => update({ headline: e.target.value })}
            className="input mt-1 font-serif text-2xl font-bold"
          />
          <Counter id="headline" value={fields.headline} limit={FIELD_LIMITS.headline} />
          <FieldError id="headline" error={errors.headline} />
        </div>
        <div>
          <label htmlFor="standfirst" className="block text-sm font-semibold">
            Standfirst
          </label>
          <textarea
            {...a11y("standfirst", errors.standfirst, true)}
            value={fields.standfirst}
            lang={lang}
            readOnly={!editable}
            rows={2}
            onChange={(e) => update({ standfirst: e.target.value })}
            className="input mt-1"
          />
          <Counter id="standfirst" value={fields.standfirst} limit={FIELD_LIMITS.standfirst} />
          <FieldError id="standfirst" error={errors.standfirst} />
        </div>
      </>
    );
  }
  const byName = new Map(authors.map((a) => [a.id, a]));
  const addable = authors.filter((a) => !fields.authorIds.includes(a.id));
  const addByline = (id: string) => {
    update({ authorIds: [...fields.authorIds, id] });
    setBylineQuery("");
    setBylineHint(`${byName.get(id)?.name ?? "Byline"} added.`);
  };
  const move = (i: number, by: number) => {
    const ids = [...fields.authorIds];
    const [id] = ids.splice(i, 1);
    ids.splice(i + by, 0, id!);
    update({ authorIds: ids });
  };
  const addContributor = async () => {
    const r = await call<{ id: string; name: string; existing: boolean }>("/api/authors", "POST", {
      name: newContributor,
    });
    if (!r.ok) return setContributorError(r.error);
    // A name already in the list is that contributor, not a second one (issue 19).
    setAuthors((list) =>
      list.some((a) => a.id === r.id) ? list : [...list, { id: r.id, name: r.name, staff: false }],
    );
    if (!fields.authorIds.includes(r.id)) update({ authorIds: [...fields.authorIds, r.id] });
    setNewContributor("");
    setContributorError(null);
  };
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div>
        <label htmlFor="section" className="block text-sm font-semibold">
          Section
        </label>
        <select
          {...a11y("section", errors.sectionId)}
          value={fields.sectionId ?? ""}
          disabled={!editable}
          onChange={(e) => update({ sectionId: e.target.value || null })}
          className="input mt-1"
        >
          <option value="">Choose a section</option>
          {EDITION_CODES.map((edition) => {
            const own = options.sections.filter((s) => s.edition === edition);
            // Grouped by edition: the section a story is filed in decides its edition.
            return own.length ? (
              <optgroup key={edition} label={EDITIONS[edition].name}>
                {own.map((s) => (
                  <option key={s.id} value={s.id} lang={EDITIONS[edition].language}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
        <FieldError id="section" error={errors.sectionId} />
      </div>
      <div>
        <label htmlFor="slug" className="block text-sm font-semibold">
          Slug
        </label>
        <input
          {...a11y("slug", errors.slug)}
          value={fields.slug}
          readOnly={!editable}
          onChange={(e) => {
            onSlugEdit();
            update({ slug: e.target.value });
          }}
          className="input mt-1 font-mono text-sm"
        />
        <FieldError id="slug" error={errors.slug} />
      </div>
      <fieldset className="md:col-span-2" aria-describedby={errors.authorIds ? "bylines-error" : undefined}>
        <legend className="text-sm font-semibold">Bylines</legend>
        <ol className="mt-1 space-y-1">
          {fields.authorIds.map((id, i) => (
            <li key={id} className="flex items-center gap-2 text-sm">
              <span className="min-w-40">
                {byName.get(id)?.name ?? "Unknown author"}
                {byName.get(id)?.staff === false ? " (contributor)" : ""}
              </span>
              {editable && (
                <>
                  <button
                    type="button"
                    className="btn-secondary"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={`Move ${byName.get(id)?.name} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn-secondary"
                    disabled={i === fields.authorIds.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`Move ${byName.get(id)?.name} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="btn-secondary"
                    onClick={() => update({ authorIds: fields.authorIds.filter((a) => a !== id) })}
                    aria-label={`Remove ${byName.get(id)?.name}`}
                  >
                    Remove
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
        {editable && (
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <label htmlFor="add-byline" className="sr-only">
              Add a byline
            </label>
            {/* Type-ahead over every author (a long select had none): a text box with the browser's own list. */}
            <input
              id="add-byline"
              list="byline-options"
              value={bylineQuery}
              placeholder="Add a byline: type a name…"
              autoComplete="off"
              onChange={(e) => {
                setBylineQuery(e.target.value);
                // A pick from the list adds at once; typing a name that is a prefix of another does not.
                const native = e.nativeEvent as InputEvent;
                const picked = !native.inputType || native.inputType === "insertReplacementText";
                const match = addable.find((a) => authorLabel(a) === e.target.value);
                if (picked && match) addByline(match.id);
              }}
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                const q = bylineQuery.trim().toLowerCase();
                const hits = addable.filter((a) => authorLabel(a).toLowerCase().includes(q));
                if (q && hits.length === 1) addByline(hits[0]!.id);
                else setBylineHint(hits.length ? "Several names match: keep typing." : "No author by that name.");
              }}
              aria-describedby="byline-hint"
              className="input w-64 py-1 text-sm"
            />
            <datalist id="byline-options">
              {addable.map((a) => (
                <option key={a.id} value={authorLabel(a)} />
              ))}
            </datalist>
            <span id="byline-hint" role="status" className="text-sm">
              {bylineHint}
            </span>
            <label htmlFor="new-contributor" className="sr-only">
              New contributor name
            </label>
            <input
              id="new-contributor"
              value={newContributor}
              onChange={(e) => setNewContributor(e.target.value)}
              placeholder="New contributor name"
              className="input w-56 py-1 text-sm"
            />
            <button type="button" className="btn-secondary" disabled={!newContributor.trim()} onClick={addContributor}>
              Add contributor
            </button>
            {contributorError && (
              <span role="alert" className="text-sm text-red-700">
                {contributorError}
              </span>
            )}
          </div>
        )}
        {errors.authorIds && (
          <p id="bylines-error" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {errors.authorIds}
          </p>
        )}
      </fieldset>
      <fieldset className="md:col-span-2">
        <legend className="text-sm font-semibold">Topics</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {options.topics.map((t) => (
            <label key={t.id} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                disabled={!editable}
                checked={fields.topicIds.includes(t.id)}
                onChange={(e) =>
                  update({
                    topicIds: e.target.checked ? [...fields.topicIds, t.id] : fields.topicIds.filter((x) => x !== t.id),
                  })
                }
              />
              {t.name}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input
          type="checkbox"
          checked={fields.breaking}
          disabled={!editable}
          onChange={(e) => update({ breaking: e.target.checked })}
        />
        Breaking
      </label>
      <div className="md:col-span-2">
        <label htmlFor="seo-title" className="block text-sm font-semibold">
          SEO title
        </label>
        <input
          {...a11y("seo-title", errors.seoTitle)}
          value={fields.seoTitle}
          readOnly={!editable}
          onChange={(e) => update({ seoTitle: e.target.value })}
          className="input mt-1"
          aria-describedby="seo-title-hint"
        />
        <p
          id="seo-title-hint"
          className={`text-xs ${fields.seoTitle.length > SEO_TITLE_HINT ? "text-amber-700" : "text-neutral-500"}`}
        >
          {fields.seoTitle.length}/{SEO_TITLE_HINT} characters — search results cut longer titles. Empty uses the
          headline.
        </p>
        <FieldError id="seo-title" error={errors.seoTitle} />
      </div>
      <div className="md:col-span-2">
        <label htmlFor="seo-description" className="block text-sm font-semibold">
          SEO description
        </label>
        <textarea
          {...a11y("seo-description", errors.seoDescription)}
          value={fields.seoDescription}
          readOnly={!editable}
          rows={2}
          onChange={(e) => update({ seoDescription: e.target.value })}
          className="input mt-1"
          aria-describedby="seo-description-hint"
        />
        <p
          id="seo-description-hint"
          className={`text-xs ${fields.seoDescription.length > SEO_DESCRIPTION_HINT ? "text-amber-700" : "text-neutral-500"}`}
        >
          {fields.seoDescription.length}/{SEO_DESCRIPTION_HINT} characters. Empty uses the standfirst.
        </p>
        <FieldError id="seo-description" error={errors.seoDescription} />
      </div>
    </div>
  );
}

/** The story's text fields by the id of their input in MetaFields' form. */
const TEXT_FIELD_IDS = {
  headline: "headline",
  standfirst: "standfirst",
  slug: "slug",
  "seo-title": "seoTitle",
  "seo-description": "seoDescription",
} as const satisfies Record<string, keyof StorySnapshot>;

/**
 * What MetaFields' text inputs show that `fields` does not: typed before the page's script ran
 * (StoryEditor takes it in on open). Null when nothing.
 */
export function typedBeforeHydration(fields: StorySnapshot): Partial<StorySnapshot> | null {
  const typed: Partial<Record<keyof StorySnapshot, string>> = {};
  for (const [id, key] of Object.entries(TEXT_FIELD_IDS)) {
    const el = document.getElementById(id);
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) continue;
    if (el.value !== String(fields[key] ?? "")) typed[key] = el.value;
  }
  return Object.keys(typed).length ? (typed as Partial<StorySnapshot>) : null;
}
