import { z } from "zod";
import { recentEventDetails } from "@/lib/audit/queries";
import { storyCount } from "@/lib/taxonomy/story-count";

/**
 * What a list or page says just after a change it can no longer show (a
 * delete, a merge), read back from the change's audit event: the address
 * carries only an id, so it cannot be forged into another message.
 */

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

const mergeSchema = z.object({ name: z.string(), slug: z.string(), into: z.string(), stories: z.number() });
export type Merge = z.infer<typeof mergeSchema>;

/** The merge of a tag or agency into `targetId` (the survivor) in the last few minutes. */
export function recentMerge(action: "tag.merge" | "author.merge", targetId: string): Promise<Merge | null> {
  return recentEventDetails(action, targetId, mergeSchema);
}

/** "U.S. is merged into United States: 3 stories retagged, and /tags/us leads here." */
export function mergeMessage({ name, into, stories }: Merge, moved: string, oldAddress: string): string {
  return `${name} is merged into ${into}: ${storyCount(stories)} ${moved}, and ${oldAddress} leads here.`;
}
