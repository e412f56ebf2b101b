import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function databaseIsReachable(client: PrismaClient = db): Promise<boolean> {
  try {
    // Reading a real table proves the file is there and migrated, not just openable.
    await client.$queryRaw`SELECT 1 FROM "_prisma_migrations" LIMIT 1`;
    return true;
  } catch {
    return false;
  }
}
