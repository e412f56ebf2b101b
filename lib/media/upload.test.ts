import { readdirSync, rmSync } from "node:fs";
import sharp from "sharp";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_IMAGE_BYTES, processImage } from "@/lib/media/images";
import { storedBytes } from "@/lib/media/storage";
import { declaredSizeTooLarge, MAX_UPLOAD_REQUEST_BYTES, uploadFromRequest, uploadImage } from "@/lib/media/upload";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

// Set before any import reads the environment (lib/db does, on import).
const mediaDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, os, path] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "byline-media-"));
  process.env.MEDIA_DIR = dir;
  process.env.MEDIA_QUOTA_MB = "1";
  return dir;
});
const QUOTA_BYTES = 1024 * 1024;

/**
 * Uploads wait here, files written and row not yet recorded, until `expected`
 * of them have arrived: two uploads at once then reach the quota check at the
 * same moment, whatever their images cost to process.
 */
const meeting = vi.hoisted(() => ({ expected: 1, waiting: [] as (() => void)[] }));
vi.mock("@/lib/media/storage", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/media/storage")>();
  return {
    ...actual,
    writeImageFiles: async (...args: Parameters<typeof actual.writeImageFiles>) => {
      const fileName = await actual.writeImageFiles(...args);
      await new Promise<void>((resolve) => {
        meeting.waiting.push(resolve);
        if (meeting.waiting.length >= meeting.expected) for (const go of meeting.waiting.splice(0)) go();
      });
      return fileName;
    },
  };
});

const writer = { id: "writer-1", role: "WRITER" as const };
const colleague = { id: "writer-2", role: "WRITER" as const };

let database: TestDatabase;
beforeEach(async () => {
  database = createTestDatabase();
  await database.client.user.createMany({
    data: [writer, colleague].map(({ id, role }) => ({ id, role, email: `${id}@example.com`, name: id })),
  });
});
afterEach(async () => {
  meeting.expected = 1;
  await database.dispose();
  for (const name of readdirSync(mediaDir)) rmSync(`${mediaDir}/${name}`);
});
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));

function formWith(file: File, alt = ""): FormData {
  const form = new FormData();
  form.set("file", file);
  form.set("alt", alt);
  return form;
}

const photo = () =>
  sharp({ create: { width: 1000, height: 600, channels: 3, background: "#884422" } })
    .png()
    .toBuffer();

const photoForm = async () => formWith(new File([new Uint8Array(await photo())], "photo.png"));

/** An image row of `size` bytes, as if uploaded earlier (its files do not matter here). */
async function alreadyStored(uploadedById: string, size: number) {
  await database.client.media.create({
    data: { fileName: `earlier-${uploadedById}.webp`, mime: "image/webp", size, width: 1, height: 1, uploadedById },
  });
}

describe("uploading an image", () => {
  it("stores a real image, whatever its name, as WebP with variants", async () => {
    const png = await photo();
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
      size: storedBytes(await processImage(png)),
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

describe("the storage quota (MEDIA_QUOTA_MB, 1 MB in these tests)", () => {
  it("refuses an image that does not fit, says how much is used, and leaves no row and no file", async () => {
    await alreadyStored(writer.id, QUOTA_BYTES - 100);
    const outcome = await uploadImage(database.client, writer, await photoForm());
    expect(outcome).toMatchObject({
      ok: false,
      status: 413,
      message: expect.stringMatching(
        /^You have used 1 MB of your 1 MB of image storage, and this image needs [\d.]+ MB\. Ask an administrator/,
      ),
    });
    expect(await database.client.media.count()).toBe(1);
    expect(readdirSync(mediaDir)).toEqual([]);
  });

  it("counts only the uploader's own images", async () => {
    await alreadyStored(colleague.id, QUOTA_BYTES);
    expect(await uploadImage(database.client, writer, await photoForm())).toMatchObject({ ok: true });
  });

  it("lets only one of two uploads at once take the last room", async () => {
    const imageBytes = storedBytes(await processImage(await photo()));
    await alreadyStored(writer.id, QUOTA_BYTES - Math.floor(imageBytes * 1.5));
    meeting.expected = 2;
    const outcomes = await Promise.all([
      uploadImage(database.client, writer, await photoForm()),
      uploadImage(database.client, writer, await photoForm()),
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? 201 : outcome.status)).sort()).toEqual([201, 413]);
    expect(await database.client.media.count()).toBe(2);
    const stored = await database.client.media.findFirstOrThrow({ where: { size: imageBytes } });
    expect(readdirSync(mediaDir).every((name) => name.startsWith(stored.fileName.replace(".webp", "")))).toBe(true);
  });
});

describe("the upload request", () => {
  const ours = { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" };

  function post(body: BodyInit, headers: Record<string, string>): Request {
    // Node needs `duplex` for a streamed body; the DOM's RequestInit type does not know it yet.
    const init: RequestInit & { duplex: "half" } = { method: "POST", body, headers, duplex: "half" };
    return new Request("http://localhost:3000/api/media", init);
  }

  /** A body of `total` bytes that counts how much of it was pulled; it reads nothing ahead. */
  function countedBody(total: number) {
    const chunk = 64 * 1024;
    const counter = { pulled: 0 };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (counter.pulled >= total) return controller.close();
          counter.pulled += chunk;
          controller.enqueue(new Uint8Array(chunk));
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, counter };
  }
  const multipart = { "content-type": "multipart/form-data; boundary=x" };

  it("stores an image posted from our own pages", async () => {
    const outcome = await uploadFromRequest(database.client, writer, post(await photoForm(), ours));
    expect(outcome).toMatchObject({ ok: true, image: { width: 1000, height: 600 } });
  });

  it.each([
    ["another site's page", { origin: "https://attacker.example" }],
    ["a sibling site", { origin: "http://localhost:3000", "sec-fetch-site": "same-site" }],
    ["a sandboxed frame", { origin: "null" }],
  ])("refuses a post from %s without reading it", async (_, headers) => {
    const { stream, counter } = countedBody(1024 * 1024);
    const outcome = await uploadFromRequest(database.client, writer, post(stream, { ...multipart, ...headers }));
    expect(outcome).toEqual({ ok: false, status: 403, message: "Uploads are accepted only from Byline's own pages." });
    expect(counter.pulled).toBe(0);
    expect(await database.client.media.count()).toBe(0);
  });

  it.each([
    ["a chunked body (no Content-Length)", {}],
    ["a body whose Content-Length says it is small", { "content-length": "1000" }],
  ])("stops reading %s as soon as it passes the limit", async (_, headers) => {
    const offered = 100 * 1024 * 1024;
    const { stream, counter } = countedBody(offered);
    const outcome = await uploadFromRequest(
      database.client,
      writer,
      post(stream, { ...ours, ...multipart, ...headers }),
    );
    expect(outcome).toMatchObject({ ok: false, status: 413, message: expect.stringMatching(/larger than 15 MB/) });
    expect(counter.pulled).toBeGreaterThan(MAX_UPLOAD_REQUEST_BYTES);
    expect(counter.pulled).toBeLessThan(MAX_UPLOAD_REQUEST_BYTES + 1024 * 1024);
  });

  it("refuses a body that is not a form with a message", async () => {
    const outcome = await uploadFromRequest(database.client, writer, post("not a form", ours));
    expect(outcome).toEqual({ ok: false, status: 400, message: "The upload could not be read. Try again." });
  });
});
