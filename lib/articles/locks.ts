import { z } from "zod";
import { auditArticle, type StaffActor } from "@/lib/articles/audit";
import { can } from "@/lib/auth/policy";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A lock lapses this long after its holder's last heartbeat (the tab was
 * closed without saying so, the laptop slept, the network dropped), and a
 * presence row stops counting. Browsers slow the timers of hidden tabs to
 * about one a minute, so it must be longer than that.
 */
export const LOCK_TIMEOUT_MS = 2 * 60_000;

/** One open editor: a browser tab, named by a random id it makes when the editor mounts. */
export const presenceRequestSchema = z.object({ tabId: z.uuid("The editor sent no valid tab id: reload the page.") });

/** What one editor tab learns from each heartbeat. */
export type StoryLockState = {
  /** This tab may edit: it holds the lock. */
  holding: boolean;
  /** Who holds the live lock when this tab does not (`self`: the same user in another tab or window). */
  holder: { name: string; self: boolean } | null;
  /** Whether this user may take the lock (they may edit the story). */
  mayTakeOver: boolean;
  /** The other people who have the story open, by name. */
  others: string[];
};

export type LockOutcome = { ok: true; state: StoryLockState } | { ok: false; status: 400 | 403 | 404; message: string };

type LockContext = { now?: Date; ip?: string };

const cutoff = (now: Date) => new Date(now.getTime() - LOCK_TIMEOUT_MS);

/**
 * Why a write by `actorId` must not go ahead: someone else holds the story's
 * live lock (they are editing it, or took it over), or, when the write names
 * the editor tab it comes from (`tabId`), another of the actor's own tabs
 * does. Null when the lock is free, lapsed, or held by the writing tab; a
 * write that names no tab (an import, a script) is judged by person only.
 */
export async function lockRefusal(
  tx: Prisma.TransactionClient,
  articleId: string,
  actorId: string,
  now: Date,
  tabId: string | null = null,
): Promise<string | null> {
  // The holder's name is looked up only for a refusal: most writes come from the tab holding the lock.
  const lock = await tx.storyLock.findFirst({
    where: { articleId, heartbeatAt: { gte: cutoff(now) } },
    select: { userId: true, tabId: true },
  });
  if (!lock || (lock.userId === actorId && (tabId === null || lock.tabId === tabId))) return null;
  if (lock.userId === actorId)
    return "You are editing this story in another tab or window, so nothing was changed from this one. Your text is still on screen: copy what you need into that tab.";
  const holder = await tx.user.findUniqueOrThrow({ where: { id: lock.userId }, select: { name: true } });
  return `${holder.name} is editing this story now, so nothing was changed. Your text is still on screen: copy what you need before you leave.`;
}

type Checked = { tabId: string; mayEdit: boolean };

/** The request's tab id and the story's permissions, or why the request is refused. Writes nothing. */
async function check(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  articleId: string,
  input: unknown,
  needs: "article.view" | "article.edit",
): Promise<Checked | Extract<LockOutcome, { ok: false }>> {
  const parsed = presenceRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "Bad request." };
  const story = await tx.article.findUnique({ where: { id: articleId }, select: { createdById: true, status: true } });
  if (!story) return { ok: false, status: 404, message: "This story no longer exists; it may have been deleted." };
  if (!can(actor, needs, story))
    return {
      ok: false,
      status: 403,
      message: needs === "article.edit" ? "You may not edit this story." : "You may not open this story.",
    };
  return { tabId: parsed.data.tabId, mayEdit: can(actor, "article.edit", story) };
}

async function notePresence(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  articleId: string,
  tabId: string,
  now: Date,
) {
  await tx.storyPresence.upsert({
    where: { articleId_tabId: { articleId, tabId } },
    create: { articleId, tabId, userId: actor.id, seenAt: now },
    update: { userId: actor.id, seenAt: now },
  });
  // Tabs that vanished without a word (a crash, a closed laptop): the index on seenAt keeps this cheap.
  await tx.storyPresence.deleteMany({ where: { seenAt: { lt: cutoff(now) } } });
}

