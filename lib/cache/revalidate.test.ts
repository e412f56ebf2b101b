import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

const afterResponse: (() => unknown)[] = [];
vi.mock("next/server", () => ({ after: (task: () => unknown) => afterResponse.push(task) }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));

const saved = { ...process.env };
let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  afterResponse.length = 0;
  process.env = { ...saved };
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.resetModules();
});

/** Another server of the site, answering its expiry endpoint as `answer` does; returns revalidate() told of it. */
async function siteWithPeer(answer: (request: IncomingMessage, response: ServerResponse) => void) {
  const told: string[] = [];
  server = createServer((request, response) => {
    told.push(`${request.method} ${request.url}`);
    answer(request, response);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { ...(await revalidateWithPeers(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)), told };
}

/** lib/cache/revalidate.ts as a server with BYLINE_PEER_URLS set to `peers` loads it. */
async function revalidateWithPeers(peers: string) {
  Object.assign(process.env, { BYLINE_PEER_URLS: peers, AUTH_SECRET: "a-test-secret-that-is-long-enough-for-auth-js" });
  delete process.env.VARNISH_URL;
  vi.resetModules();
  return import("@/lib/cache/revalidate");
}

const change = { articleIds: ["a1"], taxonomy: false };

describe("revalidate", () => {
  it("answers only once the other server has expired the pages, and leaves Varnish for after the response", async () => {
    const { revalidate, told } = await siteWithPeer((_request, response) => {
      setTimeout(() => response.writeHead(204).end(), 50);
    });
    await revalidate(change);
    expect(told).toEqual(["POST /api/cache/expire"]);
    expect(afterResponse).toHaveLength(1);
  });

  it("holds the answer up no longer than PEER_WAIT_MS for a server that does not answer", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { revalidate, PEER_WAIT_MS, told } = await siteWithPeer(() => {});
    let answered = false;
    const answer = revalidate(change).then(() => {
      answered = true;
    });
    // Waits by the event loop, not by the faked clock, until the request has reached the peer.
    while (told.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(PEER_WAIT_MS - 1);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await answer;
    expect(answered).toBe(true);
  });

  it("still answers when the peers cannot be told, since the write has committed", async () => {
    const { revalidate } = await revalidateWithPeers("not a url");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(revalidate(change)).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/could not tell the other servers/));
    expect(afterResponse).toHaveLength(1);
  });
});
