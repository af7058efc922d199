// A budget line's lengths, shared by the server's validation (lib/planning/assignments.ts) and
// the form's maxLength (client-safe: no database here).
export const TITLE_MAX = 200;
export const BRIEF_MAX = 2_000;
