import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The user a session token names, if that token still counts (see getCurrentUser). */
export async function findSessionUser(
  client: PrismaClient,
  claims: { id: string; sessionVersion: number | undefined },
): Promise<SessionUser | null> {
  const user = await client.user.findUnique({
    where: { id: claims.id },
    select: { id: true, email: true, name: true, role: true, status: true, sessionVersion: true },
  });
  if (user?.status !== "ACTIVE" || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
