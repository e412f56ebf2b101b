import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { expireFromRequest } from "@/lib/cache/expiry-endpoint";
import { cacheExpiryKey, isCacheExpiryKey } from "@/lib/cache/expiry-key";
import { expireOnRunningSite } from "@/lib/cache/notify-site";

const SECRET = "a-test-secret-that-is-long-enough";
let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

describe("the cache-expiry key", () => {
  it("is derived from the session secret and checked in constant time", () => {
    const key = cacheExpiryKey(SECRET);
    expect(key).not.toContain(SECRET);
    expect(isCacheExpiryKey(key, SECRET)).toBe(true);
    expect(isCacheExpiryKey(`${key}x`, SECRET)).toBe(false);
    expect(isCacheExpiryKey(cacheExpiryKey("another secret"), SECRET)).toBe(false);
  });
});

describe("the site's expiry endpoint", () => {
  const post = (body: string, authorization?: string) =>
    expireFromRequest(
      new Request("http://site/api/cache/expire", {
        method: "POST",
        body,
        headers: authorization ? { authorization } : {},
      }),
    );

  it("refuses a request without the key, as a problem document", async () => {
    process.env.AUTH_SECRET = SECRET;
    const response = await post('{"articleIds":[],"taxonomy":true}');
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await post('{"articleIds":[],"taxonomy":true}', "Bearer wrong")).status).toBe(401);
  });

  it("refuses a body it cannot read, naming the shape it wants", async () => {
    process.env.AUTH_SECRET = SECRET;
    const key = `Bearer ${cacheExpiryKey(SECRET)}`;
    expect((await post("not json", key)).status).toBe(400);
    const wrongShape = await post('{"articleIds":"a1"}', key);
    expect(wrongShape.status).toBe(400);
    expect((await wrongShape.json()).detail).toContain("articleIds");
  });
});

describe("expireOnRunningSite", () => {
  it("sends the change with the key, and says so when the site took it", async () => {
    const received: { authorization?: string; body: string }[] = [];
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        received.push({ authorization: request.headers.authorization, body });
        response.statusCode = 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const notice = await expireOnRunningSite({ articleIds: ["a1"], taxonomy: false }, { siteUrl, key: "k" });
    expect(notice).toEqual({ told: true });
    expect(received).toEqual([{ authorization: "Bearer k", body: '{"articleIds":["a1"],"taxonomy":false}' }]);
  });

  it("says plainly when no site answers", async () => {
    const notice = await expireOnRunningSite(
      { articleIds: ["a1"], taxonomy: false },
      { siteUrl: "http://127.0.0.1:9" },
    );
    expect(notice).toMatchObject({ told: false, message: expect.stringContaining("No site answered") });
  });
});
