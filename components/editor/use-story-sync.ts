"use client";
// Autosave with a visible state, a copy of every keystroke on the device, and conflict detection.
// Nothing typed is lost: every change goes to localStorage at once, synchronously, then to the
// server after a pause in typing — and at least every AUTOSAVE_MAX_WAIT_MS while typing goes on.
import { useCallback, useEffect, useRef, useState } from "react";
import type { StorySnapshot } from "@/db/schema";
import { withoutProblems } from "@/lib/stories/fields";
import { call, type ApiFailure } from "./api";
import { clearLocalCopy, localCopyKey, writeLocalCopy, type LocalCopy } from "./local-copy";

export const AUTOSAVE_DELAY_MS = 1_500;
/** Continuous typing never pauses for AUTOSAVE_DELAY_MS; this caps how long the server waits (issue 12: 71 s unsaved). */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;
/** Back-off between retries of a save the server or a proxy failed with 5xx (or 429). */
export const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 16_000, 30_000];
/** 503: the database is unreachable (a restart takes seconds); retried at this pace so the text is saved soon after it is back. */
export const DATABASE_RETRY_MS = 3_000;

export type SyncState =
  "saved" | "partial" | "dirty" | "saving" | "offline" | "retrying" | "signedOut" | "conflict" | "error" | "stopped";
export type Conflict = NonNullable<ApiFailure["current"]> & { base: StorySnapshot };

type Options = {
  storyId: string;
  version: number;
  fields: StorySnapshot;
  tabId: string;
  beforeSave?: () => void;
};

