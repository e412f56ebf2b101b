import type { Prisma } from "@/lib/generated/prisma/client";

/** Thrown inside a transaction to undo a change that would leave no active admin. */
export class LastAdminError extends Error {
  constructor(
    readonly userName: string,
    readonly self: boolean,
  ) {
    super(
      self
        ? "You are the last active admin, so you cannot remove your own admin rights or disable your account. Make another user an admin first, so someone can still run the newsroom."
        : `${userName} is the last active admin, so they cannot lose their admin rights or be disabled. Make another user an admin first, so someone can still run the newsroom.`,
    );
  }
}

export function countActiveAdmins(client: Prisma.TransactionClient): Promise<number> {
  return client.user.count({ where: { role: "ADMIN", status: "ACTIVE" } });
}

/**
 * Call after a change, inside its transaction: counting afterwards (rather
 * than checking before) also holds when two admins demote each other at once.
 */
export async function ensureAnAdminRemains(
  tx: Prisma.TransactionClient,
  changed: { name: string; id: string },
  actorId: string,
): Promise<void> {
  if ((await countActiveAdmins(tx)) === 0) throw new LastAdminError(changed.name, changed.id === actorId);
}
