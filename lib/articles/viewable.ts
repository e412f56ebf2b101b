import { readerVisible } from "@/lib/articles/visibility";
import { type Actor, can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The stories a member of staff may come across in the newsroom's look-ups
 * (headline search, wire paste, a preview's links): those the policy lets
 * them view (`article.view`: an editor every story, a writer their own) and
 * those readers see now. Anything else, another writer's draft or a story
 * scheduled for later, is as if it did not exist. A where-clause, so lists
 * filter and paginate in the query; viewable.test.ts checks it agrees with
 * the policy.
 */
export function viewableBy(actor: Actor, now: Date): Prisma.ArticleWhereInput {
  if (can(actor, "article.viewAll", null)) return {};
  return { OR: [{ createdById: actor.id }, readerVisible(now)] };
}
