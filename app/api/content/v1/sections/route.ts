import { preflight } from "@/lib/content-api/http";
import { getSections } from "@/lib/content-api/routes";

/** Content API (README, "Content API"; lib/content-api). */
export const GET = getSections;
export const OPTIONS = preflight;
