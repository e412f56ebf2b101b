import { preflight } from "@/lib/content-api/http";
import { getStories } from "@/lib/content-api/routes";

/** Content API (README, "Content API"; lib/content-api). */
export const GET = getStories;
export const OPTIONS = preflight;
