import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { actionResult, serverActions } from "@/lib/testing/staff-client";

describe("actionResult", () => {
  it("reads the row that row 0 names, decoding React's own values", () => {
    const flight = [
      '0:{"a":"$@1","q":"","i":false,"b":"build"}',
      '1:{"ok":true,"story":{"id":"s1","version":2},"note":"$undefined","at":"$D2026-12-03T23:00:00.000Z","price":"$$5"}',
      "",
    ].join("\n");
    expect(actionResult(flight)).toEqual({
      ok: true,
      story: { id: "s1", version: 2 },
      note: undefined,
      at: "2026-12-03T23:00:00.000Z",
      price: "$5",
    });
  });

  it("reads an answer given inline in row 0", () => {
    expect(actionResult('0:{"a":{"ok":false,"error":"conflict"},"b":"build"}\n')).toEqual({
      ok: false,
      error: "conflict",
    });
  });

  it("is undefined for a body that is not a flight response", () => {
    expect(actionResult("<!DOCTYPE html><p>Internal Server Error</p>")).toBeUndefined();
  });
});

describe("serverActions", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("names each exported action with its id and a page address that holds it", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "byline-actions-"));
    mkdirSync(path.join(dir, "server"));
    writeFileSync(
      path.join(dir, "server", "server-reference-manifest.json"),
      JSON.stringify({
        node: {
          abc: {
            filename: "lib/articles/actions.ts",
            exportedName: "saveStory",
            workers: { "app/editor/articles/[id]/page": {}, "app/(site)/page": {} },
          },
          def: { filename: "lib/cache/reader-cache.ts", exportedName: "x", workers: { "app/feed.xml/route": {} } },
        },
      }),
    );
    const actions = serverActions(dir);
    expect(actions.get("saveStory")).toEqual({ id: "abc", page: "/editor/articles/x" });
    expect(actions.has("x")).toBe(false);
  });

  it("says to build first when there is no build", () => {
    expect(() => serverActions(path.join(os.tmpdir(), "no-such-build"))).toThrow(/npx next build/);
  });
});
