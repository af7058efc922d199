import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { createStory } from "@/lib/stories/store";

/** `New story`: a draft owned by the signed-in person, then straight into the editor. */
export const POST = route(async (req, { user, db }) => {
  const { id } = await createStory(db, user);
  return NextResponse.redirect(new URL(`/dashboard/stories/${id}`, req.url), 303);
});
