import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { openSealedSecret } from "@/lib/two-factor/sealed-secret";
import { secretContext } from "@/lib/webhooks/secret";

const AUTH_SECRET = "the-secret-the-running-site-uses";

let database: TestDatabase;
beforeEach(() => {
  database = createTestDatabase();
});
afterEach(() => database.dispose());

function webhookCreate(args: string[], extraEnv: Record<string, string> = {}) {
  return spawnSync(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/webhook-create.ts", ...args],
    {
      env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET, ...extraEnv },
      encoding: "utf8",
    },
  );
}

describe("npm run webhook:create", { timeout: 30_000 }, () => {
  it("registers an endpoint and prints the secret its requests are signed with", async () => {
    const run = webhookCreate(["--url", "http://127.0.0.1:4000/hooks", "--events", "story.published, story.updated"], {
      WEBHOOKS_ALLOW_PRIVATE: "true",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const secret = run.stdout.match(/^whsec_[\w-]{43}$/m)?.[0] ?? "";
    const row = await database.client.webhook.findFirstOrThrow();
    expect(row).toMatchObject({ url: "http://127.0.0.1:4000/hooks", events: '["story.published","story.updated"]' });
    expect(openSealedSecret(row.secret, secretContext(row.id), AUTH_SECRET)).toBe(secret);
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "webhook.create" } });
    expect(event).toMatchObject({ actorId: null, ip: "command line", targetId: row.id });
  });

  it("refuses a loopback address unless WEBHOOKS_ALLOW_PRIVATE=true, an unknown event, and a missing URL", async () => {
    const loopback = webhookCreate(["--url", "http://127.0.0.1:4000/hooks", "--events", "story.published"]);
    expect(loopback.status).toBe(1);
    expect(loopback.stderr).toContain("WEBHOOKS_ALLOW_PRIVATE=true");

    const unknown = webhookCreate(["--url", "https://93.184.215.14/hooks", "--events", "story.liked"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("unknown event; choose from story.published");

    const missing = webhookCreate(["--events", "story.published"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("Enter the address");
    expect(await database.client.webhook.count()).toBe(0);
  });
});
