"use client";
import { DeskLink } from "@/components/dashboard/desk-link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EditorOptions, EditorStory } from "@/db/queries/editor";
import type { Role, StorySnapshot, StoryStatus } from "@/db/schema";
import type { Json, TransitionAnswer } from "@/lib/api/story-answers";
import { readingMinutes } from "@/lib/reading-time";
import { plainText, wordCount } from "@/lib/rich-text/words";
import { can } from "@/lib/permissions";
import { slugify } from "@/lib/slug";
import { formatTimestamp } from "@/lib/time";
import { availableActions, canEditContent, STATE_LABELS, type WorkflowAction } from "@/lib/workflow";
import { call } from "./api";
import { EDITIONS } from "@/lib/editions";
import { publicPath } from "@/lib/routes";
import { BodyEditor } from "./body-editor";
import { ConflictView } from "./conflict-view";
import { CorrectionsPanel } from "./corrections-panel";
import { FeaturedImageField } from "./featured-image";
import { MetaFields, typedBeforeHydration } from "./meta-fields";
import { NotesPanel, type Note } from "./notes-panel";
import { randomUuid } from "@/lib/uuid";
import { usePresence } from "./use-presence";
import { useStorySync, type SyncState } from "./use-story-sync";
import { ChecklistPanel } from "./checklist-panel";
import { TimersPanel } from "./timers-panel";
import { WorkflowBar } from "./workflow-bar";
import { clearLocalCopy, readLocalCopy, type LocalCopy } from "./local-copy";
import { PresenceNotice } from "./presence-notice";
import { PreviewButton } from "./preview-button";
import { SocialFields } from "./social-fields";
import { RestorePrompt } from "./restore-prompt";
import { UnsavedPanel } from "./unsaved-panel";
import { KeptCopy } from "./kept-copy";
import { OvertakenNotice } from "./overtaken-notice";
import { unreachedText } from "./unreached-text";
import { differences, mergeSnapshots } from "@/lib/stories/merge";

const BAD_STATES = new Set<SyncState>(["retrying", "signedOut", "conflict", "error", "stopped", "partial"]);

type Props = {
  story: EditorStory;
  options: EditorOptions;
  notes: Note[];
  actor: { id: string; role: Role; name: string; sectionIds: string[] };
  timeZone: string;
  locale: string;
};

const SYNC_TEXT: Record<SyncState, string> = {
  saved: "Saved",
  partial: "Saved, except the fields marked below",
  dirty: "Unsaved changes",
  saving: "Saving…",
  offline: "Offline — changes kept on this device",
  retrying: "Not saved: the server did not answer — retrying",
  signedOut: "Not saved: you are signed out — changes kept on this device",
  conflict: "Not saved: someone else saved first",
  error: "Not saved",
  stopped: "Saving stopped",
};

