"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EditorOptions, EditorStory } from "@/db/queries/editor";
import type { Role, StorySnapshot, StoryStatus } from "@/db/schema";
import { plainText, readingMinutes, wordCount } from "@/lib/rich-text/words";
import { slugify } from "@/lib/slug";
import { formatTimestamp } from "@/lib/time";
import { availableActions, canEditContent, STATE_LABELS, type WorkflowAction } from "@/lib/workflow";
import { call } from "./api";
import { BodyEditor } from "./body-editor";
import { ConflictView } from "./conflict-view";
import { CorrectionsPanel } from "./corrections-panel";
import { FeaturedImageField } from "./featured-image";
import { MetaFields } from "./meta-fields";
import { NotesPanel, type Note } from "./notes-panel";
import { randomUuid } from "@/lib/uuid";
import { usePresence } from "./use-presence";
import { useStorySync, type SyncState } from "./use-story-sync";
import { WorkflowBar } from "./workflow-bar";

type Props = {
  story: EditorStory;
  options: EditorOptions;
  notes: Note[];
  actor: { id: string; role: Role; name: string };
  timeZone: string;
  locale: string;
};

const SYNC_TEXT: Record<SyncState, string> = {
  saved: "Saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  offline: "Offline — changes kept on this device",
  conflict: "Not saved: someone else saved first",
  error: "Not saved",
  stopped: "Saving stopped",
};

