import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { type AddressInfo, createServer as createNetServer, type Server as NetServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { saveArticle } from "@/lib/articles/save";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { checkWebhookAgainstOpenApi } from "@/lib/testing/openapi-check";
import { storyForm } from "@/lib/testing/story-form";
import { type DeliveryDeps, deliverDueWebhooks, rounds } from "./deliver";
import { dispatchDueEvents } from "./dispatch";
import { webhookPayloadSchema } from "./payload-schema";
import { createWebhook, pruneWebhookLog, redeliver, setWebhookEnabled } from "./registry";
import { postWebhook } from "./send";
import { verifySignature } from "./signature";

type Received = { headers: IncomingHttpHeaders; body: string };

/** A real endpoint on a free local port that answers each request with the next status of `answers` (then the last). */
async function startReceiver(answers: number[]): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = answers[Math.min(received.length - 1, answers.length - 1)] ?? 200;
      response.end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/byline`, received, server };
}

const T0 = new Date("2026-12-04T12:00:00Z");
const admin = { actor: null, ip: "" };

let database: TestDatabase;
let editor: StaffActor;
let clock: Date;
let server: Server | NetServer | undefined;
const deps: DeliveryDeps = {
  now: () => clock,
  send: (url, body, headers) => postWebhook(url, body, headers, { allowPrivate: true }),
};
const savedSecret = process.env.AUTH_SECRET;

beforeEach(async () => {
  process.env.AUTH_SECRET = "a-test-secret-that-seals-webhook-secrets";
  database = createTestDatabase();
  const user = await database.client.user.create({
    data: { email: "editor@example.com", name: "Elena", role: "EDITOR", status: "ACTIVE" },
  });
  editor = { id: user.id, email: user.email, role: "EDITOR" };
  clock = T0;
});

afterEach(async () => {
  server?.close();
  server = undefined;
  await database.dispose();
  if (savedSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = savedSecret;
});

async function register(answers: number[]) {
  const receiver = await startReceiver(answers);
  server = receiver.server;
  const created = await createWebhook(database.client, { url: receiver.url, events: ["story.published"] }, admin, true);
  if (!created.ok) throw new Error(created.message);
  return { ...receiver, secret: created.secret, id: created.id };
}

async function publishStory(slug = "ferries-run-every-forty-minutes", now = T0) {
  const outcome = await saveArticle(
    database.client,
    editor,
    { articleId: null, baseVersion: null, action: "publish", fields: storyForm({ slug }) },
    { now },
  );
  if (!outcome.ok) throw new Error(outcome.message);
}

const delivery = () => database.client.webhookDelivery.findFirstOrThrow({ orderBy: { createdAt: "asc" } });

describe("webhook delivery", () => {
  it("retries a receiver that fails twice, then delivers, signing the same body each time", async () => {
    const receiver = await register([500, 502, 200]);
    await publishStory();

    expect(await deliverDueWebhooks(database.client, deps)).toBe(1);
    expect(await delivery()).toMatchObject({
      status: "PENDING",
      attempts: 1,
      responseCode: 500,
      error: "The server answered 500.",
      nextAttemptAt: new Date(T0.getTime() + 30_000),
    });
    clock = new Date(T0.getTime() + 29_000);
    expect(await deliverDueWebhooks(database.client, deps)).toBe(0);

    clock = new Date(T0.getTime() + 30_000);
    expect(await deliverDueWebhooks(database.client, deps)).toBe(1);
    expect(await delivery()).toMatchObject({
      attempts: 2,
      responseCode: 502,
      nextAttemptAt: new Date(T0.getTime() + 90_000),
    });

    clock = new Date(T0.getTime() + 90_000);
    expect(await deliverDueWebhooks(database.client, deps)).toBe(1);
    const settled = await delivery();
    expect(settled).toMatchObject({
      status: "DELIVERED",
      attempts: 3,
      responseCode: 200,
      error: "",
      nextAttemptAt: null,
    });
    expect(settled.durationMs).toBeGreaterThanOrEqual(0);

    expect(receiver.received).toHaveLength(3);
    const attemptTimes = [T0, new Date(T0.getTime() + 30_000), new Date(T0.getTime() + 90_000)];
    for (const [index, request] of receiver.received.entries()) {
      expect(request.body).toBe(receiver.received[0]?.body);
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.headers["byline-event"]).toBe("story.published");
      expect(request.headers["byline-delivery"]).toBe(settled.id);
      const signature = String(request.headers["byline-signature"]);
      expect(verifySignature(signature, request.body, receiver.secret, attemptTimes[index])).toBe(true);
      expect(verifySignature(signature, request.body, "whsec_someone-else", attemptTimes[index])).toBe(false);
    }
    const body: unknown = JSON.parse(receiver.received[0]?.body ?? "");
    checkWebhookAgainstOpenApi("story.published", body);
    const payload = webhookPayloadSchema.parse(body);
    expect(payload).toMatchObject({
      type: "story.published",
      occurred_at: T0.toISOString(),
      data: { slug: "ferries-run-every-forty-minutes", correction: null },
    });
    expect(payload.data.story?.body_html).toBe("<p>From November.</p>");
  });

  it("gives up 24 hours after the event was due", async () => {
    const receiver = await register([503]);
    await publishStory();
    await deliverDueWebhooks(database.client, deps);
    for (let row = await delivery(); row.status === "PENDING"; row = await delivery()) {
      clock = row.nextAttemptAt ?? clock;
      await deliverDueWebhooks(database.client, deps);
    }
    const failed = await delivery();
    expect(failed).toMatchObject({ status: "FAILED", attempts: 14, responseCode: 503, nextAttemptAt: null });
    expect(failed.lastAttemptAt!.getTime() - T0.getTime()).toBeLessThanOrEqual(24 * 3_600_000);
    expect(receiver.received).toHaveLength(14);
  });

  it("sends an attempt once when two workers run at the same moment", async () => {
    const receiver = await register([200]);
    await publishStory();
    const counts = await Promise.all([
      deliverDueWebhooks(database.client, deps),
      deliverDueWebhooks(database.client, deps),
    ]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(receiver.received).toHaveLength(1);
  });

  it("redelivers a settled delivery as a new one with the same event", async () => {
    const receiver = await register([200]);
    await publishStory();
    await deliverDueWebhooks(database.client, deps);
    const first = await delivery();
    expect(await redeliver(database.client, first.id, admin, T0)).toMatchObject({ ok: true });
    await deliverDueWebhooks(database.client, deps);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body);
    expect(receiver.received[1]?.headers["byline-delivery"]).not.toBe(first.id);
    expect(await database.client.auditEvent.count({ where: { action: "webhook.redeliver" } })).toBe(1);
  });

  it("settles waiting deliveries when their endpoint is paused, and gives it no new ones", async () => {
    const receiver = await register([500]);
    await publishStory();
    await deliverDueWebhooks(database.client, deps);
    expect(await delivery()).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(await setWebhookEnabled(database.client, receiver.id, false, admin, T0)).toMatchObject({ ok: true });
    expect(await delivery()).toMatchObject({ status: "FAILED", error: "Not sent: the webhook was paused." });

    clock = new Date(T0.getTime() + 3_600_000);
    await publishStory("a-second-story-while-paused", clock);
    expect(await deliverDueWebhooks(database.client, deps)).toBe(0);
    expect(receiver.received).toHaveLength(1);
    expect(await database.client.webhookDelivery.count()).toBe(1);
    expect(await database.client.webhookEvent.count({ where: { dispatchedAt: { not: null } } })).toBe(2);
  });

  it("drops the late result of a worker whose lease ran out while another took over and delivered", async () => {
    const receiver = await register([200]);
    await publishStory();
    const takingOver: DeliveryDeps = { now: () => clock, send: deps.send };
    const stalled: DeliveryDeps = {
      now: () => clock,
      send: async () => {
        // This worker hangs past its lease; meanwhile another claims the delivery and sends it.
        clock = new Date(clock.getTime() + 3 * 60_000);
        expect(await deliverDueWebhooks(database.client, takingOver)).toBe(1);
        return { ok: false, status: 504, error: "The server answered 504.", durationMs: 180_000 };
      },
    };
    expect(await deliverDueWebhooks(database.client, stalled)).toBe(1);
    expect(receiver.received).toHaveLength(1);
    expect(await delivery()).toMatchObject({ status: "DELIVERED", attempts: 1, responseCode: 200 });
  });

  it("lets a pause made while a request is on its way have the last word", async () => {
    const receiver = await register([200]);
    await publishStory();
    const pausingMidway: DeliveryDeps = {
      now: () => clock,
      send: async (url, body, headers) => {
        await setWebhookEnabled(database.client, receiver.id, false, admin, clock);
        return deps.send(url, body, headers);
      },
    };
    expect(await deliverDueWebhooks(database.client, pausingMidway)).toBe(1);
    expect(receiver.received).toHaveLength(1);
    expect(await delivery()).toMatchObject({
      status: "FAILED",
      attempts: 0,
      error: "Not sent: the webhook was paused.",
    });
  });

  it("sends a scheduled story's publication at its time, to endpoints added while it waited", async () => {
    const { client } = database;
    const publishAt = new Date(T0.getTime() + 3_600_000);
    const scheduled = await saveArticle(
      client,
      editor,
      {
        articleId: null,
        baseVersion: null,
        action: "schedule",
        fields: storyForm({ publishAt: instantToNewsroomTime(publishAt, "UTC") }),
      },
      { now: T0 },
    );
    expect(scheduled.ok).toBe(true);
    const receiver = await register([200]);
    expect(await deliverDueWebhooks(client, deps)).toBe(0);
    expect(await client.webhookDelivery.count()).toBe(0);

    clock = publishAt;
    expect(await deliverDueWebhooks(client, deps)).toBe(1);
    const payload = webhookPayloadSchema.parse(JSON.parse(receiver.received[0]?.body ?? ""));
    expect(payload).toMatchObject({ type: "story.published", occurred_at: publishAt.toISOString() });
    expect(payload.data.story?.headline).toBe("Ferries Run Every Forty Minutes");
  });

  it("gives a due event one set of deliveries when two workers reach it at once", async () => {
    const receiver = await register([200]);
    await publishStory();
    await Promise.all([dispatchDueEvents(database.client, T0), dispatchDueEvents(database.client, T0)]);
    expect(await database.client.webhookDelivery.count()).toBe(1);
    await deliverDueWebhooks(database.client, deps);
    expect(receiver.received).toHaveLength(1);
  });

  it("counts an event it cannot prepare as a failed try, and tries again later", async () => {
    const receiver = await register([200]);
    await publishStory();
    await database.client.webhookEvent.updateMany({ data: { subject: "{not json" } });
    expect(await deliverDueWebhooks(database.client, deps)).toBe(1);
    expect(await delivery()).toMatchObject({
      status: "PENDING",
      attempts: 1,
      nextAttemptAt: new Date(T0.getTime() + 30_000),
      error: expect.stringContaining("Byline could not prepare the event"),
    });
    expect(receiver.received).toHaveLength(0);
  });

  it("cannot sign once AUTH_SECRET has changed, and says so instead of sending", async () => {
    const receiver = await register([200]);
    await publishStory();
    process.env.AUTH_SECRET = "a-different-secret-after-a-rotation";
    await deliverDueWebhooks(database.client, deps);
    expect(await delivery()).toMatchObject({ status: "FAILED", error: expect.stringContaining("AUTH_SECRET") });
    expect(receiver.received).toHaveLength(0);
  });
});

describe("webhook addresses", () => {
  it("are refused when they lead to a private or loopback network, unless allowed", async () => {
    for (const url of [
      "http://127.0.0.1:9/",
      "http://localhost/",
      "http://[::1]/",
      "http://10.1.2.3/",
      "http://169.254.169.254/",
    ]) {
      const refused = await createWebhook(database.client, { url, events: ["story.published"] }, admin, false);
      expect(refused).toMatchObject({
        ok: false,
        field: "url",
        message: expect.stringContaining("WEBHOOKS_ALLOW_PRIVATE"),
      });
    }
    expect(await database.client.webhook.count()).toBe(0);
    const publicAddress = await createWebhook(
      database.client,
      { url: "https://93.184.215.14/hooks", events: ["story.published"] },
      admin,
      false,
    );
    expect(publicAddress).toMatchObject({ ok: true, secret: expect.stringMatching(/^whsec_[\w-]{43}$/) });
    const row = await database.client.webhook.findFirstOrThrow();
    expect(row.secret).not.toContain(publicAddress.ok ? publicAddress.secret : "?");
    expect(await database.client.auditEvent.count({ where: { action: "webhook.create" } })).toBe(1);
  });

  it("are checked again when a request is sent: a local receiver is not reached without the allowance", async () => {
    const receiver = await startReceiver([200]);
    server = receiver.server;
    const port = new URL(receiver.url).port;
    for (const url of [receiver.url, `http://localhost:${port}/hooks/byline`]) {
      const result = await postWebhook(url, "{}", {}, { allowPrivate: false });
      expect(result).toMatchObject({ ok: false, status: null, error: expect.stringContaining("private or local") });
    }
    expect(receiver.received).toHaveLength(0);
    expect(await postWebhook(receiver.url, "{}", {}, { allowPrivate: true })).toMatchObject({ ok: true, status: 200 });
  });
});

