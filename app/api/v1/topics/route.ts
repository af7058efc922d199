// GET /api/v1/topics: topics with at least one published story.
import { listTopics } from "@/db/queries/api";
import { publicRoute } from "../_lib/public-route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(() => listTopics());
