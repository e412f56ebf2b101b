import { randomBytes } from "node:crypto";
import { mkdir, rm, statfs, writeFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { storageFailureOf } from "@/lib/db-errors";
import { providerOfClient } from "@/lib/db-provider";
import { mediaDir as configuredMediaDir, databaseFile } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { migrationsDirFor } from "@/lib/migrations/configured";
import { localMigrationNames } from "@/lib/migrations/migrate";

export async function databaseIsReachable(client: PrismaClient = db): Promise<boolean> {
  try {
    // Reading a real table proves the file is there and migrated, not just openable.
    await client.$queryRaw`SELECT 1 FROM "_prisma_migrations" LIMIT 1`;
    return true;
  } catch {
    return false;
  }
}

export type Readiness = { ready: true } | { ready: false; reasons: string[] };

export type ReadinessOptions = {
  client?: PrismaClient;
  databaseFile?: string;
  migrationsDir?: string;
  mediaDir?: string;
  /** Below this much free space on the database's disk, saves are about to fail: not ready. */
  minimumFreeBytes?: number;
};

/** Room for a few large saves and the WAL they grow; a disk this full is refusing work within minutes. */
const MINIMUM_FREE_BYTES = 16 * 1024 * 1024;

/** Thrown to end the probe's transaction with a rollback, so the probe leaves nothing behind. */
class ProbeDone extends Error {}

/**
 * Whether the site can do its work, not only answer (that is /api/health):
 * the database can be written, every migration of this checkout is applied,
 * and the media folder can be written. Each failing check adds a sentence
 * saying what is wrong.
 */
export async function checkReadiness(options: ReadinessOptions = {}): Promise<Readiness> {
  const client = options.client ?? db;
  // PostgreSQL's disk is its server's, watched by whoever runs it; SQLite's is this machine's.
  const sqlite = providerOfClient(client) === "sqlite";
  const reasons = (
    await Promise.all([
      databaseProblem(client),
      sqlite
        ? diskSpaceProblem(options.databaseFile ?? databaseFile(), options.minimumFreeBytes ?? MINIMUM_FREE_BYTES)
        : null,
      migrationProblem(client, options.migrationsDir ?? migrationsDirFor(providerOfClient(client))),
      mediaProblem(options.mediaDir ?? configuredMediaDir()),
    ])
  ).filter((reason): reason is string => reason !== null);
  return reasons.length === 0 ? { ready: true } : { ready: false, reasons };
}

/** How long one readiness answer is kept: a probe every second costs one check every five. */
export const READINESS_KEPT_MS = 5000;
let latest: { at: number; readiness: Promise<Readiness> } | undefined;

/**
 * The readiness answer for /api/health/ready: checked at most once every
 * five seconds, and requests meanwhile share it, so anyone may ask as often
 * as they like without each asking for the write lock.
 */
export function recentReadiness(
  check: () => Promise<Readiness> = checkReadiness,
  now = Date.now(),
): Promise<Readiness> {
  if (!latest || now - latest.at >= READINESS_KEPT_MS) latest = { at: now, readiness: check() };
  return latest.readiness;
}

/**
 * A real write, rolled back: creating a table needs the write lock and a new
 * page, so it fails as a save would on a read-only file (whatever the file
 * modes say: root ignores them), a full database, or a lock another process
 * holds past busy_timeout.
 */
async function databaseProblem(client: PrismaClient): Promise<string | null> {
  try {
    await client.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`CREATE TABLE "_byline_readiness_probe" ("id" INTEGER)`);
        throw new ProbeDone();
      },
      // Longer than busy_timeout (lib/db.ts), so a held lock is reported as SQLite's BUSY, not as a timeout here.
      { maxWait: 10_000, timeout: 10_000 },
    );
  } catch (error) {
    if (error instanceof ProbeDone) return null;
    const failure = storageFailureOf(error);
    if (failure?.kind === "busy")
      return `The database is busy: another process has held its write lock too long (${failure.code}).`;
    if (failure) return `The database is not writable: ${failure.detail} (${failure.code}).`;
    console.error("[health] The readiness check could not write to the database:", error);
    return "The database could not be opened or written; the server log has the error.";
  }
  return null;
}

/** A full disk does not show in a rolled-back write (nothing reaches the disk), so its free space is read too. */
async function diskSpaceProblem(file: string, minimumFreeBytes: number): Promise<string | null> {
  try {
    const { bavail, bsize } = await statfs(path.dirname(file));
    const free = bavail * bsize;
    if (free >= minimumFreeBytes) return null;
    return `The disk holding the database is full: ${formatBytes(free)} free, under the ${formatBytes(minimumFreeBytes)} saves need.`;
  } catch {
    // The database check above reports a missing folder.
    return null;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.floor(bytes / 1024)} KB`;
}

/** Code newer than its database reads and writes columns that are not there yet: `npm run db:migrate` first. */
async function migrationProblem(client: PrismaClient, migrationsDir: string): Promise<string | null> {
  let local: string[];
  let applied: { migration_name: string; finished_at: unknown }[];
  try {
    local = localMigrationNames(migrationsDir);
    applied = await client.$queryRaw`
      SELECT "migration_name", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`;
  } catch {
    return "The migrations could not be compared with the database: is prisma/migrations there, and the database migrated?";
  }
  const failed = applied.filter((row) => row.finished_at === null).map((row) => row.migration_name);
  if (failed.length > 0) return `A migration failed and needs attention: ${failed.join(", ")}.`;
  const done = new Set(applied.map((row) => row.migration_name));
  const pending = local.filter((name) => !done.has(name));
  if (pending.length === 0) return null;
  return `Migrations are pending (run \`npm run db:migrate\`): ${pending.join(", ")}.`;
}

/** Made if missing, as the first upload would; then a file is written and removed, which is all uploads need. */
async function mediaProblem(dir: string): Promise<string | null> {
  const probe = path.join(dir, `.byline-readiness-${randomBytes(6).toString("hex")}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, "", { flag: "wx" });
    await rm(probe);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "an error";
    return `The media folder (MEDIA_DIR) is not writable (${code}): uploads would fail.`;
  }
}
