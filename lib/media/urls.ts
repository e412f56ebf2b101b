import { z } from "zod";
import { variantName } from "@/lib/media/storage";

const widthsSchema = z.array(z.number().int().positive());

type StoredMedia = { fileName: string; width: number; height: number; variants: string };

export type MediaSource = { src: string; srcSet: string; width: number; height: number };

export function mediaUrl(name: string): string {
  return `/media/${name}`;
}

export function variantWidths(media: Pick<StoredMedia, "variants">): number[] {
  const parsed = widthsSchema.safeParse(JSON.parse(media.variants));
  return parsed.success ? parsed.data : [];
}

/** src, srcset and intrinsic size for an <img> of a stored image. */
export function mediaSource(media: StoredMedia): MediaSource {
  const candidates = [
    ...variantWidths(media).map((width) => `${mediaUrl(variantName(media.fileName, width))} ${width}w`),
    `${mediaUrl(media.fileName)} ${media.width}w`,
  ];
  return { src: mediaUrl(media.fileName), srcSet: candidates.join(", "), width: media.width, height: media.height };
}
