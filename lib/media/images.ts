import sharp, { type Metadata } from "sharp";

export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/**
 * Decoding costs memory by pixels, not by file size: a small file can claim a
 * huge picture. 40 megapixels covers a full-frame camera's largest photos and
 * decodes to at most 160 MB (four bytes a pixel).
 */
export const MAX_IMAGE_PIXELS = 40_000_000;
export const ACCEPTED_FORMATS = ["jpeg", "png", "webp", "avif", "heif"] as const;
/** Widths of the generated variants; none is larger than the original. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

const CHOOSE_ANOTHER = "Choose a JPEG, PNG, WebP or AVIF image.";

export type ProcessedImage = {
  /** The re-encoded image at its original size, without metadata. */
  original: Buffer;
  width: number;
  height: number;
  variants: { width: number; data: Buffer }[];
};

/** Raised with a message for the uploader: what is wrong with the file and what to do. */
export class ImageRejectedError extends Error {}

/**
 * Checks an upload by its content (never its name), then re-encodes it to
 * WebP: re-encoding drops anything smuggled in the file and sharp writes no
 * metadata (EXIF, GPS) unless asked to.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.byteLength === 0) throw new ImageRejectedError(`The file is empty. ${CHOOSE_ANOTHER}`);
  if (input.byteLength > MAX_IMAGE_BYTES) {
    throw new ImageRejectedError(
      `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Choose a smaller file.`,
    );
  }
  checkHeader(await readHeader(input));
  const { data, info } = await decodeUpright(input);
  const { width, height, channels } = info;
  const pixels = () => sharp(data, { raw: { width, height, channels } });
  const [original, variants] = await Promise.all([
    pixels().webp({ quality: 82 }).toBuffer(),
    Promise.all(
      VARIANT_WIDTHS.filter((variantWidth) => variantWidth < width).map(async (variantWidth) => ({
        width: variantWidth,
        data: await pixels().resize({ width: variantWidth }).webp({ quality: 80 }).toBuffer(),
      })),
    ),
  ]);
  return { original, width, height, variants };
}

/**
 * The header alone: format and dimensions, without decoding a pixel. No pixel
 * limit here (sharp's default one would call a huge image unreadable): the
 * caller turns the dimensions into a clear refusal.
 */
async function readHeader(input: Buffer): Promise<Metadata> {
  try {
    return await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError(`The file is not an image Byline can read. ${CHOOSE_ANOTHER}`);
  }
}

function checkHeader({ format, width, height }: Metadata): void {
  const formatName = format as string | undefined;
  if (!formatName || !(ACCEPTED_FORMATS as readonly string[]).includes(formatName)) {
    throw new ImageRejectedError(`Images must be JPEG, PNG, WebP or AVIF; this one is ${formatName ?? "unknown"}.`);
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    // Rounded up, so an image just over the limit never reads as "40 megapixels".
    const megapixels = Math.ceil((width * height) / 100_000) / 10;
    throw new ImageRejectedError(
      `The image is ${width} × ${height} pixels (${megapixels} megapixels); Byline takes at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels. Scale it down and upload it again.`,
    );
  }
}

/**
 * The one decode of an upload: upright (EXIF orientation applied before the
 * metadata goes) and in 8-bit raw pixels that the original and every variant
 * are encoded from. Cloning a sharp pipeline would not do: each clone decodes
 * its input again. limitInputPixels holds even if the header lied.
 */
async function decodeUpright(input: Buffer) {
  try {
    return await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRejectedError(`The image could not be decoded; the file may be damaged. ${CHOOSE_ANOTHER}`);
  }
}