async function describeLock(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  articleId: string,
  { tabId, mayEdit }: Checked,
  now: Date,
): Promise<StoryLockState> {
  const [lock, present] = await Promise.all([
    tx.storyLock.findFirst({
      where: { articleId, heartbeatAt: { gte: cutoff(now) } },
      select: { tabId: true, userId: true, user: { select: { name: true } } },
    }),
    tx.storyPresence.findMany({
      where: { articleId, userId: { not: actor.id }, seenAt: { gte: cutoff(now) } },
      select: { user: { select: { name: true } } },
      orderBy: { seenAt: "asc" },
    }),
  ]);
  const holding = lock?.tabId === tabId && lock.userId === actor.id;
  return {
    holding,
    holder: lock && !holding ? { name: lock.user.name, self: lock.userId === actor.id } : null,
    mayTakeOver: mayEdit,
    others: [...new Set(present.map((row) => row.user.name))],
  };
}

/**
 * An open editor tab says it is still there: it counts as present, keeps the
 * lock if it holds it, and takes it if it is free or lapsed and the user may
 * edit the story. Never takes a live lock from another tab: that is takeOver.
 */
export async function heartbeat(
  client: PrismaClient,
  actor: StaffActor,
  articleId: string,
  input: unknown,
  { now = new Date() }: LockContext = {},
): Promise<LockOutcome> {
  return client.$transaction(async (tx): Promise<LockOutcome> => {
    const checked = await check(tx, actor, articleId, input, "article.view");
    if ("ok" in checked) return checked;
    await notePresence(tx, actor, articleId, checked.tabId, now);
    if (checked.mayEdit) {
      const lock = await tx.storyLock.findUnique({ where: { articleId } });
      const own = lock?.tabId === checked.tabId && lock.userId === actor.id;
      if (own) await tx.storyLock.update({ where: { articleId }, data: { heartbeatAt: now } });
      else if (!lock || lock.heartbeatAt < cutoff(now)) {
        const holder = { userId: actor.id, tabId: checked.tabId, acquiredAt: now, heartbeatAt: now };
        await tx.storyLock.upsert({ where: { articleId }, create: { articleId, ...holder }, update: holder });
      }
    }
    return { ok: true, state: await describeLock(tx, actor, articleId, checked, now) };
  });
}

/**
 * Moves the story's lock to this tab, whoever held it. The holder's next
 * heartbeat learns it and their editor turns read-only. Audited when it takes
 * a live lock from someone, naming them.
 */
export async function takeOver(
  client: PrismaClient,
  actor: StaffActor,
  articleId: string,
  input: unknown,
  { now = new Date(), ip }: LockContext = {},
): Promise<LockOutcome> {
  return client.$transaction(async (tx): Promise<LockOutcome> => {
    const checked = await check(tx, actor, articleId, input, "article.edit");
    if ("ok" in checked) return checked;
    const previous = await tx.storyLock.findFirst({
      where: { articleId, heartbeatAt: { gte: cutoff(now) } },
      select: { tabId: true, userId: true, user: { select: { name: true } } },
    });
    const holder = { userId: actor.id, tabId: checked.tabId, acquiredAt: now, heartbeatAt: now };
    await tx.storyLock.upsert({ where: { articleId }, create: { articleId, ...holder }, update: holder });
    await notePresence(tx, actor, articleId, checked.tabId, now);
    if (previous && previous.tabId !== checked.tabId)
      await auditArticle(
        tx,
        actor,
        "article.takeover",
        articleId,
        { from: previous.user.name, fromUserId: previous.userId },
        ip,
      );
    return { ok: true, state: await describeLock(tx, actor, articleId, checked, now) };
  });
}

/** The tab is closing or leaving the story: it is no longer present, and its lock (if it holds it) is free. */
export async function release(
  client: PrismaClient,
  actor: StaffActor,
  articleId: string,
  input: unknown,
  { now = new Date() }: LockContext = {},
): Promise<LockOutcome> {
  return client.$transaction(async (tx): Promise<LockOutcome> => {
    const checked = await check(tx, actor, articleId, input, "article.view");
    if ("ok" in checked) return checked;
    const mine = { articleId, tabId: checked.tabId, userId: actor.id };
    await tx.storyLock.deleteMany({ where: mine });
    await tx.storyPresence.deleteMany({ where: mine });
    return { ok: true, state: await describeLock(tx, actor, articleId, checked, now) };
  });
}
