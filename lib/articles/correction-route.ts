import "server-only";
import { defineStaffRoute } from "@/lib/actions/define-route";
import { addCorrection, correctionInputSchema } from "@/lib/articles/corrections";
import { db } from "@/lib/db";

/**
 * The editor's "Add correction", as a JSON route rather than a server action
 * (see defineStaffRoute): the answer carries the new correction, which the
 * form lists itself, so no render of the editor's page goes back with it.
 * The policy is asked inside the transaction, about the story it loads.
 */
export const addCorrectionRoute = defineStaffRoute({
  policy: "checked-by-handler",
  input: correctionInputSchema,
  handler: (input, { actor, ip }) => addCorrection(db, actor, input, { ip }),
});
