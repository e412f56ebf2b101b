import { readdirSync, rmSync } from "node:fs";
import sharp from "sharp";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_IMAGE_BYTES } from "@/lib/media/images";
import { declaredSizeTooLarge, uploadImage } from "@/lib/media/upload";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

// Set before any import reads the environment (lib/db does, on import).
const mediaDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, os, path] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "byline-media-"));
  process.env.MEDIA_DIR = dir;
  return dir;
});

const writer = { id: "writer-1", role: "WRITER" as const };

let database: TestDatabase;
beforeEach(async () => {
  database = createTestDatabase();
  await database.client.user.create({
    data: { id: writer.id, email: "writer@example.com", name: "Writer", role: "WRITER" },
  });
});
afterEach(async () => {
  await database.dispose();
});
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));

function formWith(file: File, alt = ""): FormData {
  const form = new FormData();
  form.set("file", file);
  form.set("alt", alt);
  return form;
}

describe("uploading an image", () => {
  it("stores a real image, whatever its name, as WebP with variants", async () => {
    const png = await sharp({ create: { width: 1000, height: 600, channels: 3, background: "#884422" } })
      .png()
      .toBuffer();
    const outcome = await uploadImage(
      database.client,
      writer,
      formWith(new File([new Uint8Array(png)], "summit.txt"), "Two leaders shake hands"),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.image).toMatchObject({
      width: 1000,
      height: 600,
      src: expect.stringMatching(/^\/media\/[a-z0-9]{20}\.webp$/),
    });
    expect(outcome.image.srcSet).toContain("480w");
    const media = await database.client.media.findUniqueOrThrow({ where: { id: outcome.image.id } });
    expect(media).toMatchObject({
      mime: "image/webp",
      alt: "Two leaders shake hands",
      uploadedById: writer.id,
      originalName: "summit.txt",
    });
    expect(readdirSync(mediaDir)).toContain(media.fileName);
  });

  it("refuses a file that is not an image even when it is named like one, and stores nothing", async () => {
    const outcome = await uploadImage(
      database.client,
      writer,
      formWith(new File(["<svg onload=alert(1)>"], "photo.jpg", { type: "image/jpeg" })),
    );
    expect(outcome).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/not an image Byline can read/),
    });
    expect(await database.client.media.count()).toBe(0);
  });

  it("refuses an image over the size limit before decoding it", async () => {
    const outcome = await uploadImage(
      database.client,
      writer,
      formWith(new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], "huge.png")),
    );
    expect(outcome).toMatchObject({ ok: false, status: 413, message: expect.stringMatching(/larger than 15 MB/) });
    expect(declaredSizeTooLarge(String(MAX_IMAGE_BYTES * 2))).toBe(true);
    expect(declaredSizeTooLarge(String(MAX_IMAGE_BYTES))).toBe(false);
  });

  it("asks for a file when there is none", async () => {
    const outcome = await uploadImage(database.client, writer, new FormData());
    expect(outcome).toEqual({ ok: false, status: 400, message: "Choose an image file to upload." });
  });
});
