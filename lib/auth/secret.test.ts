import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureAuthSecret } from "@/lib/auth/secret";

let dir: string;
const saved = process.env.AUTH_SECRET;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "byline-secret-"));
  delete process.env.AUTH_SECRET;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
});

describe("ensureAuthSecret", () => {
  it("makes a random secret once, readable by its owner only, and exports it", () => {
    const secret = ensureAuthSecret(dir);
    const file = path.join(dir, "auth-secret");
    expect(secret).toHaveLength(43);
    expect(readFileSync(file, "utf8")).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(process.env.AUTH_SECRET).toBe(secret);
    delete process.env.AUTH_SECRET;
    expect(ensureAuthSecret(dir)).toBe(secret);
  });

  it("prefers AUTH_SECRET and then writes nothing", () => {
    process.env.AUTH_SECRET = "from the environment";
    expect(ensureAuthSecret(dir)).toBe("from the environment");
    expect(() => statSync(path.join(dir, "auth-secret"))).toThrow();
  });
});
