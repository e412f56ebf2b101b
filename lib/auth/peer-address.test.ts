import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { peerAddress, recordPeerAddresses } from "@/lib/auth/peer-address";

let server: http.Server;
let seen: Headers;

beforeAll(async () => {
  recordPeerAddresses();
  server = http.createServer((request, response) => {
    seen = new Headers(request.headers as Record<string, string>);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("hands the TCP peer to the app under a header no client can send", async () => {
  const { port } = server.address() as AddressInfo;
  await fetch(`http://127.0.0.1:${port}/`, {
    headers: { "x-forwarded-for": "203.0.113.77", "x-byline-peer": "203.0.113.78" },
  });
  expect(peerAddress(seen)).toBe("127.0.0.1");
  expect(seen.get("x-forwarded-for")).toBe("203.0.113.77");
});

it("knows no peer for headers that did not come through the wrapped server", () => {
  expect(peerAddress(new Headers({ "x-forwarded-for": "203.0.113.77", "x-byline-peer": "203.0.113.78" }))).toBeNull();
});
