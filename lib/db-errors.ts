import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A unique constraint refused the write: another request took the same email,
 * slug, tag or agency name a moment earlier. Callers turn it into a message.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The database could not write, for a reason outside the code: the file, its
 * folder or its disk refuses writes ("unwritable": read-only, full, failing,
 * gone), or another process held the write lock for longer than busy_timeout
 * or lock_timeout ("busy"). `code` is the database's own (SQLite's
 * SQLITE_READONLY, SQLITE_FULL, SQLITE_BUSY...; PostgreSQL's SQLSTATE).
 */
export type StorageFailure = { kind: "unwritable" | "busy"; code: string; detail: string };

// SQLite's primary result codes; an extended code keeps its primary one in the low byte.
const PRIMARY_CODES: Record<number, { name: string; kind: StorageFailure["kind"] }> = {
  5: { name: "SQLITE_BUSY", kind: "busy" },
  8: { name: "SQLITE_READONLY", kind: "unwritable" },
  10: { name: "SQLITE_IOERR", kind: "unwritable" },
  13: { name: "SQLITE_FULL", kind: "unwritable" },
  14: { name: "SQLITE_CANTOPEN", kind: "unwritable" },
};
// better-sqlite3 names a code it has no name for "UNKNOWN_SQLITE_ERROR_<number>".
const UNNAMED_CODE = /^UNKNOWN_SQLITE_ERROR_(\d+)$/;

/**
 * PostgreSQL's SQLSTATEs for the same situations: the write lock not granted
 * within lock_timeout (lib/db-postgres.ts), a database that is read-only (a
 * standby, or default_transaction_read_only), a full disk, a failing one.
 */
const POSTGRES_CODES: Record<string, StorageFailure["kind"]> = {
  "55P03": "busy",
  "25006": "unwritable",
  "53100": "unwritable",
  "58030": "unwritable",
};

