import "server-only";
import { readFile, stat } from "node:fs/promises";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { expireOnRunningSite } from "@/lib/cache/notify-site";
import type { Revalidation } from "@/lib/cache/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findActiveStaff } from "@/lib/users/queries";
import { readGhostExport } from "./ghost";
import { type ProgressStream, progressReporter } from "./progress";
import type { ImportReport } from "./report";
import { runImport } from "./run";
import type { ReadResult } from "./source";
import { formatSummary } from "./summary";
import { readWordPressExport } from "./wordpress";

/** What `npm run import:ghost` and `npm run import:wordpress` share: the scripts only print and exit. */

export const IMPORT_COMMAND_LINE = {
  allowPositionals: true,
  options: {
    as: { type: "string" },
    update: { type: "boolean" },
    "dry-run": { type: "boolean" },
    "media-dir": { type: "string" },
  },
} as const;

const PLATFORMS = {
  ghost: { name: "Ghost", script: "import:ghost", file: "<export.json>", read: readGhostExport },
  wordpress: { name: "WordPress", script: "import:wordpress", file: "<export.xml>", read: readWordPressExport },
} satisfies Record<string, { name: string; script: string; file: string; read: (text: string) => ReadResult }>;
export type Platform = keyof typeof PLATFORMS;

export function importUsage(platform: Platform): string {
  const { script, file, name } = PLATFORMS[platform];
  return (
    `Usage: npm run ${script} -- ${file} --as <email> [--dry-run] [--update] [--media-dir <folder>]\n` +
    `Imports a ${name} export's posts as that account (an editor or admin). --dry-run writes nothing and prints the\n` +
    "same report; --update updates the stories an earlier import made from the same posts (never another story\n" +
    "that has a post's slug); --media-dir is the old site's media folder, from which featured images are taken."
  );
}

export type ImportRequest = { file: string; email: string; update: boolean; dryRun: boolean; mediaDir: string | null };

export type CommandResult = { ok: true; report: ImportReport; summary: string } | { ok: false; message: string };

/** Reads and checks everything first: a file, folder or account that will not do is a message, before any write. */
export async function importExportFile(
  client: PrismaClient,
  platform: Platform,
  request: ImportRequest,
  progress: ProgressStream,
): Promise<CommandResult> {
  let text: string;
  try {
    text = await readFile(request.file, "utf8");
  } catch {
    return { ok: false, message: `Cannot read "${request.file}": no such file, or it is not readable.` };
  }
  const read = PLATFORMS[platform].read(text);
  if (!read.ok) return { ok: false, message: read.message };
  if (request.mediaDir && !(await isFolder(request.mediaDir)))
    return { ok: false, message: `--media-dir "${request.mediaDir}" is not a folder.` };
  const actor = await findImporter(client, request.email);
  if (!actor.ok) return actor;

  const reporter = progressReporter(progress);
  const report = await runImport(client, actor.user, read.source, {
    update: request.update,
    dryRun: request.dryRun,
    mediaDir: request.mediaDir,
    origin: { platform, file: request.file },
    onProgress: (tally) => reporter.update(tally),
  });
  reporter.finish();
  return { ok: true, report, summary: formatSummary(report, request.file) };
}

/** Imports publish stories and add sections and bylines: an editor's or admin's work. */
async function findImporter(
  client: PrismaClient,
  email: string,
): Promise<{ ok: true; user: SessionUser } | { ok: false; message: string }> {
  const staff = await findActiveStaff(email, client);
  if (!staff) return { ok: false, message: `There is no active account with the email ${email}.` };
  if (!can(staff, "taxonomy.manage", null))
    return {
      ok: false,
      message: `${staff.email} is a writer: imports publish stories and add sections and bylines, which only editors and admins may do.`,
    };
  const { name } = await client.user.findUniqueOrThrow({ where: { id: staff.id }, select: { name: true } });
  return { ok: true, user: { ...staff, name } };
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/** The site's expiry endpoint takes this many stories at a time. */
const STORIES_PER_EXPIRY = 10_000;

/** Tells the running site which pages the import changed; a message when it could not be told. */
export async function expireImportedPages(revalidate: Revalidation): Promise<string | null> {
  const { articleIds, taxonomy } = revalidate;
  for (let start = 0; start === 0 || start < articleIds.length; start += STORIES_PER_EXPIRY) {
    const notice = await expireOnRunningSite({
      articleIds: articleIds.slice(start, start + STORIES_PER_EXPIRY),
      taxonomy,
    });
    if (!notice.told) return notice.message;
  }
  return null;
}
