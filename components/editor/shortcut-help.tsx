"use client";
// The keyboard shortcuts of the story editor, in a dialog (Ctrl/Cmd+/ in the body, or the
// toolbar's Shortcuts button). One list, so the help cannot drift from what the keys do:
// body-editor.tsx binds the desk's own keys from DESK_KEYS.
import { useEffect, useRef } from "react";

export const DESK_KEYS = {
  link: "Mod-k",
  toolbar: "Alt-F10",
  find: "Mod-f",
  help: "Mod-/",
  focusMode: "Mod-Shift-f",
} as const;

const SHORTCUTS: [keys: string, what: string][] = [
  ["Ctrl/⌘ + B", "Bold"],
  ["Ctrl/⌘ + I", "Italic"],
  ["Ctrl/⌘ + K", "Add or edit a link"],
  ["Ctrl/⌘ + Alt + 2, 3, 4", "Heading 2, 3, 4"],
  ["Ctrl/⌘ + Alt + 0", "Paragraph"],
  ["Ctrl/⌘ + Shift + 8", "Bulleted list"],
  ["Ctrl/⌘ + Shift + 7", "Numbered list"],
  ["Ctrl/⌘ + Shift + B", "Quote"],
  ["/ on an empty line", "Insert a block: heading, list, table, image, embed…"],
  ["Ctrl/⌘ + Z", "Undo (right after a Bijoy paste: back to the original text)"],
  ["Ctrl/⌘ + Shift + Z", "Redo"],
  ["Ctrl/⌘ + F", "Find and replace"],
  ["Ctrl/⌘ + Shift + F", "Distraction-free mode on or off"],
  ["Alt + F10", "Move to the formatting toolbar (arrows move along it, Escape returns to the text)"],
  ["Tab / Shift + Tab in a table", "Next or previous cell"],
  ["Ctrl/⌘ + /", "This list"],
];

/** True when a keyboard event is `spec` ("Mod-Shift-f": Mod is Ctrl, or Cmd on a Mac). */
export function matchesKey(
  e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">,
  spec: string,
) {
  const parts = spec.split("-");
  const key = parts.pop()!.toLowerCase();
  const mod = parts.includes("Mod");
  return (
    e.key.toLowerCase() === key &&
    (e.ctrlKey || e.metaKey) === mod &&
    e.altKey === parts.includes("Alt") &&
    // "/" is Shift+7 on some layouts: Shift only counts where the spec names it or the key is a letter.
    (e.shiftKey === parts.includes("Shift") || !/^[a-z]$/.test(key))
  );
}

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcut-help-title"
      onClose={onClose}
      className="m-auto w-[min(36rem,95vw)] rounded-lg bg-white p-4 text-neutral-900 shadow-xl backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="mb-3 flex items-center gap-3">
        <h2 id="shortcut-help-title" className="text-lg font-bold">
          Keyboard shortcuts
        </h2>
        <button type="button" onClick={onClose} className="ml-auto rounded border px-2 py-1 text-sm" autoFocus>
          Close
        </button>
      </div>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys} className="border-t border-neutral-200 dark:border-neutral-800">
              <td className="py-1 pr-3 font-mono whitespace-nowrap">{keys}</td>
              <td className="py-1">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
