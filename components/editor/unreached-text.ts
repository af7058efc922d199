// What the desk says when a note's @names told no one (issue 19): a mistyped handle, someone
// deactivated, or someone who may not open the story. One sentence for the notes thread and the
// send-back's note alike.

/** null when every @name reached someone. */
export function unreachedText(handles: readonly string[] | undefined): string | null {
  if (!handles?.length) return null;
  const names = handles.map((h) => `@${h}`).join(", ");
  const match = handles.length === 1 ? "it matches" : "they match";
  return (
    `The note was sent, but nobody was told of ${names}: ${match} no active colleague who may open ` +
    "this story. A handle is the part of a colleague's email before the @."
  );
}
