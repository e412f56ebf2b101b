import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

/** The environment as the site reads it, from these variables (env() keeps what it read first). */
async function envWith(variables: Record<string, string>) {
  Object.assign(process.env, variables);
  vi.resetModules();
  const { env } = await import("@/lib/env");
  return env;
}

describe("env: lists in one variable", () => {
  it("reads the site's other servers as trimmed, non-empty entries, and none by default", async () => {
    const read = await envWith({ BYLINE_PEER_URLS: " http://127.0.0.1:3002 ,, http://10.0.0.5:3000 " });
    expect(read().BYLINE_PEER_URLS).toEqual(["http://127.0.0.1:3002", "http://10.0.0.5:3000"]);
    delete process.env.BYLINE_PEER_URLS;
    const unset = await envWith({});
    expect(unset().BYLINE_PEER_URLS).toEqual([]);
    expect(unset().TRUSTED_PROXIES).toEqual(["127.0.0.0/8", "::1/128"]);
  });

  it("refuses an entry that is not a URL, naming the variable", async () => {
    const read = await envWith({ BYLINE_PEER_URLS: "http://127.0.0.1:3002,newsroom-server" });
    expect(() => read()).toThrow(/BYLINE_PEER_URLS\.1: BYLINE_PEER_URLS must list absolute URLs/);
  });
});

describe("env: which database", () => {
  it("tells SQLite from PostgreSQL by DATABASE_URL, and names pg_dump when asked for a SQLite file on PostgreSQL", async () => {
    Object.assign(process.env, { DATABASE_URL: "postgresql://byline@db.internal/byline" });
    vi.resetModules();
    const { databaseFile, databaseProvider } = await import("@/lib/env");
    expect(databaseProvider()).toBe("postgresql");
    expect(() => databaseFile()).toThrow(/PostgreSQL database \(back that up with pg_dump/);

    Object.assign(process.env, { DATABASE_URL: "file:/srv/byline/byline.db" });
    vi.resetModules();
    const sqlite = await import("@/lib/env");
    expect(sqlite.databaseProvider()).toBe("sqlite");
    expect(sqlite.databaseFile()).toBe("/srv/byline/byline.db");
  });
});
