import { saveStoryRoute } from "@/lib/articles/save-route";

/** POST: the story editor's Save, Submit, Publish, Schedule and Unpublish (lib/articles/save-route.ts). */
export const POST = saveStoryRoute;
