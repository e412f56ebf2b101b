import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { BackupFile } from "@/lib/backup/manifest";

/** Every regular file under root, as sorted "/"-separated paths relative to it. */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else if (entry.isFile()) found.push(relative);
    }
  };
  walk(root, "");
  return found.sort();
}

/** Streamed, so a database of several gigabytes is never held in memory. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest("hex");
}

export async function describeFile(root: string, relativePath: string): Promise<BackupFile> {
  const file = path.join(root, ...relativePath.split("/"));
  return { path: relativePath, size: fs.statSync(file).size, sha256: await sha256OfFile(file) };
}

/** A UTC timestamp usable in a file name and sorted by time: 2026-12-03T231010Z. */
export function fileStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replaceAll(":", "")}Z`;
}
