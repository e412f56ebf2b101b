import { z } from "zod";

/** The search of an admin list by name (?q=), and its page (?page=): bad values fall back to none and 1. */
export const nameFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type NameFilter = z.infer<typeof nameFilterSchema>;
