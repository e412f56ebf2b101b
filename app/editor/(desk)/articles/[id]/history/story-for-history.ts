import "server-only";
import { notFound } from "next/navigation";
import { findHistoryStory } from "@/lib/articles/history";
import { can } from "@/lib/auth/policy";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * The story whose history a page shows, for a user who may see it: 404 when
 * there is none, 403 when the user may not view it (writers see their own).
 */
export async function storyForHistory(id: string) {
  await requireUser();
  const story = await findHistoryStory(db, id);
  if (!story) notFound();
  const user = await requirePermission("article.view", story);
  return { story, user, canRestore: can(user, "article.edit", story) };
}
