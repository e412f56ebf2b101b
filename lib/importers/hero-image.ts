import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Actor } from "@/lib/auth/policy";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { uploadImage } from "@/lib/media/upload";
import type { SourceImage } from "./source";

/**
 * A post's featured image, from the old site's media folder given with
 * --media-dir (WordPress's wp-content/uploads, Ghost's content/images), into
 * the media library through the editor's own upload: checked by its
 * content, re-encoded without metadata, within the importer's quota.
 */

export type HeroOutcome = { ok: true; mediaId: string } | { ok: false; note: string };
export type HeroFile = { ok: true; file: string } | { ok: false; note: string };

/** The file on this machine, or why there is none to take. */
export async function locateHeroFile(image: SourceImage, mediaDir: string): Promise<HeroFile> {
  if (!image.path)
    return { ok: false, note: `featured image is not in the old site's media folder: left out (${image.url})` };
  const root = path.resolve(mediaDir);
  const file = path.resolve(root, image.path);
  // The path comes from the file being imported: it may not lead out of the folder given.
  if (!file.startsWith(root + path.sep))
    return { ok: false, note: `featured image path "${image.path}" leads outside --media-dir: left out` };
  try {
    if ((await stat(file)).isFile()) return { ok: true, file };
  } catch {
    // Missing or unreadable: said below.
  }
  return { ok: false, note: `featured image ${image.path} is not in --media-dir: left out` };
}

export async function uploadHeroImage(
  client: PrismaClient,
  actor: Actor,
  image: SourceImage,
  mediaDir: string,
): Promise<HeroOutcome> {
  const located = await locateHeroFile(image, mediaDir);
  if (!located.ok) return located;
  const form = new FormData();
  form.set("file", new File([await readFile(located.file)], path.basename(located.file)));
  form.set("alt", image.alt);
  const upload = await uploadImage(client, actor, form);
  if (!upload.ok) return { ok: false, note: `featured image ${image.path} was refused: ${upload.message}` };
  return { ok: true, mediaId: upload.image.id };
}
