import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { purgeVarnish } from "@/lib/cache/varnish";

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

/** A stand-in for Varnish that records purges and fails the first `failures` of them. */
async function fakeVarnish(failures: number): Promise<{ url: string; purges: IncomingMessage[] }> {
  const purges: IncomingMessage[] = [];
  server = createServer((request, response) => {
    purges.push(request);
    response.statusCode = purges.length <= failures ? 503 : 200;
    response.end();
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, purges };
}

const noWait = () => Promise.resolve();

describe("purgeVarnish", () => {
  it("sends one PURGE naming every tag in xkey-purge", async () => {
    const varnish = await fakeVarnish(0);
    expect(await purgeVarnish(["articles", "article:a1"], { varnishUrl: varnish.url, wait: noWait })).toBe(true);
    expect(varnish.purges.map((request) => [request.method, request.headers["xkey-purge"]])).toEqual([
      ["PURGE", "articles article:a1"],
    ]);
  });

  it("retries a failed purge, logging each failure, until Varnish takes it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const varnish = await fakeVarnish(2);
    const waits: number[] = [];
    const done = await purgeVarnish(["articles"], {
      varnishUrl: varnish.url,
      delays: [10, 20, 30],
      wait: async (ms) => void waits.push(ms),
    });
    expect(done).toBe(true);
    expect(varnish.purges).toHaveLength(3);
    expect(waits).toEqual([10, 20]);
    expect(log).toHaveBeenCalledTimes(2);
  });

  it("gives up after the last retry without throwing, saying so", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const done = await purgeVarnish(["articles"], { varnishUrl: "http://127.0.0.1:9/", delays: [1], wait: noWait });
    expect(done).toBe(false);
    expect(log).toHaveBeenCalledTimes(2);
    expect(String(log.mock.calls[1]?.[0])).toMatch(/^\[varnish\] purging articles failed \(attempt 2\).*Giving up\.$/);
  });

  it("does nothing without a Varnish to purge", async () => {
    expect(await purgeVarnish(["articles"], { varnishUrl: undefined })).toBe(false);
  });
});
