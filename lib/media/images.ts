import sharp, { type Metadata } from "sharp";

export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
export const ACCEPTED_FORMATS = ["jpeg", "png", "webp", "avif", "heif"] as const;
/** Widths of the generated variants; none is larger than the original. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

export type ProcessedImage = {
  /** The re-encoded image at its original size, without metadata. */
  original: Buffer;
  width: number;
  height: number;
  variants: { width: number; data: Buffer }[];
};

export class ImageRejectedError extends Error {}

/**
 * Checks an upload by its content (never its name), then re-encodes it to
 * WebP: re-encoding drops anything smuggled in the file and sharp writes no
 * metadata (EXIF, GPS) unless asked to.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.byteLength === 0) throw new ImageRejectedError("The file is empty.");
  if (input.byteLength > MAX_IMAGE_BYTES) {
    throw new ImageRejectedError(`The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(input).metadata();
  } catch {
    throw new ImageRejectedError("The file is not an image Byline can read (JPEG, PNG, WebP or AVIF).");
  }
  const formatName = metadata.format as string | undefined;
  if (!formatName || !(ACCEPTED_FORMATS as readonly string[]).includes(formatName)) {
    throw new ImageRejectedError(`Images must be JPEG, PNG, WebP or AVIF; this one is ${formatName ?? "unknown"}.`);
  }

  // rotate() applies the EXIF orientation before the metadata is dropped.
  const upright = sharp(input, { limitInputPixels: 100_000_000 }).rotate();
  const { data: original, info } = await upright.clone().webp({ quality: 82 }).toBuffer({ resolveWithObject: true });

  const variants = await Promise.all(
    VARIANT_WIDTHS.filter((width) => width < info.width).map(async (width) => ({
      width,
      data: await upright.clone().resize({ width }).webp({ quality: 80 }).toBuffer(),
    })),
  );
  return { original, width: info.width, height: info.height, variants };
}