describe("a webhook request", () => {
  it("is cut off when the endpoint does not answer within the limit, however slowly it drips", async () => {
    // Starts an answer and adds a header line every 50 ms, never finishing: an idle timeout would wait for ever.
    const dripping = createNetServer((socket) => {
      socket.on("error", () => undefined);
      socket.write("HTTP/1.1 200 OK\r\n");
      const drip = setInterval(() => socket.write("X-Still-Thinking: yes\r\n"), 50);
      socket.on("close", () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => dripping.listen(0, "127.0.0.1", resolve));
    server = dripping;
    const url = `http://127.0.0.1:${(dripping.address() as AddressInfo).port}/`;
    const result = await postWebhook(url, "{}", {}, { allowPrivate: true, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, status: null, error: "No answer within 0.3 seconds." });
    expect(result.durationMs).toBeGreaterThanOrEqual(250);
  });
});

describe("the delivery log", () => {
  it("forgets settled deliveries after 30 days, then the events none is left of, and keeps what still waits", async () => {
    const { client } = database;
    const receiver = await register([200]);
    const day = 24 * 3_600_000;
    const event = (availableAt: Date, dispatchedAt: Date | null) =>
      client.webhookEvent.create({
        data: {
          type: "story.published",
          articleId: "a",
          subject: '{"slug":"a","headline":"A"}',
          availableAt,
          dispatchedAt,
        },
      });
    const old = new Date(T0.getTime() - 40 * day);
    const oldEvent = await event(old, old);
    await client.webhookDelivery.create({
      data: { webhookId: receiver.id, eventId: oldEvent.id, status: "DELIVERED", dueAt: old, createdAt: old },
    });
    const retrying = await event(old, old);
    await client.webhookDelivery.create({
      data: { webhookId: receiver.id, eventId: retrying.id, dueAt: old, nextAttemptAt: T0, createdAt: old },
    });
    const recent = await event(T0, T0);
    await client.webhookDelivery.create({
      data: { webhookId: receiver.id, eventId: recent.id, status: "FAILED", dueAt: T0 },
    });
    const scheduled = await event(new Date(T0.getTime() + day), null);

    expect(await pruneWebhookLog(client, T0)).toBe(2);
    expect((await client.webhookEvent.findMany({ select: { id: true } })).map((row) => row.id).sort()).toEqual(
      [retrying.id, recent.id, scheduled.id].sort(),
    );
    expect(await client.webhookDelivery.count()).toBe(2);
  });
});

describe("sending order", () => {
  it("sends at most one delivery to an endpoint at a time, in the order they came due", () => {
    const due = ["a1", "a2", "b1", "c1", "a3", "d1", "e1", "f1", "g1"].map((id) => ({ id, webhookId: id[0] ?? "" }));
    expect(rounds(due).map((round) => round.map((delivery) => delivery.id))).toEqual([
      ["a1", "b1", "c1", "d1", "e1"],
      ["a2", "f1", "g1"],
      ["a3"],
    ]);
  });
});
