import { describe, expect, it } from "vitest";
import { addressFromHeaders } from "@/lib/auth/client-address";

const headers = (init: Record<string, string>) => new Headers(init);

describe("addressFromHeaders", () => {
  it("without a trusted proxy, takes the peer next start recorded as the last X-Forwarded-For entry", () => {
    expect(addressFromHeaders(headers({ "x-forwarded-for": "203.0.113.9" }), false)).toBe("203.0.113.9");
    expect(addressFromHeaders(headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.9" }), false)).toBe("203.0.113.9");
    expect(addressFromHeaders(headers({ "x-real-ip": "198.51.100.1" }), false)).toBe("unknown");
  });

  it("behind a trusted proxy, takes the first hop, then X-Real-IP", () => {
    expect(addressFromHeaders(headers({ "x-forwarded-for": "198.51.100.1, 10.0.0.2" }), true)).toBe("198.51.100.1");
    expect(addressFromHeaders(headers({ "x-real-ip": "198.51.100.7" }), true)).toBe("198.51.100.7");
  });

  it("unwraps IPv4 in IPv6 and keeps IPv6", () => {
    expect(addressFromHeaders(headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), false)).toBe("127.0.0.1");
    expect(addressFromHeaders(headers({ "x-forwarded-for": "2001:db8::1" }), false)).toBe("2001:db8::1");
  });

  it("reads anything that is not an address as unknown", () => {
    expect(addressFromHeaders(headers({}), false)).toBe("unknown");
    expect(addressFromHeaders(headers({ "x-forwarded-for": "<script>" }), true)).toBe("unknown");
  });
});
