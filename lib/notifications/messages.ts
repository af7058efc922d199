// The words of a notification: the inbox line, the email and the webhook's text. One place,
// so the inbox, the email and Slack say the same thing.
import type { NotificationKind } from "@/db/schema";

export type MessageInput = {
  kind: NotificationKind;
  headline: string;
  /** The person who acted, or null for the scheduler. */
  actorName: string | null;
  excerpt: string | null;
};

const title = (headline: string) => `“${headline.trim() || "Untitled story"}”`;

/** One line for the inbox and the email's subject. */
export function summary({ kind, headline, actorName }: MessageInput): string {
  const who = actorName ?? "Dateline";
  switch (kind) {
    case "submitted":
      return `${who} submitted ${title(headline)} for review`;
    case "sent_back":
      return `${who} sent back ${title(headline)}`;
    case "noted":
      return `${who} wrote a note on ${title(headline)}`;
    case "mentioned":
      return `${who} mentioned you on ${title(headline)}`;
    case "published":
      return `${who} published ${title(headline)}`;
    case "published_on_schedule":
      return `${title(headline)} went live on schedule`;
    case "assigned":
      return `${who} assigned you ${title(headline)}`;
    case "refused_on_schedule":
      return `What you scheduled for ${title(headline)} did not happen`;
    case "corrected":
      return `${who} added a correction to ${title(headline)}`;
    case "unpublished":
      return `${who} took down ${title(headline)}`;
  }
}

/** The email: the summary, the note if there is one, and the link to the story on the desk. */
export function emailText(input: MessageInput, storyUrl: string): { subject: string; text: string } {
  const line = summary(input);
  const parts = [`${line}.`];
  if (input.excerpt) parts.push(input.excerpt.replace(/^/gm, "> "));
  parts.push(`Open the story: ${storyUrl}`);
  parts.push("You get this because you work on this story in the Dateline newsroom.");
  return { subject: line, text: parts.join("\n\n") + "\n" };
}
