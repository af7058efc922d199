"use client";
import type { Presence } from "./use-presence";

type Props = { presence: Presence; canTakeOver: boolean; takeOver: () => void };

const box = "rounded border border-blue-400 bg-blue-50 p-2 text-sm dark:bg-blue-950";

/**
 * Who else has the story open. Both sides are told — the one editing and the one arriving — and
 * so are two tabs of one person, whose saves would otherwise conflict unseen (issue 12).
 */
export function PresenceNotice({ presence, canTakeOver, takeOver }: Props) {
  if (presence.state === "other" && presence.sameUser)
    return (
      <p role="status" className={box}>
        You have this story open in another tab or window. Edit it in one place only: saves from the other will conflict
        with this one.
      </p>
    );
  if (presence.state === "other")
    return (
      <p role="status" className={box}>
        {presence.holderName} is editing.{" "}
        {canTakeOver && (
          <button type="button" className="underline" onClick={() => void takeOver()}>
            Take over
          </button>
        )}
      </p>
    );
  if (presence.state === "editing" && presence.visitor)
    return (
      <p role="status" className={box}>
        {presence.visitor.sameUser
          ? "You opened this story in another tab or window too. Edit it in one place only: saves from the other will conflict with this one."
          : `${presence.visitor.name} opened this story too. If you both edit, whoever saves second is shown a conflict.`}
      </p>
    );
  return null;
}
