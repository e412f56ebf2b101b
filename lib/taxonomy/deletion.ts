import { z } from "zod";
import { recentEventDetails } from "@/lib/audit/queries";

/** What the deletion of a section or tag recorded, for the list's message just after it. */
const deletionSchema = z.object({
  name: z.string(),
  stories: z.number(),
  movedTo: z.string().nullable().default(null),
});
export type Deletion = z.infer<typeof deletionSchema>;

export function recentDeletion(
  action: "section.delete" | "tag.delete",
  targetId: string,
  options?: Parameters<typeof recentEventDetails>[3],
): Promise<Deletion | null> {
  return recentEventDetails(action, targetId, deletionSchema, options);
}

/** "World is deleted. Its 12 stories are now in Europe, and its old address leads there." */
export function deletionMessage({ name, stories, movedTo }: Deletion): string {
  if (stories === 0 || !movedTo) return `${name} is deleted.`;
  const moved = stories === 1 ? "Its story is" : `Its ${stories} stories are`;
  return `${name} is deleted. ${moved} now in ${movedTo}, and its old address leads there.`;
}
