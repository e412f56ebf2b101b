import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "@/lib/env";
import type { ProcessedImage } from "@/lib/media/images";

/** Stored names are ours alone: a random key, an optional width, ".webp". */
const STORED_NAME = /^[a-z0-9]{20}(-\d{2,5})?\.webp$/;

export function isStoredName(name: string): boolean {
  return STORED_NAME.test(name);
}

export function variantName(fileName: string, width: number): string {
  return fileName.replace(/\.webp$/, `-${width}.webp`);
}

/** What an image takes on disk: the original and its variants (Media.size, counted by the quota). */
export function storedBytes(image: ProcessedImage): number {
  return image.variants.reduce((total, variant) => total + variant.data.byteLength, image.original.byteLength);
}

/** Writes the original and its variants; returns the original's stored name. */
export async function writeImageFiles(image: ProcessedImage): Promise<string> {
  const fileName = `${randomBytes(10).toString("hex")}.webp`;
  const dir = mediaDir();
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, fileName), image.original);
  await Promise.all(
    image.variants.map((variant) => writeFile(path.join(dir, variantName(fileName, variant.width)), variant.data)),
  );
  return fileName;
}

export async function removeImageFiles(fileName: string, widths: number[]): Promise<void> {
  const names = [fileName, ...widths.map((width) => variantName(fileName, width))];
  await Promise.all(names.map((name) => rm(path.join(mediaDir(), name), { force: true })));
}

/** Reads a stored file, or null for names that are not ours or do not exist. */
export async function readStoredFile(name: string): Promise<Buffer | null> {
  if (!isStoredName(name)) return null;
  try {
    return await readFile(path.join(mediaDir(), name));
  } catch {
    return null;
  }
}