export function useStorySync({ storyId, version: initialVersion, fields, tabId, beforeSave }: Options) {
  const [state, setState] = useState<SyncState>("saved");
  const [error, setError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pendingLive, setPendingLive] = useState(false);
  const [retryIn, setRetryIn] = useState<number | null>(null);
  const version = useRef(initialVersion);
  const latest = useRef(fields);
  // What the server holds, as far as this tab knows: the base of a conflict and of a partial save.
  const base = useRef(fields);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const pendingSince = useRef<number | null>(null);
  const attempts = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const storageKey = localCopyKey(storyId);
  const retry = useRef<(kind: "autosave" | "save") => void>(() => {});
  const beforeSaveRef = useRef(beforeSave);
  useEffect(() => {
    beforeSaveRef.current = beforeSave;
  });

  const keepOnDevice = useCallback(
    (refused?: string) =>
      writeLocalCopy(storageKey, {
        baseVersion: version.current,
        fields: latest.current,
        at: Date.now(),
        base: base.current,
        ...(refused ? { refused } : {}),
      }),
    [storageKey],
  );

  const save = useCallback(
    async (kind: "autosave" | "save" = "autosave"): Promise<boolean> => {
      beforeSaveRef.current?.(); // pull in edits the body editor has not handed over yet
      clearTimeout(timer.current);
      if (stopped.current) return false;
      if (inFlight.current) await inFlight.current;
      if (!dirty.current && kind === "autosave") return true;
      // One bad field (a 512-character headline) must not hold back the rest: it is sent as last
      // saved, stays in the editor and on the device, and is marked with its limit (issue 12).
      const { send, problems } = withoutProblems(latest.current, base.current);
      const complete = Object.keys(problems).length === 0;
      setLocalErrors(problems);
      dirty.current = false;
      pendingSince.current = null;
      setState("saving");
      const run = (async () => {
        const r = await call<{ version: number; pending: boolean }>(`/api/stories/${storyId}`, "PUT", {
          version: version.current,
          kind,
          tabId,
          fields: send,
        });
        if (r.ok) {
          version.current = r.version;
          base.current = send;
          attempts.current = 0;
          setRetryIn(null);
          setPendingLive(r.pending);
          setServerErrors({});
          setError(null);
          // Whatever the device still holds is now based on this version: a reopened tab must not
          // mistake the tab's own save for someone else's.
          if (!dirty.current && complete) clearLocalCopy(storageKey);
          else keepOnDevice();
          setState(dirty.current ? "dirty" : complete ? "saved" : "partial");
          return true;
        }
        dirty.current = true;
        if (r.status === 0) setState("offline");
        else if (r.status === 401) {
          // Signed out (the session expired): the words stay on this device; signing in again
          // returns to this story, which offers them back.
          setState("signedOut");
        } else if (r.status >= 500 || r.status === 429) {
          const delay =
            r.status === 503
              ? DATABASE_RETRY_MS
              : RETRY_DELAYS_MS[Math.min(attempts.current, RETRY_DELAYS_MS.length - 1)]!;
          attempts.current += 1;
          setRetryIn(delay);
          setError(r.error);
          setState("retrying");
          clearTimeout(timer.current);
          timer.current = setTimeout(() => retry.current(kind), delay);
        } else if (r.status === 409 && r.current) {
          setConflict({ ...r.current, base: base.current });
          setState("conflict");
        } else if (r.status === 409 || r.status === 403 || r.status === 404) {
          // A right that ended mid-edit (published, sent back, moved out of the desk's sections):
          // the words stay on this device with the text they were based on and the reason, so the
          // editor shows them now and offers them again after a reload (issue 19, item 14).
          const why = refusalReason(r.status, r.error);
          keepOnDevice(why);
          setError(why);
          stopped.current = true;
          setState("stopped");
        } else {
          setError(r.error);
          setServerErrors(r.fieldErrors ?? {});
          setState("error");
        }
        return false;
      })();
      inFlight.current = run;
      try {
        return await run;
      } finally {
        inFlight.current = null;
      }
    },
    [storyId, tabId, storageKey, keepOnDevice],
  );

  useEffect(() => {
    retry.current = (kind) => void save(kind);
  }, [save]);

  /** Send after a pause in typing, but never later than AUTOSAVE_MAX_WAIT_MS after the first unsent edit. */
  const schedule = useCallback(() => {
    const now = Date.now();
    pendingSince.current ??= now;
    clearTimeout(timer.current);
    const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, pendingSince.current + AUTOSAVE_MAX_WAIT_MS - now));
    timer.current = setTimeout(() => void save(), wait);
  }, [save]);

  const marked = useCallback(
    () =>
      setState((s) =>
        s === "conflict" || s === "stopped" || s === "offline" || s === "signedOut" || s === "retrying" ? s : "dirty",
      ),
    [],
  );

  /** Called on every edit with the fields that changed: on this device at once, to the server soon. */
  const change = useCallback(
    (patch: Partial<StorySnapshot>) => {
      latest.current = { ...latest.current, ...patch };
      dirty.current = true;
      keepOnDevice();
      marked();
      if (!stopped.current) schedule();
    },
    [keepOnDevice, marked, schedule],
  );

  // Back online, or periodically while offline: send what was kept.
  useEffect(() => {
    if (state !== "offline") return;
    const retry = () => void save();
    window.addEventListener("online", retry);
    const id = setInterval(retry, 10_000);
    return () => {
      window.removeEventListener("online", retry);
      clearInterval(id);
    };
  }, [state, save]);

  // Warn before closing the tab with work the server does not have yet.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  /** Conflict resolved by the person: continue from `v`, optionally saving `mine` over it. */
  const resolve = useCallback(
    async (v: number, theirs: StorySnapshot, mine?: StorySnapshot) => {
      version.current = v;
      base.current = theirs;
      setConflict(null);
      if (mine) {
        latest.current = mine;
        dirty.current = true;
        keepOnDevice();
        await save("save");
      } else {
        latest.current = theirs;
        dirty.current = false;
        clearLocalCopy(storageKey);
        setState("saved");
      }
    },
    [save, storageKey, keepOnDevice],
  );

  /**
   * Continue from work this device kept. Saved against the version it was based on, so if the
   * story moved on since, the person gets the conflict view rather than an overwrite; with no
   * known common base, "Keep both" then keeps every paragraph of both.
   */
  const restore = (copy: LocalCopy, server: StorySnapshot, serverVersion: number) => {
    base.current = copy.baseVersion === serverVersion ? server : { ...server, body: { type: "doc", content: [] } };
    version.current = copy.baseVersion;
    change(copy.fields);
  };

  const setVersion = (v: number) => (version.current = v);
  /** After a transition wrote the story: the server holds `f` (e.g. with the slug it was given). */
  const settled = (v: number, f?: StorySnapshot) => {
    version.current = v;
    if (f) base.current = latest.current = f;
  };
  const stop = (message: string) => {
    clearTimeout(timer.current);
    if (dirty.current) keepOnDevice(message);
    stopped.current = true;
    setError(message);
    setState("stopped");
  };

  return {
    state,
    error,
    retryIn,
    fieldErrors: { ...serverErrors, ...localErrors },
    setFieldErrors: setServerErrors,
    conflict,
    pendingLive,
    setPendingLive,
    change,
    save,
    resolve,
    version,
    setVersion,
    settled,
    restore,
    stop,
    storageKey,
    /** Whether this tab has words the server has not accepted. */
    unsaved: () => dirty.current || Object.keys(localErrors).length > 0,
    /** The server's copy as this tab last knew it, and the tab's own. */
    base,
    latest,
  };
}

/**
 * What the person is told when the server stops taking their saves. A 404 here means the story
 * left their reach after they opened it (sent back to someone else's draft, moved to another
 * desk) as often as it means deleted, so the message says both.
 */
export function refusalReason(status: number, serverMessage: string): string {
  if (status === 404)
    return "This story is no longer open to you: it was sent back to its reporter, moved to another desk, or deleted.";
  return serverMessage;
}
