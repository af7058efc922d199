"use client";
import { useCallback, useEffect, useState } from "react";
import { call } from "./api";

export type Presence =
  | { state: "editing"; visitor?: { name: string; sameUser: boolean } }
  | { state: "other"; holderName: string; sameUser: boolean }
  | { state: "taken_over"; holderName: string }
  | { state: "viewing" }
  | { state: "unknown" };

/** The story's version with every heartbeat: a newer one than the tab's means someone saved over it. */
export type PresenceAnswer = Presence & { version?: number };

const HEARTBEAT_MS = 20_000;

/** Heartbeats while the editor is open; tells who else is editing and whether we were taken over. */
export function usePresence(storyId: string, tabId: string, onTakenOver: (by: string) => void) {
  const [presence, setPresence] = useState<PresenceAnswer>({ state: "unknown" });
  const beat = useCallback(
    async (takeOver = false) => {
      const r = await call<PresenceAnswer>(`/api/stories/${storyId}/presence`, "POST", { tabId, takeOver });
      if (!r.ok) return;
      const next = { ...r, ok: undefined } as unknown as PresenceAnswer;
      setPresence(next);
      if (next.state === "taken_over") onTakenOver(next.holderName);
    },
    [storyId, tabId, onTakenOver],
  );
  useEffect(() => {
    // The first heartbeat's answer arrives asynchronously; that is what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void beat();
    const id = setInterval(() => void beat(), HEARTBEAT_MS);
    const leave = () =>
      navigator.sendBeacon(`/api/stories/${storyId}/presence`, JSON.stringify({ tabId, release: true }));
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(id);
      window.removeEventListener("pagehide", leave);
    };
  }, [beat, storyId, tabId]);
  return { presence, takeOver: () => beat(true) };
}
