import { z } from "zod";

const ENDED = "That session has already ended. Reload the page to see your sessions.";

/** A session id arrives in a hidden field, so it is checked like any other input. */
export const endSessionSchema = z.object({
  sessionId: z.string(ENDED).trim().min(1, ENDED).max(64, ENDED),
});
