import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageRejectedError, MAX_IMAGE_BYTES, processImage } from "@/lib/media/images";

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
});
