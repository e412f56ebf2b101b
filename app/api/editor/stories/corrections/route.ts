import { addCorrectionRoute } from "@/lib/articles/correction-route";

/** POST: the editor's "Add correction" on a published story (lib/articles/correction-route.ts). */
export const POST = addCorrectionRoute;
