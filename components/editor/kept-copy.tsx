"use client";
// Words this device kept for a story the person can no longer edit (published, sent back or moved
// while they typed): offered back with the text they were based on and why the server refused
// them, on the read-only editor and on the "not found" page alike (issue 19, item 14).
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { StorySnapshot } from "@/db/schema";
import { clearLocalCopy, localCopyKey, readLocalCopy, type LocalCopy } from "./local-copy";
import { UnsavedPanel } from "./unsaved-panel";

const EMPTY: StorySnapshot["body"] = { type: "doc", content: [] };

export function KeptCopy({ storageKey, server }: { storageKey: string; server?: StorySnapshot }) {
  const [copy, setCopy] = useState<LocalCopy | null>(null);
  useEffect(() => {
    // localStorage exists only after hydration, so the offer is made in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCopy(readLocalCopy(storageKey));
  }, [storageKey]);
  if (!copy) return null;
  const base = copy.base ?? server ?? { ...copy.fields, headline: "", standfirst: "", body: EMPTY };
  return (
    <UnsavedPanel
      saved={base}
      mine={copy.fields}
      at={copy.at}
      reason={copy.refused ?? "You can no longer edit this story, and this device kept changes the server never got."}
      onDiscard={() => {
        clearLocalCopy(storageKey);
        setCopy(null);
      }}
    />
  );
}

/** On the desk's "not found" page: the story in the address, if this device kept words for it. */
export function KeptCopyForPath() {
  const id = /^\/dashboard\/stories\/([0-9a-f-]{36})$/.exec(usePathname() ?? "")?.[1];
  return id ? <KeptCopy storageKey={localCopyKey(id)} /> : null;
}
