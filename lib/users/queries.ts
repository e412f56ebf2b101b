import type { StaffActor } from "@/lib/articles/audit";
import { db } from "@/lib/db";
import { ignoringCase } from "@/lib/db-provider";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { countActiveAdmins } from "@/lib/users/last-admin";
import type { UserFilter } from "@/lib/users/schema";

export const USERS_PER_PAGE = 50;

const LIST_FIELDS = { id: true, name: true, email: true, role: true, status: true, lastSignInAt: true } as const;
export type UserRow = Prisma.UserGetPayload<{ select: typeof LIST_FIELDS }>;

/** The admin's list of users, filtered by role and status, searched by name or email. */
export async function listUsers(filter: UserFilter, client: PrismaClient = db) {
  const search = filter.q?.trim();
  const where: Prisma.UserWhereInput = {
    role: filter.role,
    status: filter.status,
    ...(search
      ? {
          OR: [
            { name: ignoringCase(client, { contains: search }) },
            { email: ignoringCase(client, { contains: search }) },
          ],
        }
      : {}),
  };
  const [users, total] = await Promise.all([
    client.user.findMany({
      where,
      select: LIST_FIELDS,
      orderBy: [{ name: "asc" }, { email: "asc" }],
      skip: (filter.page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
    }),
    client.user.count({ where }),
  ]);
  return { users, total, pageCount: Math.max(1, Math.ceil(total / USERS_PER_PAGE)) };
}

const DETAIL_FIELDS = {
  ...LIST_FIELDS,
  createdAt: true,
  twoFactorEnabledAt: true,
  author: { select: { name: true, slug: true } },
} as const;

/** One user with their byline, for their own account page and the admin's page about them. */
export function getUserDetails(id: string, client: PrismaClient = db) {
  return client.user.findUnique({ where: { id }, select: DETAIL_FIELDS });
}

/** True when this user is the one active admin left (and so may not be demoted or disabled). */
export async function isLastActiveAdmin(
  user: { role: string; status: string },
  client: PrismaClient = db,
): Promise<boolean> {
  return user.role === "ADMIN" && user.status === "ACTIVE" && (await countActiveAdmins(client)) === 1;
}

/** Everyone, for pickers such as the audit log's user filter. */
export function listUserChoices(client: PrismaClient = db) {
  return client.user.findMany({
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}

/** An active account by email, as the actor of a script's writes (`npm run import -- --as <email>`). */
export async function findActiveStaff(email: string, client: PrismaClient = db): Promise<StaffActor | null> {
  const user = await client.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, role: true, status: true },
  });
  return user?.status === "ACTIVE" ? { id: user.id, email: user.email, role: user.role } : null;
}
