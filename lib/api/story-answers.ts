// What the story routes answer, as one type per answer: each route declares it returns that type
// and the editor reads the same type through Json<>, so neither restates the other's shape.
// Types only: the client imports nothing of the server modules named here.
import type { StoryTimer } from "@/db/schema";
import type { ChecklistConfig, ChecklistInput } from "@/lib/stories/checklist";
import type { addCorrection } from "@/lib/stories/corrections";
import type { NoteView } from "@/lib/stories/notes";
import type { RefusedTimer } from "@/lib/stories/timers";
import type { ConflictError } from "@/lib/stories/store";
import type { TransitionResult } from "@/lib/stories/transition";

/** A value as JSON carries it to the client: a Date arrives as its ISO string. */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

/** POST /api/stories/:id/notes: the note, and its @handles that told no one. */
export type NoteAnswer = NoteView & { unreachedMentions: string[] };
/** POST /api/stories/:id/corrections */
export type CorrectionAnswer = Awaited<ReturnType<typeof addCorrection>>;
/** GET, POST and DELETE /api/stories/:id/timers */
export type TimersAnswer = { timers: StoryTimer[]; refused?: RefusedTimer[] };
/** GET and POST /api/stories/:id/checklist: the desk's configuration and the story's facts. */
export type ChecklistAnswer = { config: ChecklistConfig } & Pick<ChecklistInput, "targetWords" | "legal">;
/** POST /api/stories/:id/transition */
export type TransitionAnswer = TransitionResult;
/** The body of a 409 on save: the story as the other person left it. */
export type ConflictAnswer = ConflictError["current"];
