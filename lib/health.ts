import { db } from "@/lib/db";

export async function databaseIsReachable(): Promise<boolean> {
  try {
    // Reading a real table proves the file is there and migrated, not just openable.
    await db.$queryRaw`SELECT 1 FROM "_prisma_migrations" LIMIT 1`;
    return true;
  } catch {
    return false;
  }
}
