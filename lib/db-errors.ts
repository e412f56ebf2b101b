import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A unique constraint refused the write: another request took the same email,
 * slug, tag or agency name a moment earlier. Callers turn it into a message.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
