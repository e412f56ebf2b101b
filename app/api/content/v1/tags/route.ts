import { preflight } from "@/lib/content-api/http";
import { getTags } from "@/lib/content-api/routes";

/** Content API (README, "Content API"; lib/content-api). */
export const GET = getTags;
export const OPTIONS = preflight;
