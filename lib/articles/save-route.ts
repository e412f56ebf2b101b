import "server-only";
import { defineStaffRoute } from "@/lib/actions/define-route";
import { saveArticle } from "@/lib/articles/save";
import { saveRequestSchema } from "@/lib/articles/schema";
import { db } from "@/lib/db";

/**
 * The story editor's save (every workflow button), as a JSON route rather
 * than a server action: see defineStaffRoute. The policy is asked inside the
 * save's transaction, about the story it loads.
 */
export const saveStoryRoute = defineStaffRoute({
  policy: "checked-by-handler",
  input: saveRequestSchema,
  handler: (request, { actor, ip }) => saveArticle(db, actor, request, { ip }),
});
