import { redirectTo, route } from "@/lib/http";
import { createStory } from "@/lib/stories/store";

/** `New story`: a draft owned by the signed-in person, then straight into the editor. */
export const POST = route(async (_req, { user, db, ip }) => {
  const { id } = await createStory(db, user, { ip });
  return redirectTo(`/dashboard/stories/${id}`, 303);
});
