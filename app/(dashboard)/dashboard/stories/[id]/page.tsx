import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEditorOptions, getStoryForEditor, getTranslationOptions } from "@/db/queries/editor";
import { markStoryNotificationsRead } from "@/db/queries/notifications";
import { getSiteSettings } from "@/db/queries/settings";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/http";
import { listNotes, markNotesRead } from "@/lib/stories/notes";
import { StoryEditor } from "@/components/editor/story-editor";
import { TranslationPanel } from "@/components/editor/translation-panel";

export const metadata: Metadata = { title: "Edit story" };

type Props = { params: Promise<{ id: string }> };

export default async function EditStoryPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const story = isUuid(id) ? await getStoryForEditor(user, id) : null;
  // A story deleted meanwhile (or never visible to this person) is a 404 with a way back.
  if (!story) notFound();
  const [options, notes, settings, translation] = await Promise.all([
    getEditorOptions(),
    listNotes(getDb(), id),
    getSiteSettings(),
    getTranslationOptions(user, id),
  ]);
  await Promise.all([markNotesRead(getDb(), user.id, id), markStoryNotificationsRead(user.id, id)]);
  return (
    <>
      {/* The page's heading for screen-reader users and outlines; the headline field shows it to everyone else. */}
      <h1 className="sr-only">Edit story{story.snapshot.headline ? `: ${story.snapshot.headline}` : ""}</h1>
      <StoryEditor
        story={story}
        options={options}
        notes={notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }))}
        actor={{ id: user.id, role: user.role, name: user.name, sectionIds: user.sectionIds }}
        timeZone={settings.timeZone}
        locale={settings.locale}
      />
      {translation && <TranslationPanel storyId={id} options={translation} />}
    </>
  );
}
