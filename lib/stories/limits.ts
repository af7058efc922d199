// How long the things people write about a story may be (its own fields' limits are in
// lib/stories/fields.ts), with the message each limit gives. Client-safe: the forms use them too.

export const MAX_NOTE_LENGTH = 5_000;
export const NOTE_TOO_LONG = `Notes are at most ${MAX_NOTE_LENGTH.toLocaleString("en")} characters.`;

export const MAX_CORRECTION_LENGTH = 2_000;
export const CORRECTION_TOO_LONG = `At most ${MAX_CORRECTION_LENGTH.toLocaleString("en")} characters.`;
