import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type PeerOptions, purgeAfterPeers, tellPeers } from "@/lib/cache/peers";
import type { Revalidation } from "@/lib/cache/tags";

/** What a write does after it expired `tags` here: tells the peers, then purges Varnish. */
function expireElsewhere(
  revalidation: Revalidation,
  tags: readonly string[],
  { purge, ...options }: PeerOptions & { purge: (tags: readonly string[]) => Promise<boolean> },
): Promise<void> {
  return purgeAfterPeers(tellPeers(revalidation, tags, options), tags, purge);
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
  vi.restoreAllMocks();
});

type Told = { at: number; authorization?: string; body: unknown };

/** Another server's expiry endpoint: records each request; refuses the first `failures` with 503. */
async function peer(failures = 0): Promise<{ url: string; told: Told[] }> {
  const told: Told[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      told.push({ at: performance.now(), authorization: request.headers.authorization, body: JSON.parse(body) });
      response.statusCode = told.length <= failures ? 503 : 204;
      response.end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, told };
}

function varnish() {
  const purges: { at: number; tags: readonly string[] }[] = [];
  return {
    purges,
    purge: async (tags: readonly string[]) => {
      purges.push({ at: performance.now(), tags });
      return true;
    },
  };
}

const change = { articleIds: ["a1"], taxonomy: false };
const tags = ["articles", "article:a1"];

describe("tellPeers, then purgeAfterPeers", () => {
  it("has every other server expire the pages (there only) before Varnish is purged", async () => {
    const [first, second] = [await peer(), await peer()];
    const front = varnish();
    await expireElsewhere(change, tags, { peers: [first.url, second.url], key: "k", purge: front.purge });
    for (const other of [first, second]) {
      expect(other.told).toEqual([
        { at: expect.any(Number), authorization: "Bearer k", body: { ...change, scope: "server" } },
      ]);
      expect(other.told[0]!.at).toBeLessThan(front.purges[0]!.at);
    }
    expect(front.purges.map((purge) => purge.tags)).toEqual([tags]);
  });

  it("does not hold the purge for a server that refuses, retries it, and purges again once it has expired its pages", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const [steady, late] = [await peer(), await peer(2)];
    const front = varnish();
    const waits: number[] = [];
    await expireElsewhere(change, tags, {
      peers: [steady.url, late.url],
      key: "k",
      purge: front.purge,
      delays: [5, 10, 20],
      wait: async (ms) => void waits.push(ms),
    });
    expect(steady.told).toHaveLength(1);
    expect(late.told).toHaveLength(3);
    expect(front.purges).toHaveLength(2);
    expect(front.purges[0]!.at).toBeLessThan(late.told[1]!.at);
    expect(front.purges[1]!.at).toBeGreaterThan(late.told[2]!.at);
    expect(waits).toEqual([5, 10]);
  });

  it("purges once and logs when a server never answers", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const front = varnish();
    await expireElsewhere(change, tags, {
      peers: ["http://127.0.0.1:9"],
      key: "k",
      purge: front.purge,
      delays: [1],
      wait: async () => {},
    });
    expect(front.purges).toHaveLength(1);
    expect(log).toHaveBeenCalledTimes(2);
    expect(String(log.mock.calls[0]?.[0])).toContain(
      "[cache] expiring articles article:a1 on http://127.0.0.1:9 failed",
    );
  });

  it("only purges Varnish when the site has one server, and does nothing when no page changed", async () => {
    const front = varnish();
    await expireElsewhere(change, tags, { peers: [], purge: front.purge });
    expect(front.purges).toHaveLength(1);
    await expireElsewhere({ articleIds: [], taxonomy: false }, [], { peers: [], purge: front.purge });
    expect(front.purges).toHaveLength(1);
  });
});
