import { preflight } from "@/lib/content-api/http";
import { getAuthors } from "@/lib/content-api/routes";

/** Content API (README, "Content API"; lib/content-api). */
export const GET = getAuthors;
export const OPTIONS = preflight;
