import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write: here, an email that another request took a moment earlier. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
