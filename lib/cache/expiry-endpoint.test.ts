import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
const after = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag }));
vi.mock("next/server", () => ({ after }));

const { expireFromRequest } = await import("@/lib/cache/expiry-endpoint");
const { cacheExpiryKey } = await import("@/lib/cache/expiry-key");

const SECRET = "a-test-secret-that-is-long-enough";
beforeEach(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterEach(() => vi.clearAllMocks());

const post = (body: unknown) =>
  expireFromRequest(
    new Request("http://site/api/cache/expire", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${cacheExpiryKey(SECRET)}` },
    }),
  );
const expired = () => revalidateTag.mock.calls.map(([tag]) => tag);

describe("the cache-expiry endpoint", () => {
  it("from a script: expires the pages here, then tells the other servers and Varnish after the answer", async () => {
    const response = await post({ articleIds: ["a1"], taxonomy: false });
    expect(response.status).toBe(204);
    expect(expired()).toEqual(["articles", "article:a1"]);
    expect(revalidateTag).toHaveBeenCalledWith("articles", { expire: 0 });
    expect(after).toHaveBeenCalledTimes(1);
  });

  it("from another server: expires the pages here only, so no notice goes round in circles", async () => {
    const response = await post({ articleIds: ["a1"], taxonomy: true, settings: true, scope: "server" });
    expect(response.status).toBe(204);
    expect(expired()).toEqual(["settings", "taxonomy", "articles", "article:a1"]);
    expect(after).not.toHaveBeenCalled();
  });

  it("refuses a scope it does not know, expiring nothing", async () => {
    const response = await post({ articleIds: ["a1"], taxonomy: false, scope: "everywhere" });
    expect(response.status).toBe(400);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
