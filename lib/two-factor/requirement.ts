import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";

const rolesSchema = z.array(z.enum(Role));

/** Reads SiteSettings.twoFactorRoles; a value that does not parse requires nothing rather than locking everyone out. */
export function parseTwoFactorRoles(stored: string): Role[] {
  try {
    const parsed = rolesSchema.safeParse(JSON.parse(stored));
    return parsed.success ? [...new Set(parsed.data)] : [];
  } catch {
    return [];
  }
}

/** The roles whose users must sign in with a second factor, as an admin set them at /admin/settings. */
export async function twoFactorRoles(client: PrismaClient | Prisma.TransactionClient): Promise<Role[]> {
  const row = await client.siteSettings.findUnique({ where: { id: "site" }, select: { twoFactorRoles: true } });
  return row ? parseTwoFactorRoles(row.twoFactorRoles) : [];
}

/** True for a user whose role requires two-factor sign-in and who has not set it up yet. */
export async function mustSetUpTwoFactor(
  client: PrismaClient | Prisma.TransactionClient,
  user: { role: Role; twoFactorEnabled: boolean },
): Promise<boolean> {
  if (user.twoFactorEnabled) return false;
  return (await twoFactorRoles(client)).includes(user.role);
}