export function StoryEditor({ story, options, notes, actor, timeZone, locale }: Props) {
  const router = useRouter();
  const [tabId] = useState(() => randomUuid());
  const [status, setStatus] = useState<StoryStatus>(story.status);
  const [fields, setFields] = useState<StorySnapshot>(story.snapshot);
  const [bodyKey, setBodyKey] = useState(0); // remounts the body editor when its content is replaced
  const [slugAuto, setSlugAuto] = useState(
    () => story.snapshot.slug.startsWith("untitled-") || story.snapshot.slug === slugify(story.snapshot.headline),
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [takenOverBy, setTakenOverBy] = useState<string | null>(null);
  const ref = {
    status,
    createdById: story.createdById,
    firstPublishedAt: story.firstPublishedAt ? new Date(story.firstPublishedAt) : null,
  };
  const editable = canEditContent(actor, ref) && !takenOverBy;
  const flushBody = useRef<(() => void) | null>(null);
  const sync = useStorySync({
    storyId: story.id,
    version: story.version,
    fields,
    editable,
    tabId,
    beforeSave: () => flushBody.current?.(),
  });
  const onTakenOver = useCallback((by: string) => setTakenOverBy(by), []);
  const { presence, takeOver } = usePresence(story.id, tabId, onTakenOver);
  const text = useMemo(() => plainText(fields.body), [fields.body]);
  const words = wordCount(text);

  useEffect(() => {
    if (takenOverBy)
      sync.stop(
        `${takenOverBy} took over this story. Your changes here are no longer saved; copy out anything you need.`,
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stop once when taken over
  }, [takenOverBy]);

  // Unsent work from an earlier visit (offline, or a closed tab) comes back and is sent now.
  useEffect(() => {
    const kept = localStorage.getItem(sync.storageKey);
    if (!kept || !editable) return;
    try {
      const { baseVersion, fields: saved } = JSON.parse(kept) as { baseVersion: number; fields: StorySnapshot };
      if (JSON.stringify(saved) === JSON.stringify(story.snapshot)) return localStorage.removeItem(sync.storageKey);
      sync.setVersion(baseVersion);
      // localStorage exists only after hydration, so this restore has to happen in an effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFields(saved);
      setBodyKey((k) => k + 1);
      setMessage("Unsaved changes from this device were restored.");
      sync.change(saved);
    } catch {
      localStorage.removeItem(sync.storageKey);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on open
  }, []);

  const update = (patch: Partial<StorySnapshot>) => {
    const next = { ...fields, ...patch };
    if (patch.headline !== undefined && slugAuto) next.slug = slugify(patch.headline) || fields.slug;
    setFields(next);
    sync.change(next);
  };

  const run = async (action: WorkflowAction, extra: { note?: string; scheduledFor?: string } = {}) => {
    setBusy(true);
    setMessage(null);
    if (editable && !(await sync.save("save"))) return setBusy(false);
    const r = await call<{ status: StoryStatus | null; version: number | null }>(
      `/api/stories/${story.id}/transition`,
      "POST",
      { action, version: sync.version.current, ...extra },
    );
    setBusy(false);
    if (!r.ok) {
      sync.setFieldErrors(r.fieldErrors ?? {});
      return setMessage(
        r.status === 0 ? "You are offline; nothing was changed. Try again when you are back online." : r.error,
      );
    }
    if (r.status === null) return router.push("/dashboard/stories");
    sync.setVersion(r.version!);
    sync.setPendingLive(false);
    setStatus(r.status);
    setMessage(`Done: the story is now ${STATE_LABELS[r.status].toLowerCase()}.`);
    router.refresh();
  };

  const err = sync.fieldErrors;
  const section = options.sections.find((s) => s.id === fields.sectionId);
  const actions = takenOverBy ? [] : availableActions(actor, ref);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <span
            className="rounded bg-neutral-200 px-2 py-0.5 text-sm font-semibold dark:bg-neutral-800"
            data-testid="story-status"
          >
            {STATE_LABELS[status]}
          </span>
          {story.publishedLate && (
            <span className="rounded bg-amber-200 px-2 py-0.5 text-sm font-semibold text-amber-900">
              Published late
            </span>
          )}
          <span
            role="status"
            aria-live="polite"
            className="text-sm text-neutral-600 dark:text-neutral-400"
            data-testid="save-state"
          >
            {SYNC_TEXT[sync.state]}
          </span>
          <span className="text-sm text-neutral-600 dark:text-neutral-400">
            {words.toLocaleString(locale)} words · {readingMinutes(words)} min read
          </span>
          <Link href={`/dashboard/stories/${story.id}/history`} className="text-sm underline">
            History
          </Link>
          {status === "published" && section && (
            <a href={`/${section.slug}/${fields.slug}`} className="text-sm underline">
              View on site
            </a>
          )}
        </div>
        {presence.state === "other" && !presence.sameUser && (
          <p role="status" className="rounded bg-blue-50 p-2 text-sm dark:bg-blue-950">
            {presence.holderName} is editing.{" "}
            {actor.role !== "reporter" && (
              <button type="button" className="underline" onClick={() => void takeOver()}>
                Take over
              </button>
            )}
          </p>
        )}
        {(sync.pendingLive || story.hasPendingChanges) && status === "published" && (
          <p className="rounded bg-amber-50 p-2 text-sm dark:bg-amber-950">
            This story is live. Your edits are saved but not public until you press Update.
          </p>
        )}
        {story.scheduledFor && status === "scheduled" && (
          <p className="text-sm">Scheduled for {formatTimestamp(new Date(story.scheduledFor), timeZone, locale)}.</p>
        )}
        {(sync.error || message) && (
          <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
            {sync.error ?? message}
          </p>
        )}
        {sync.conflict && (
          <ConflictView
            mine={fields}
            theirs={sync.conflict.snapshot}
            savedBy={sync.conflict.savedBy}
            onKeepMine={() => void sync.resolve(sync.conflict!.version, fields)}
            onTakeTheirs={() => {
              setFields(sync.conflict!.snapshot);
              setBodyKey((k) => k + 1);
              void sync.resolve(sync.conflict!.version);
            }}
          />
        )}
        <MetaFields
          fields={fields}
          errors={err}
          editable={editable}
          options={options}
          update={update}
          onSlugEdit={() => setSlugAuto(false)}
          part="top"
        />
        <FeaturedImageField
          value={fields.featuredImageId ?? null}
          editable={editable}
          error={err.featuredImageId}
          onChange={(featuredImageId) => update({ featuredImageId })}
        />
        <div>
          <span id="body-label" className="block text-sm font-semibold">
            Body
          </span>
          <BodyEditor
            key={bodyKey}
            initial={fields.body}
            editable={editable}
            invalid={!!err.body}
            onDirty={sync.touch}
            onChange={(body) => update({ body })}
            flushRef={flushBody}
          />
          {err.body && <p className="text-sm text-red-700 dark:text-red-300">{err.body}</p>}
        </div>
        <MetaFields
          fields={fields}
          errors={err}
          editable={editable}
          options={options}
          update={update}
          onSlugEdit={() => setSlugAuto(false)}
          part="bottom"
        />
      </div>
      <aside className="space-y-4">
        <WorkflowBar actions={actions} status={status} timeZone={timeZone} busy={busy} fieldErrors={err} run={run} />
        {status === "published" && actor.role !== "reporter" && (
          <CorrectionsPanel storyId={story.id} onAdded={(v) => sync.setVersion(v)} />
        )}
        <NotesPanel storyId={story.id} initial={notes} timeZone={timeZone} locale={locale} />
      </aside>
    </div>
  );
}
