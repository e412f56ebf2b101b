import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { cloneTestDatabase, createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { databaseFingerprint } from "@/lib/testing/database-fingerprint";
import { type EntrypointCase, ROUTE_HANDLERS, SERVER_ACTIONS } from "@/lib/testing/entrypoint-inventory";
import { judge, send } from "@/lib/testing/entrypoint-runner";
import { type RouteHandler, routeHandlers, type ServerAction, serverActions } from "@/lib/testing/entrypoints";
import { type Newsroom, seedNewsroom } from "@/lib/testing/newsroom";
import { request } from "@/lib/testing/request-doubles";

// Each request below runs the real action or handler against a real database,
// as Next.js would run it: only the request around it (session, headers,
// cookies, cache expiry) is stood in for. The policy is the real one, watched.
vi.mock("@/lib/db", async (original) => ({
  ...(await original<typeof import("@/lib/db")>()),
  db: (await import("@/lib/testing/request-doubles")).currentDatabase,
}));
vi.mock("next/headers", async () => (await import("@/lib/testing/request-doubles")).nextHeaders);
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  ...(await import("@/lib/testing/request-doubles")).sessionLookups,
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: vi.fn(),
  refresh: vi.fn(),
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
}));
vi.mock("@/lib/cache/revalidate", () => ({ revalidate: vi.fn() }));
vi.mock("@/lib/auth/policy", async (original) => {
  const policy = await original<typeof import("@/lib/auth/policy")>();
  return { ...policy, can: vi.fn(policy.can) };
});

const WHO = ["anonymous", "WRITER", "EDITOR", "ADMIN"] as const;
type Who = (typeof WHO)[number];

const INVENTORY = { ...SERVER_ACTIONS, ...ROUTE_HANDLERS };
const canSpy = vi.mocked(can);

let template: TestDatabase;
let newsroom: Newsroom;
let database: TestDatabase;
let entrypoints: Map<string, ServerAction | RouteHandler>;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-auth-js";
  template = createTestDatabase();
  newsroom = await seedNewsroom(template.client);
  const found = [...(await serverActions()), ...(await routeHandlers())];
  entrypoints = new Map(found.map((entry) => [entry.id, entry]));
}, 60_000);

afterAll(async () => {
  await template.dispose();
});

beforeEach(async () => {
  database = await cloneTestDatabase(template);
  request.client = database.client;
  request.cookies.clear();
  // Auth.js and the mail log write to the console; the verdicts below say what matters.
  for (const level of ["error", "warn", "info"] as const) vi.spyOn(console, level).mockImplementation(() => {});
});

afterEach(async () => {
  vi.restoreAllMocks();
  await database.dispose();
});

describe("the inventory of server actions and route handlers", () => {
  it("lists every one found on disk, each with the rule that guards it", () => {
    const unlisted = [...entrypoints.keys()].filter((id) => !(id in INVENTORY));
    expect(unlisted, "add these to lib/testing/entrypoint-inventory.ts with their policy rule").toEqual([]);
  });

  it("lists none that is gone", () => {
    expect(Object.keys(INVENTORY).filter((id) => !entrypoints.has(id))).toEqual([]);
  });
});

function user(who: Who): SessionUser | null {
  return who === "anonymous" ? null : newsroom.users[who];
}

/** What the table says for this case and user. */
function expected(entry: EntrypointCase, actor: SessionUser | null): "done" | "refused" {
  switch (entry.rule) {
    case "public":
      return "done";
    case "nobody":
      return "refused";
    case "signed-in":
      return actor ? "done" : "refused";
    default:
      return actor && can(actor, entry.rule, entry.resource(newsroom, actor) as never) ? "done" : "refused";
  }
}

/** The rule this case must ask the policy about, for a signed-in user. */
function askedRule(entry: EntrypointCase): string | null {
  if (entry.rule === "signed-in") return entry.asks;
  return entry.rule === "public" || entry.rule === "nobody" ? null : entry.rule;
}

const cases = Object.entries(INVENTORY).flatMap(([id, entries]) =>
  entries.flatMap((entry) => WHO.map((who) => ({ id, entry, who, title: `${id}, ${entry.name}, as ${who}` }))),
);

describe("every server action and route handler answers as the policy table says", () => {
  it.each(cases)("$title", async ({ id, entry, who }) => {
    const target = entrypoints.get(id);
    if (!target) return; // reported by "lists none that is gone"
    const actor = user(who);
    request.user = actor;
    const want = expected(entry, actor);
    const payload = await entry.payload(newsroom, actor);
    const fingerprint = await databaseFingerprint(database.client);
    const before = await fingerprint();

    canSpy.mockClear();
    const verdict = await judge(await send(target, payload));
    const asked = canSpy.mock.calls.flatMap(([asker, rule], index) =>
      asker?.id === actor?.id ? [{ rule, answer: canSpy.mock.results[index]?.value as boolean }] : [],
    );
    const rule = askedRule(entry);
    // A refusal the domain words itself ("Only editors…") is one the policy gave.
    const refusedByPolicy = asked.some((answer) => answer.rule === rule && !answer.answer);
    const outcome = verdict.kind === "declined" && refusedByPolicy ? "refused" : verdict.kind;

    expect(verdict.kind, verdict.detail).not.toBe("crashed");
    // Anyone may use a public one; what it answers (a sign-in refused, no such sitemap file) is its own business.
    if (entry.rule === "public") expect(outcome, verdict.detail).not.toBe("refused");
    else expect(outcome, verdict.detail).toBe(want);
    if (actor && rule) {
      expect(
        asked.map((answer) => answer.rule),
        `${id} must ask the policy about "${rule}"`,
      ).toContain(rule);
    }
    if (outcome === "refused") expect(await fingerprint()).toEqual(before);
  });
});