function kindOfCode(code: string): StorageFailure["kind"] | null {
  const postgres = POSTGRES_CODES[code];
  if (postgres) return postgres;
  const unnamed = UNNAMED_CODE.exec(code);
  if (unnamed) return PRIMARY_CODES[Number(unnamed[1]) & 0xff]?.kind ?? null;
  // SQLITE_FULL, or an extended code such as SQLITE_READONLY_DBMOVED or SQLITE_IOERR_WRITE.
  const primary = Object.values(PRIMARY_CODES).find(({ name }) => code === name || code.startsWith(`${name}_`));
  return primary?.kind ?? null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The last line of a message: Prisma's start with the calling code, which is no one's business but the log's. */
function lastLine(message: string): string {
  return message.trim().split("\n").at(-1)?.trim() ?? "";
}

/**
 * The SQLite code an error carries, where each layer puts it:
 * - a failed statement: Prisma's PrismaClientKnownRequestError (P2039 for a
 *   model query, P2010 for raw SQL, P1008 "Operation has timed out" for
 *   SQLITE_BUSY) with the driver adapter's error in
 *   `meta.driverAdapterError.cause` ({ originalCode, originalMessage });
 * - a connection that could not open: the same class with the SQLite code as
 *   its own `code` (SQLITE_CANTOPEN);
 * - better-sqlite3 used directly: SqliteError with `code`;
 * - wrapped by someone else (Auth.js): in `cause`, or Auth.js's `cause.err`.
 */
function sqliteCodeOf(error: unknown, depth = 0): { code: string; detail: string } | null {
  if (typeof error !== "object" || error === null || depth > 4) return null;
  const adapterError =
    field(field(error, "meta"), "driverAdapterError") ??
    (field(error, "name") === "DriverAdapterError" ? error : undefined);
  const original = field(adapterError, "cause");
  if (typeof field(original, "originalCode") === "string") {
    return { code: text(field(original, "originalCode")), detail: text(field(original, "originalMessage")) };
  }
  const code = field(error, "code");
  if (typeof code === "string" && (code.startsWith("SQLITE_") || UNNAMED_CODE.test(code))) {
    return { code, detail: lastLine(text(field(error, "message"))) };
  }
  const cause = field(error, "cause");
  return sqliteCodeOf(field(cause, "err") ?? cause, depth + 1);
}

/**
 * The storage failure behind an error, or null for anything else: a
 * constraint, a missing table, a bug. Only the codes that say the disk or the
 * lock refused count, so a mistake in the code is never mistaken for a full
 * disk.
 */
export function storageFailureOf(error: unknown): StorageFailure | null {
  const fileSystem = fileSystemFailureOf(error);
  if (fileSystem) return fileSystem;
  // Waited its turn for the connection longer than Prisma's maxWait: the database is busy, not broken.
  if (field(error, "code") === "P2028" && text(field(error, "message")).includes("Unable to start a transaction")) {
    return { kind: "busy", code: "P2028", detail: "Unable to start a transaction in the given time." };
  }
  const found = sqliteCodeOf(error);
  if (!found) return null;
  const kind = kindOfCode(found.code);
  return kind ? { kind, ...found } : null;
}

// Node's codes for a disk that refuses a file write (an image upload): full, read-only, over quota, failing.
const FILE_SYSTEM_CODES = new Set(["ENOSPC", "EROFS", "EDQUOT", "EIO"]);

function fileSystemFailureOf(error: unknown): StorageFailure | null {
  const code = field(error, "code");
  if (typeof code !== "string" || !FILE_SYSTEM_CODES.has(code) || typeof field(error, "syscall") !== "string") {
    return null;
  }
  return { kind: "unwritable", code, detail: lastLine(text(field(error, "message"))) };
}

/** What a user who pressed Save (or any button that writes) is told. Nothing was written: the transaction rolled back. */
export function storageFailureMessage(failure: StorageFailure): string {
  return failure.kind === "busy"
    ? "Byline could not save: the database is busy just now. Nothing was changed; your text is still here. Try again in a moment, or tell an administrator if it keeps happening."
    : "Byline could not save: the database cannot be written just now (the disk may be full or read-only). Nothing was changed; your text is still here. Try again, or tell an administrator.";
}

/**
 * What an open editor is told when its heartbeat could not be recorded: the
 * tab keeps the story, but its hold lapses unless the database recovers.
 * Worded apart from the save's refusal, which may be on screen beside it.
 */
export function lockStorageFailureMessage(failure: StorageFailure): string {
  return failure.kind === "busy"
    ? "Your hold on this story could not be renewed: the database is busy just now. Byline tries again every few seconds."
    : "Your hold on this story could not be renewed: the database cannot be written just now (the disk may be full or read-only). Saving will fail until an administrator frees it; copy what you cannot lose.";
}

/** What someone signing in is told: signing in records the session, so it needs a database that can be written. */
export function signInStorageFailureMessage(failure: StorageFailure): string {
  return failure.kind === "busy"
    ? "Signing in is not possible just now: the database is busy. Try again in a moment, or tell an administrator if it keeps happening."
    : "Signing in is not possible just now: the database cannot be written (the disk may be full or read-only). Tell an administrator.";
}

/** One line in the server's log, with SQLite's code, for whoever has to free the disk. */
export function logStorageFailure(failure: StorageFailure, during: string): void {
  console.error(`[storage] ${during} failed: ${failure.code}: ${failure.detail}`);
}

/**
 * Runs a write that is housekeeping on the way to something else (marking a
 * session as seen): on a database that cannot be written just now it is
 * skipped, logged, and the caller carries on; any other error still throws.
 */
export async function unlessStorageFails(during: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const failure = storageFailureOf(error);
    if (!failure) throw error;
    logStorageFailure(failure, during);
  }
}

/**
 * The message for a write the database refused (a save's, unless `describe`
 * words it for another write), logged once with SQLite's code. Any other
 * error is a bug: it is thrown on, to Next's error handling and the log.
 */
export function messageForStorageFailure(
  error: unknown,
  during: string,
  describe: (failure: StorageFailure) => string = storageFailureMessage,
): string {
  const failure = storageFailureOf(error);
  if (!failure) throw error;
  logStorageFailure(failure, during);
  return describe(failure);
}
