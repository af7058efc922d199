"use client";
// Autosave with a visible state, an offline copy in the browser, and conflict detection.
// Nothing typed is lost: every change goes to localStorage first, then to the server.
import { useCallback, useEffect, useRef, useState } from "react";
import type { StorySnapshot } from "@/db/schema";
import { call, type ApiFailure } from "./api";

export const AUTOSAVE_DELAY_MS = 1_500;

export type SyncState = "saved" | "dirty" | "saving" | "offline" | "conflict" | "error" | "stopped";
export type Conflict = NonNullable<ApiFailure["current"]>;

type Options = {
  storyId: string;
  version: number;
  fields: StorySnapshot;
  editable: boolean;
  tabId: string;
  beforeSave?: () => void;
};

export function useStorySync({ storyId, version: initialVersion, fields, editable, tabId, beforeSave }: Options) {
  const [state, setState] = useState<SyncState>("saved");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pendingLive, setPendingLive] = useState(false);
  const version = useRef(initialVersion);
  const latest = useRef(fields);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const storageKey = `dateline:story:${storyId}`;
  const beforeSaveRef = useRef(beforeSave);
  useEffect(() => {
    beforeSaveRef.current = beforeSave;
  });

  const save = useCallback(
    async (kind: "autosave" | "save" = "autosave"): Promise<boolean> => {
      beforeSaveRef.current?.(); // pull in edits the body editor has not handed over yet
      clearTimeout(timer.current);
      if (inFlight.current) await inFlight.current;
      if (!dirty.current && kind === "autosave") return true;
      const sent = latest.current;
      dirty.current = false;
      setState("saving");
      const run = (async () => {
        const r = await call<{ version: number; pending: boolean }>(`/api/stories/${storyId}`, "PUT", {
          version: version.current,
          kind,
          tabId,
          fields: sent,
        });
        if (r.ok) {
          version.current = r.version;
          setPendingLive(r.pending);
          setFieldErrors({});
          setError(null);
          if (!dirty.current) localStorage.removeItem(storageKey);
          setState(dirty.current ? "dirty" : "saved");
          return true;
        }
        dirty.current = true;
        if (r.status === 0) setState("offline");
        else if (r.status === 409 && r.current) {
          setConflict(r.current);
          setState("conflict");
        } else if (r.status === 409 || r.status === 403 || r.status === 404) {
          setError(r.error);
          setState("stopped");
        } else {
          setError(r.error);
          setFieldErrors(r.fieldErrors ?? {});
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
    [storyId, tabId, storageKey],
  );

  /** Called on every edit: keep it on this device at once, send it after a pause. */
  const change = useCallback(
    (next: StorySnapshot) => {
      latest.current = next;
      dirty.current = true;
      try {
        localStorage.setItem(
          storageKey,
          JSON.stringify({ baseVersion: version.current, fields: next, at: Date.now() }),
        );
      } catch {
        // Storage full or disabled: the server save below still runs.
      }
      setState((s) => (s === "conflict" || s === "stopped" ? s : s === "offline" ? "offline" : "dirty"));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save, storageKey],
  );

  /** A cheap signal that something changed; the content follows through change(). */
  const touch = useCallback(() => {
    dirty.current = true;
    setState((s) => (s === "conflict" || s === "stopped" || s === "offline" ? s : "dirty"));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

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
    async (v: number, mine?: StorySnapshot) => {
      version.current = v;
      setConflict(null);
      if (mine) {
        latest.current = mine;
        dirty.current = true;
        await save("save");
      } else {
        dirty.current = false;
        localStorage.removeItem(storageKey);
        setState("saved");
      }
    },
    [save, storageKey],
  );

  const setVersion = (v: number) => (version.current = v);
  const stop = (message: string) => {
    clearTimeout(timer.current);
    setError(message);
    setState("stopped");
  };

  return {
    state: editable ? state : "saved",
    error,
    fieldErrors,
    setFieldErrors,
    conflict,
    pendingLive,
    setPendingLive,
    change,
    touch,
    save,
    resolve,
    version,
    setVersion,
    stop,
    storageKey,
  };
}
