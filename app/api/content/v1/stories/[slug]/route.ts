import { preflight } from "@/lib/content-api/http";
import { getStory } from "@/lib/content-api/routes";

/** Content API (README, "Content API"; lib/content-api). */
export const GET = getStory;
export const OPTIONS = preflight;
