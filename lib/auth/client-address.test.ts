import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressRanges, type ProxyTrust, resolveClientAddress } from "@/lib/auth/client-address";

const loopbackOnly = addressRanges(["127.0.0.0/8", "::1/128"]);
const direct: ProxyTrust = { trustProxy: false, trustedProxies: loopbackOnly };
const behindProxy = (...ranges: string[]): ProxyTrust => ({
  trustProxy: true,
  trustedProxies: addressRanges(ranges.length > 0 ? ranges : ["127.0.0.0/8", "::1/128"]),
});
const from = (peer: string | null, forwardedFor: string | null = null) => ({ peer, forwardedFor });

describe("resolveClientAddress without TRUST_PROXY", () => {
  it("is the TCP peer, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress(from("198.51.100.4", "203.0.113.77"), direct)).toBe("198.51.100.4");
    expect(resolveClientAddress(from("127.0.0.1", "203.0.113.77"), direct)).toBe("127.0.0.1");
    fc.assert(
      fc.property(fc.ipV4(), fc.option(fc.string()), (peer, forwardedFor) => {
        expect(resolveClientAddress(from(peer, forwardedFor), direct)).toBe(peer);
      }),
    );
  });

  it("is unknown when the peer is not known", () => {
    expect(resolveClientAddress(from(null, "203.0.113.77"), direct)).toBe("unknown");
    expect(resolveClientAddress(from(null, "203.0.113.77"), behindProxy())).toBe("unknown");
  });
});

describe("resolveClientAddress with TRUST_PROXY", () => {
  it("takes the address the proxy appended, not what the client wrote before it", () => {
    expect(resolveClientAddress(from("127.0.0.1", "203.0.113.77, 198.51.100.4"), behindProxy())).toBe("198.51.100.4");
  });

  it("walks back past every trusted proxy in a chain", () => {
    const trust = behindProxy("127.0.0.0/8", "10.0.0.0/8", "fd00::/8");
    expect(resolveClientAddress(from("127.0.0.1", "192.0.2.9, 198.51.100.4, 10.1.2.3, fd00::5"), trust)).toBe(
      "198.51.100.4",
    );
  });

  it("ignores the headers of a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress(from("198.51.100.4", "203.0.113.77"), behindProxy())).toBe("198.51.100.4");
  });

  it("takes the left-most address when every hop is trusted", () => {
    expect(resolveClientAddress(from("127.0.0.1"), behindProxy())).toBe("127.0.0.1");
    expect(resolveClientAddress(from("127.0.0.1", "127.0.0.2"), behindProxy())).toBe("127.0.0.2");
  });

  it("reads IPv6, in lower case, and unwraps IPv4-mapped IPv6 before matching", () => {
    expect(resolveClientAddress(from("::1", "2001:DB8::1"), behindProxy())).toBe("2001:db8::1");
    expect(resolveClientAddress(from("::ffff:127.0.0.1", "::ffff:198.51.100.4"), behindProxy())).toBe("198.51.100.4");
    expect(resolveClientAddress(from("::ffff:198.51.100.4"), direct)).toBe("198.51.100.4");
  });

  it("is unknown when the hop it would take is not an address", () => {
    expect(resolveClientAddress(from("127.0.0.1", "<script>"), behindProxy())).toBe("unknown");
    expect(resolveClientAddress(from("127.0.0.1", "198.51.100.4:443"), behindProxy())).toBe("unknown");
    expect(resolveClientAddress(from("not an address"), direct)).toBe("unknown");
  });
});
