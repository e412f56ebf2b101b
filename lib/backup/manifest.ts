import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { BackupError } from "@/lib/backup/errors";

/** Names inside a backup folder; the manifest lists every other file in it. */
export const MANIFEST_FILE = "manifest.json";
export const DATABASE_FILE = "byline.db";
export const MEDIA_FOLDER = "media";

export const MANIFEST_FORMAT_VERSION = 1;

/**
 * A path inside the backup folder, written with "/". Anything that could
 * point outside it is refused, since restore writes where these paths say.
 */
const relativePath = z
  .string()
  .min(1)
  .refine(
    (value) =>
      !value.includes("\\") &&
      !path.posix.isAbsolute(value) &&
      value.split("/").every((segment) => segment !== "" && segment !== "." && segment !== ".."),
    { error: (issue) => `"${issue.input}" is not a path inside the backup folder` },
  )
  .refine((value) => value === DATABASE_FILE || value.startsWith(`${MEDIA_FOLDER}/`), {
    error: (issue) => `"${issue.input}" is neither the database nor a file in ${MEDIA_FOLDER}/`,
  });

export const backupFileSchema = z.object({
  path: relativePath,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "sha256 must be 64 lowercase hexadecimal digits"),
});

export const manifestSchema = z
  .object({
    formatVersion: z.literal(MANIFEST_FORMAT_VERSION, {
      error: `this backup format is not version ${MANIFEST_FORMAT_VERSION}, the only one this Byline reads`,
    }),
    createdAt: z.iso.datetime(),
    bylineVersion: z.string().min(1),
    /** Migrations applied to the database, finished and not rolled back, in the order they ran. */
    migrations: z.array(z.string().min(1)),
    /** Rows in every table of the database when it was copied. */
    rowCounts: z.record(z.string(), z.number().int().nonnegative()),
    files: z.array(backupFileSchema),
  })
  .refine((manifest) => manifest.files.some((file) => file.path === DATABASE_FILE), {
    error: `the files do not include the database, ${DATABASE_FILE}`,
    path: ["files"],
  })
  .refine((manifest) => new Set(manifest.files.map((file) => file.path)).size === manifest.files.length, {
    error: "a file is listed twice",
    path: ["files"],
  });

export type BackupFile = z.infer<typeof backupFileSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** The validated manifest of the backup folder, or a refusal saying why it cannot be used. */
export function readManifest(backupDir: string): Manifest {
  const file = path.join(backupDir, MANIFEST_FILE);
  if (!fs.existsSync(backupDir) || !fs.statSync(backupDir).isDirectory()) {
    throw new BackupError(`There is no backup folder at ${backupDir}.`);
  }
  if (!fs.existsSync(file)) {
    throw new BackupError(`${backupDir} is not a Byline backup: it has no ${MANIFEST_FILE}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      `The backup's ${MANIFEST_FILE} is not valid JSON (${reason}), so the backup cannot be trusted.`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "manifest"}: ${issue.message}`);
    throw new BackupError(
      `The backup's ${MANIFEST_FILE} is not a Byline backup manifest, so the backup cannot be trusted:\n${problems.join("\n")}`,
    );
  }
  return parsed.data;
}

export function writeManifest(backupDir: string, manifest: Manifest): void {
  fs.writeFileSync(path.join(backupDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
