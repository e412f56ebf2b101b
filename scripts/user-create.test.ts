import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase;
beforeEach(() => {
  database = createTestDatabase();
});
afterEach(() => database.dispose());

/** Runs `npm run user:create -- …` against the test database, the password piped in or given by BYLINE_PASSWORD. */
function userCreate(args: string[], { password, input }: { password?: string; input?: string }) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };
  if (password === undefined) delete env.BYLINE_PASSWORD;
  else env.BYLINE_PASSWORD = password;
  return spawnSync(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/user-create.ts", ...args],
    {
      env,
      input,
      encoding: "utf8",
    },
  );
}

// Each case starts the script in a process of its own, which takes a few seconds.
describe("npm run user:create", { timeout: 30_000 }, () => {
  it("creates an active admin who can sign in, from BYLINE_PASSWORD", async () => {
    const run = userCreate(["--email", "Chief@Example.com", "--name", "Chief Editor", "--role", "ADMIN"], {
      password: "a very good password",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Created Chief Editor <chief@example.com> as Admin.");
    expect(await database.client.user.findUnique({ where: { email: "chief@example.com" } })).toMatchObject({
      role: "ADMIN",
      status: "ACTIVE",
    });
  });

  it("reads the password twice from standard input", async () => {
    const run = userCreate(["--email", "w@example.com", "--name", "W"], {
      input: "piped password 1\npiped password 1\n",
    });
    expect(run.status).toBe(0);
    expect(await database.client.user.findUnique({ where: { email: "w@example.com" } })).toMatchObject({
      role: "WRITER",
    });
  });

  it("refuses bad input and duplicates with a message, writing nothing", async () => {
    const badRole = userCreate(["--email", "x@example.com", "--name", "X", "--role", "OWNER"], {
      password: "a very good password",
    });
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain("--role: Choose Writer, Editor or Admin.");
    const shortPassword = userCreate(["--email", "x@example.com", "--name", "X"], { password: "short" });
    expect(shortPassword.stderr).toContain("password: Use at least 12 characters.");
    expect(await database.client.user.count()).toBe(0);

    userCreate(["--email", "x@example.com", "--name", "X"], { password: "a very good password" });
    const again = userCreate(["--email", "x@example.com", "--name", "X"], { password: "a very good password" });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("A user with the email x@example.com already exists.");
  });
});
