"use client";
// The editor's copy of unsent work on this device (localStorage: synchronous, so a keystroke is
// kept even if the tab is closed or crashes the moment after it).
import type { StorySnapshot } from "@/db/schema";

export type LocalCopy = {
  baseVersion: number;
  fields: StorySnapshot;
  at: number;
  /** The server's text these changes were made to (issue 19: offered back with what it was based on). */
  base?: StorySnapshot;
  /** Why the server refused them, when it did (a right that ended mid-edit: published, sent back, moved). */
  refused?: string;
};

/** The one key a story's device copy lives under. */
export const localCopyKey = (storyId: string) => `dateline:story:${storyId}`;

export function writeLocalCopy(key: string, copy: LocalCopy): void {
  try {
    localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server save still runs, and the state line says when it fails.
  }
}

export function readLocalCopy(key: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    return copy && typeof copy.baseVersion === "number" && copy.fields ? copy : null;
  } catch {
    return null;
  }
}

export function clearLocalCopy(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
