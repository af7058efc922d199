// Who is told about what, as data: the newsroom events that notify someone, and the rule that
// picks each event's recipients. Pure, so the table is tested cell by cell (rules.test.ts);
// events.ts gathers the facts from the database inside the write's own transaction.
import type { NotificationKind, Role } from "@/db/schema";
import { canView, type StoryRef } from "@/lib/workflow";

/** The audit actions that notify someone; every other action notifies no one. */
export const NOTIFYING_ACTIONS = [
  "story.submit",
  "story.sendBack",
  "story.noted",
  "story.publish",
  "story.correct",
  "story.unpublish",
  "story.timer_refused",
  "story.schedule_refused",
] as const;
export type NotifyingAction = (typeof NOTIFYING_ACTIONS)[number];

export function isNotifying(action: string): action is NotifyingAction {
  return (NOTIFYING_ACTIONS as readonly string[]).includes(action);
}

/** `sectionIds`: the sections a section editor runs (they are told only about those). */
export type Person = { id: string; role: Role; active: boolean; sectionIds?: string[] };

export type Facts = {
  /** Who did it; null for the scheduler publishing an editor's earlier decision. */
  actorId: string | null;
  story: StoryRef;
  /** Everyone who might be told: the story's creator, note writers, editors, the mentioned. */
  people: Map<string, Person>;
  /** People who wrote notes on the story before (the thread's participants). */
  noteAuthorIds: string[];
  /** People @mentioned in the note being added (or the send-back's note). */
  mentionedIds: string[];
  /** Who scheduled the story (or set the timer), for work done by the scheduler. */
  schedulerId: string | null;
};

export type Recipient = { userId: string; kind: NotificationKind };

/** The roles told of a submission. */
export const DESK_ROLES: readonly Role[] = ["editor", "admin", "copy_editor", "section_editor"];

/** What each event tells, and to whom, before the checks every recipient must pass. */
const RULES: Record<NotifyingAction, (f: Facts) => Recipient[]> = {
  // Everyone who decides on or works on stories in review: editors and admins, the copy desk,
  // and section editors (the view check below keeps them to their own sections).
  "story.submit": (f) =>
    [...f.people.values()].filter((p) => DESK_ROLES.includes(p.role)).map((p) => ({ userId: p.id, kind: "submitted" })),
  // The reporter first: being sent back is the news for them, even when the note names them too.
  "story.sendBack": (f) => [
    { userId: f.story.createdById, kind: "sent_back" },
    ...f.mentionedIds.map((id) => ({ userId: id, kind: "mentioned" as const })),
  ],
  // A mention outranks being in the thread: one notification each, the more specific one.
  "story.noted": (f) => [
    ...f.mentionedIds.map((id) => ({ userId: id, kind: "mentioned" as const })),
    ...[f.story.createdById, ...f.noteAuthorIds].map((id) => ({ userId: id, kind: "noted" as const })),
  ],
  "story.publish": (f) =>
    f.actorId === null
      ? [f.story.createdById, ...(f.schedulerId ? [f.schedulerId] : [])].map((id) => ({
          userId: id,
          kind: "published_on_schedule" as const,
        }))
      : [{ userId: f.story.createdById, kind: "published" }],
  // What readers see of the reporter's story changed: they hear it from the desk, not from a reader.
  // A takedown a timer made is the unpublish of the editor who set it, so it is told the same way.
  "story.correct": (f) => [{ userId: f.story.createdById, kind: "corrected" }],
  "story.unpublish": (f) => [{ userId: f.story.createdById, kind: "unpublished" }],
  // A refused appointment is news only to whoever made it: they decided it, they must act again.
  "story.timer_refused": (f) => (f.schedulerId ? [{ userId: f.schedulerId, kind: "refused_on_schedule" }] : []),
  "story.schedule_refused": (f) => (f.schedulerId ? [{ userId: f.schedulerId, kind: "refused_on_schedule" }] : []),
};

/**
 * The recipients of `action`: never the person who did it, never someone deactivated, never
 * someone who may not open the story (a reporter @mentioned on another reporter's draft), and
 * each person once.
 */
export function recipientsFor(action: NotifyingAction, facts: Facts): Recipient[] {
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const r of RULES[action](facts)) {
    if (r.userId === facts.actorId || seen.has(r.userId)) continue;
    const person = facts.people.get(r.userId);
    if (!person?.active || !canView(person, facts.story)) continue;
    seen.add(r.userId);
    out.push(r);
  }
  return out;
}

// "@nadia" names the person whose email is nadia@…; not inside an address (a@b.c) or a word.
const MENTION = /(?<![\p{L}\p{N}_.@-])@([a-z0-9][a-z0-9._-]*)/giu;

/** The handles @mentioned in a note, lower-cased, trailing dots dropped (end of a sentence). */
export function mentionedHandles(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(MENTION)) found.add(m[1]!.replace(/[.]+$/, "").toLowerCase());
  return [...found];
}

/**
 * The @handles in a note that told no one: nobody active goes by that name, or the person may not
 * open the story (the rules above skip them). The writer is told which, so a mistyped name is not
 * taken for a colleague alerted (issue 19). Naming yourself is not a miss.
 */
export function unreachedHandles(
  handles: readonly string[],
  named: readonly { id: string; email: string }[],
  reachedIds: readonly string[],
  actorId: string | null,
): string[] {
  return handles.filter(
    (h) => !named.some((p) => handleOf(p.email) === h && (reachedIds.includes(p.id) || p.id === actorId)),
  );
}

/** A person's handle: the part of their email before the @. */
export function handleOf(email: string): string {
  return email.slice(0, email.indexOf("@")).toLowerCase();
}

/** Notes and other free text, shortened for an inbox line or an email subject's body. */
export function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