type Message = { kind: "done" | "error"; text: string };

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
  const [message, setMessage] = useState<Message | null>(null);
  const [takenOverBy, setTakenOverBy] = useState<string | null>(null);
  // Work this device kept from an earlier visit, offered back before anything else is typed.
  const [offer, setOffer] = useState<LocalCopy | null>(null);
  const ref = {
    status,
    createdById: story.createdById,
    sectionId: story.sectionId,
    firstPublishedAt: story.firstPublishedAt ? new Date(story.firstPublishedAt) : null,
  };
  const canEdit = canEditContent(actor, ref);
  const editable = canEdit && !takenOverBy && !offer;
  const flushBody = useRef<(() => void) | null>(null);
  const sync = useStorySync({
    storyId: story.id,
    version: story.version,
    fields,
    tabId,
    beforeSave: () => flushBody.current?.(),
  });
  const onTakenOver = useCallback((by: string) => setTakenOverBy(by), []);
  const { presence, takeOver } = usePresence(story.id, tabId, onTakenOver);
  const text = useMemo(() => plainText(fields.body), [fields.body]);
  // A heartbeat's version past the one this tab saved or read: someone saved over it (issue 19).
  const overtaken =
    canEdit &&
    !busy &&
    presence.version !== undefined &&
    presence.version > sync.version.current &&
    (sync.state === "saved" || sync.state === "dirty" || sync.state === "partial");
  const words = wordCount(text);

  useEffect(() => {
    if (takenOverBy) sync.stop(`${takenOverBy} took over this story. Your changes here are no longer saved.`);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stop once when taken over
  }, [takenOverBy]);

  // A story just made with New story starts at its headline, not at the top of the page (issue 19).
  useEffect(() => {
    if (canEdit && story.version === 1 && !story.snapshot.headline && !text.trim())
      document.getElementById("headline")?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on open
  }, []);

  const update = (patch: Partial<StorySnapshot>) => {
    const next = { ...patch };
    if (patch.headline !== undefined && slugAuto) next.slug = slugify(patch.headline) || fields.slug;
    setFields((f) => ({ ...f, ...next }));
    sync.change(next);
  };

  // Unsent work from an earlier visit (a closed tab, offline, a lost session) is offered back.
  useEffect(() => {
    if (!canEdit) return;
    const kept = readLocalCopy(sync.storageKey);
    // Written since this page began loading: this page's own typing, not an earlier visit's. A
    // keystroke that lands while the page hydrates is handled (and kept) before this effect runs;
    // offering it back would lock the form the reporter is typing in.
    if (kept && kept.at < performance.timeOrigin) {
      if (differences(story.snapshot, kept.fields).fields.length > 0) {
        // localStorage exists only after hydration, so the offer has to be made in an effect.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        return setOffer(kept);
      }
      clearLocalCopy(sync.storageKey);
    }
    // Typed before the page's script ran (a slow phone): the browser shows it in the field, but
    // React's state, and so every save, still held the server's text (the headline of a story was
    // saved empty). Taken in here as if typed now. Not while an earlier visit's copy is offered:
    // taking it in would write over that copy on the device.
    const typed = typedBeforeHydration(fields);
    if (typed) update(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on open
  }, []);

  const restoreOffer = () => {
    if (!offer) return;
    sync.restore(offer, story.snapshot, story.version);
    setFields(offer.fields);
    setBodyKey((k) => k + 1);
    setOffer(null);
    setMessage({ kind: "done", text: "Your unsaved changes were restored and are being saved." });
  };
  const discardOffer = () => {
    clearLocalCopy(sync.storageKey);
    setOffer(null);
  };

  const run = async (action: WorkflowAction, extra: { note?: string; scheduledFor?: string } = {}) => {
    setBusy(true);
    setMessage(null);
    if (editable && !(await sync.save("save"))) return setBusy(false);
    const r = await call<Json<TransitionAnswer>>(`/api/stories/${story.id}/transition`, "POST", {
      action,
      version: sync.version.current,
      ...extra,
    });
    setBusy(false);
    if (!r.ok) {
      sync.setFieldErrors(r.fieldErrors ?? {});
      return setMessage({
        kind: "error",
        text: r.status === 0 ? "You are offline; nothing was changed. Try again when you are back online." : r.error,
      });
    }
    if (r.status === null) return router.push("/dashboard/stories");
    let done = `Done: the story is now ${STATE_LABELS[r.status].toLowerCase()}.`;
    if (r.slug) {
      // Another live story held the slug; the server chose the first free one (issue 12).
      done += ` Another story already used “${fields.slug}”, so its address ends in “${r.slug}”.`;
      const moved = { ...sync.latest.current, slug: r.slug };
      setFields(moved);
      setSlugAuto(false);
      sync.settled(r.version!, moved);
    } else sync.settled(r.version!);
    sync.setPendingLive(false);
    setStatus(r.status);
    const missed = unreachedText(r.unreachedMentions);
    if (missed) done += ` ${missed}`;
    setMessage({ kind: "done", text: done });
    router.refresh();
  };

  const err = sync.fieldErrors;
  const section = options.sections.find((s) => s.id === fields.sectionId);
  // The story's language follows its section's edition: headline, standfirst and body carry it,
  // so the browser checks Bangla spelling in a Bangla story.
  const lang = section ? EDITIONS[section.edition].language : undefined;
  const actions = takenOverBy ? [] : availableActions(actor, ref, fields.sectionId);
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
            className={`text-sm ${canEdit && BAD_STATES.has(sync.state) ? "font-semibold text-red-700 dark:text-red-300" : "text-neutral-600 dark:text-neutral-400"}`}
            data-testid="save-state"
          >
            {overtaken ? "Not the latest: someone saved a newer version" : canEdit ? SYNC_TEXT[sync.state] : "Saved"}
            {canEdit &&
              sync.state === "retrying" &&
              sync.retryIn !== null &&
              ` in ${Math.round(sync.retryIn / 1000)} s`}
          </span>
          {canEdit && sync.state === "signedOut" && (
            <a
              href={`/login?callbackUrl=${encodeURIComponent(`/dashboard/stories/${story.id}`)}`}
              className="text-sm font-semibold underline"
            >
              Sign in again to save
            </a>
          )}
          <span className="text-sm text-neutral-600 dark:text-neutral-400">
            {words.toLocaleString(locale)} words · {readingMinutes(text)} min read
          </span>
          <DeskLink href={`/dashboard/stories/${story.id}/history`} className="text-sm underline">
            History
          </DeskLink>
          <PreviewButton
            storyId={story.id}
            save={() => (canEdit ? sync.save("autosave") : Promise.resolve(true))}
            version={() => sync.version.current}
          />
          {status === "published" && section && (
            <a
              href={publicPath.story({ edition: section.edition, sectionSlug: section.slug, slug: fields.slug })}
              className="text-sm underline"
            >
              View on site
            </a>
          )}
        </div>
        <PresenceNotice presence={presence} canTakeOver={can(actor, "story.editLive")} takeOver={takeOver} />
        {overtaken && <OvertakenNotice storyId={story.id} unsaved={sync.unsaved()} />}
        {(sync.pendingLive || story.hasPendingChanges) && status === "published" && (
          <p className="rounded bg-amber-50 p-2 text-sm dark:bg-amber-950">
            This story is live. Your edits are saved but not public until you press Update.
          </p>
        )}
        {story.scheduledFor && status === "scheduled" && (
          <p className="text-sm">Scheduled for {formatTimestamp(new Date(story.scheduledFor), timeZone, locale)}.</p>
        )}
        {offer && (
          <RestorePrompt
            server={story.snapshot}
            local={offer.fields}
            at={offer.at}
            timeZone={timeZone}
            locale={locale}
            onRestore={restoreOffer}
            onDiscard={discardOffer}
          />
        )}
        {(takenOverBy || sync.state === "stopped") && sync.unsaved() && (
          <UnsavedPanel
            saved={sync.base.current}
            mine={sync.latest.current}
            reason={
              takenOverBy
                ? `${takenOverBy} took over this story and the server refused your last changes.`
                : "The server refused your last changes."
            }
          />
        )}
        {!canEdit && <KeptCopy storageKey={sync.storageKey} server={story.snapshot} />}
        {sync.error && (
          <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
            {sync.error}
          </p>
        )}
        {message && !sync.error && (
          <p
            role={message.kind === "error" ? "alert" : "status"}
            className={`rounded p-2 text-sm ${message.kind === "error" ? "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100" : "bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100"}`}
          >
            {message.text}
          </p>
        )}
        {sync.conflict && (
          <ConflictView
            base={sync.conflict.base}
            mine={sync.latest.current}
            theirs={sync.conflict.snapshot}
            savedBy={sync.conflict.savedBy}
            onKeepBoth={() => {
              const both = mergeSnapshots(sync.conflict!.base, sync.latest.current, sync.conflict!.snapshot);
              setFields(both);
              setBodyKey((k) => k + 1);
              void sync.resolve(sync.conflict!.version, sync.conflict!.snapshot, both);
            }}
            onKeepMine={() => void sync.resolve(sync.conflict!.version, sync.conflict!.snapshot, sync.latest.current)}
            onTakeTheirs={() => {
              setFields(sync.conflict!.snapshot);
              setBodyKey((k) => k + 1);
              void sync.resolve(sync.conflict!.version, sync.conflict!.snapshot);
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
          lang={lang}
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
            lang={lang}
            onEdit={(body) => sync.change({ body })}
            onChange={(body) => setFields((f) => ({ ...f, body }))}
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
        <SocialFields fields={fields} errors={err} editable={editable} update={update} />
      </div>
      <aside className="space-y-4">
        <WorkflowBar
          actions={actions}
          status={status}
          timeZone={timeZone}
          locale={locale}
          busy={busy}
          fieldErrors={err}
          run={run}
        />
        {status !== "unpublished" && (
          <ChecklistPanel
            storyId={story.id}
            headline={fields.headline}
            standfirst={fields.standfirst}
            words={words}
            hasPhoto={fields.featuredImageId !== null}
            mayClearLegal={can(actor, "story.publish", { ownerId: story.createdById, sectionId: story.sectionId })}
          />
        )}
        {status === "published" && (actions.includes("update") || actions.includes("unpublish")) && (
          <TimersPanel
            storyId={story.id}
            kinds={(["update", "unpublish"] as const).filter((k) => actions.includes(k))}
            timeZone={timeZone}
            locale={locale}
          />
        )}
        {status === "published" &&
          can(actor, "story.correct", { ownerId: story.createdById, sectionId: story.sectionId }) && (
            <CorrectionsPanel storyId={story.id} onAdded={(v) => sync.setVersion(v)} />
          )}
        <NotesPanel storyId={story.id} initial={notes} timeZone={timeZone} locale={locale} />
      </aside>
    </div>
  );
}
