import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ImageRejectedError, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, processImage } from "@/lib/media/images";

/**
 * Counts pixel reads of encoded input: toBuffer() on a sharp instance made
 * from a file's bytes (not from raw pixels), or on any clone of one. Header
 * reads (metadata()) decode nothing and are not counted.
 */
const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("sharp", async (importOriginal) => {
  const { default: actual } = await importOriginal<typeof import("sharp")>();
  type Instance = ReturnType<typeof actual>;
  const counted = (instance: Instance): Instance => {
    const { clone, toBuffer } = instance;
    instance.clone = () => counted(clone.call(instance));
    instance.toBuffer = ((...args: Parameters<Instance["toBuffer"]>) => {
      decodes.count += 1;
      return toBuffer.apply(instance, args);
    }) as Instance["toBuffer"];
    return instance;
  };
  const wrapped = (...args: Parameters<typeof actual>) => {
    const instance = actual(...args);
    const [input, options] = args;
    return Buffer.isBuffer(input) && !(options && "raw" in options) ? counted(instance) : instance;
  };
  return { default: Object.assign(wrapped, actual) };
});
beforeEach(() => {
  decodes.count = 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.byteLength);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG that is all header: it claims any size and holds one pixel, so it costs nothing to make. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(1))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function jpegWithExif(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#336699" } })
    .jpeg()
    .withExif({ IFD0: { Copyright: "Secret Camera Owner", Artist: "Someone" } })
    .toBuffer();
}

describe("processImage", () => {
  it("re-encodes to WebP, keeps the size and makes narrower variants only", async () => {
    const image = await processImage(await jpegWithExif(1200, 675));
    expect(image.width).toBe(1200);
    expect(image.height).toBe(675);
    expect(image.variants.map((v) => v.width)).toEqual([480, 960]);
    const meta = await sharp(image.original).metadata();
    expect(meta.format).toBe("webp");
    const variant = await sharp(image.variants[0]!.data).metadata();
    expect(variant.width).toBe(480);
  });

  it("strips metadata such as EXIF", async () => {
    const input = await jpegWithExif(600, 400);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const image = await processImage(input);
    expect((await sharp(image.original).metadata()).exif).toBeUndefined();
  });

  it("judges by content, not by name: text is refused", async () => {
    await expect(processImage(Buffer.from("<svg onload=alert(1)> definitely a jpeg"))).rejects.toThrow(
      ImageRejectedError,
    );
  });

  it("refuses formats outside JPEG, PNG, WebP and AVIF", async () => {
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    await expect(processImage(gif)).rejects.toThrow(/JPEG, PNG, WebP or AVIF/);
  });

  it("refuses empty and oversized files before decoding", async () => {
    await expect(processImage(Buffer.alloc(0))).rejects.toThrow(/empty/);
    await expect(processImage(Buffer.alloc(MAX_IMAGE_BYTES + 1))).rejects.toThrow(/larger than 15 MB/);
  });

  it("refuses more than 40 megapixels from the header, before decoding", async () => {
    expect(MAX_IMAGE_PIXELS).toBe(40_000_000);
    await expect(processImage(pngHeaderOnly(8000, 5001))).rejects.toThrow(
      "The image is 8000 × 5001 pixels (40.1 megapixels); Byline takes at most 40 megapixels.",
    );
    await expect(processImage(pngHeaderOnly(20_000, 20_000))).rejects.toThrow(/400 megapixels/);
    expect(decodes.count).toBe(0);
    // Exactly 40 megapixels passes the header check and goes on to the decode, where the missing pixels show.
    await expect(processImage(pngHeaderOnly(8000, 5000))).rejects.toThrow(/could not be decoded/);
  });

  it("answers a damaged image with a message, not a server error", async () => {
    const jpeg = await jpegWithExif(800, 600);
    await expect(processImage(jpeg.subarray(0, jpeg.byteLength / 2))).rejects.toThrow(ImageRejectedError);
  });

  it("decodes the upload once, however many variants it makes", async () => {
    const image = await processImage(await jpegWithExif(2000, 1200));
    expect(image.variants).toHaveLength(3);
    expect(decodes.count).toBe(1);
  });
});
