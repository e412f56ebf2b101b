import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lockRoute } from "@/lib/articles/lock-route";
import type { LockOutcome } from "@/lib/articles/locks";
import { storageFailureMessage } from "@/lib/db-errors";
import { request } from "@/lib/testing/request-doubles";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/request-doubles")).sessionLookups);
vi.mock("@/lib/db", () => ({ db: {} }));

const SITE = "http://localhost:3000";
const editor = { id: "editor-1", email: "e@example.com", name: "Ed", role: "EDITOR" as const };
const held: LockOutcome = { ok: true, state: { holding: true, holder: null, mayTakeOver: true, others: [] } };

function post(headers: Record<string, string>) {
  return new Request(`${SITE}/api/editor/stories/a1/presence/takeover`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
    body: JSON.stringify({ tabId: "tab" }),
  });
}

afterEach(() => {
  request.user = null;
  vi.unstubAllEnvs();
});

describe("a story lock's route", () => {
  it("refuses a request another site's page sends, before the lock is touched", async () => {
    vi.stubEnv("SITE_URL", SITE);
    request.user = editor;
    const operation = vi.fn(async () => held);
    const handler = lockRoute(operation);
    const params = Promise.resolve({ id: "a1" });

    const forged = await handler(post({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }), { params });
    expect(forged.status).toBe(403);
    expect(operation).not.toHaveBeenCalled();

    const own = await handler(post({ origin: SITE, "sec-fetch-site": "same-origin" }), { params });
    expect(own.status).toBe(200);
    expect(operation).toHaveBeenCalledOnce();
  });

  it("answers 401 with a message when the session has ended", async () => {
    const operation = vi.fn(async () => held);
    const response = await lockRoute(operation)(post({}), { params: Promise.resolve({ id: "a1" }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining("Sign in again") });
    expect(operation).not.toHaveBeenCalled();
  });

  it("says the hold could not be renewed when the database refuses the heartbeat, not that a save failed", async () => {
    vi.stubEnv("SITE_URL", SITE);
    request.user = editor;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const operation = vi.fn(async (): Promise<LockOutcome> => {
      throw new Database.SqliteError("attempt to write a readonly database", "SQLITE_READONLY");
    });
    const response = await lockRoute(operation)(post({ origin: SITE, "sec-fetch-site": "same-origin" }), {
      params: Promise.resolve({ id: "a1" }),
    });
    expect(response.status).toBe(503);
    const { error } = (await response.json()) as { error: string };
    expect(error).toMatch(/^Your hold on this story could not be renewed: the database cannot be written/);
    expect(error).not.toBe(storageFailureMessage({ kind: "unwritable", code: "SQLITE_READONLY", detail: "" }));
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("SQLITE_READONLY"));
  });

  it("throws on an error that is not the disk's, for Next's error handling", async () => {
    vi.stubEnv("SITE_URL", SITE);
    request.user = editor;
    const operation = vi.fn(async (): Promise<LockOutcome> => {
      throw new TypeError("a bug");
    });
    await expect(
      lockRoute(operation)(post({ origin: SITE, "sec-fetch-site": "same-origin" }), {
        params: Promise.resolve({ id: "a1" }),
      }),
    ).rejects.toThrow("a bug");
  });
});
