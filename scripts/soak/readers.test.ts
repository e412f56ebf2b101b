import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runReaders } from "./readers";
import type { Sample } from "./report";

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A site that answers every page after `delayMs`, and counts the connections readers open to it. */
async function countingSite(delayMs: number) {
  const sockets = new Set<unknown>();
  let open = 0;
  let mostOpen = 0;
  server = http.createServer((_request, response) => {
    setTimeout(() => response.end("<p>page</p>"), delayMs);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    mostOpen = Math.max(mostOpen, ++open);
    socket.on("close", () => open--);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, opened: () => sockets.size, mostOpen: () => mostOpen };
}

describe("runReaders", () => {
  it("keeps to one connection per reader, each busy, so none idles into the server's idle timeout", async () => {
    const site = await countingSite(2);
    const samples: Sample[] = [];
    const until = performance.now() + 1_500;
    await runReaders({
      baseUrl: site.baseUrl,
      paths: ["/", "/a", "/b"],
      connections: 8,
      running: () => performance.now() < until,
      record: (sample) => samples.push(sample),
    });
    expect(samples.length).toBeGreaterThan(100);
    expect(samples.every((sample) => sample.outcome === "ok")).toBe(true);
    expect(site.mostOpen()).toBeLessThanOrEqual(8);
    expect(site.opened()).toBe(8);
  });
});
