import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { locateHeroFile } from "./hero-image";
import { pathBelow } from "./media-path";

let mediaDir: string;
beforeEach(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), "byline-hero-"));
  await writeFile(path.join(mediaDir, "mill.png"), "not looked at here");
});
afterEach(() => rm(mediaDir, { recursive: true, force: true }));

const image = (imagePath: string | null) => ({
  url: "https://old.example/mill.png",
  path: imagePath,
  alt: "",
  caption: "",
});

describe("locateHeroFile", () => {
  it("finds the file below --media-dir", async () => {
    expect(await locateHeroFile(image("mill.png"), mediaDir)).toEqual({
      ok: true,
      file: path.join(mediaDir, "mill.png"),
    });
  });

  it("never follows a path out of --media-dir", async () => {
    expect(await locateHeroFile(image("../../etc/passwd"), mediaDir)).toEqual({
      ok: false,
      note: 'featured image path "../../etc/passwd" leads outside --media-dir: left out',
    });
    expect((await locateHeroFile(image("/etc/passwd"), mediaDir)).ok).toBe(false);
  });

  it("says when the file is missing, or the image was never in the old site's folder", async () => {
    expect(await locateHeroFile(image("2024/gone.png"), mediaDir)).toEqual({
      ok: false,
      note: "featured image 2024/gone.png is not in --media-dir: left out",
    });
    expect(await locateHeroFile(image(null), mediaDir)).toEqual({
      ok: false,
      note: "featured image is not in the old site's media folder: left out (https://old.example/mill.png)",
    });
  });
});

describe("pathBelow", () => {
  it("gives the place below the old site's media folder, decoded, without a query", () => {
    expect(pathBelow("https://x.example/wp-content/uploads/2024/03/caf%C3%A9.jpg?ver=2", "/wp-content/uploads/")).toBe(
      "2024/03/café.jpg",
    );
    expect(pathBelow("__GHOST_URL__/content/images/100%.png", "/content/images/")).toBe("100%.png");
    expect(pathBelow("https://images.example.com/photo-1", "/content/images/")).toBeNull();
  });
});
