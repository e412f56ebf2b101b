import { describe, expect, it } from "vitest";
import { signatureHeader, signatureOf, verifySignature } from "./signature";

const secret = "whsec_test";
const body = '{"type":"story.published"}';
const at = new Date("2026-12-04T12:00:00Z");

describe("webhook signatures", () => {
  it("signs the time and the body with HMAC-SHA256, hex", () => {
    // Worked out independently: printf '1796385600.{"type":"story.published"}' | openssl dgst -sha256 -hmac whsec_test
    expect(signatureOf(secret, body, 1796385600)).toBe(
      "f512e1fe80e7fa5e34fd41c7f91a6bdf174db0c37093f3d9b376d43e1d680594",
    );
    expect(signatureHeader(secret, body, at)).toBe(`t=1796385600,v1=${signatureOf(secret, body, 1796385600)}`);
  });

  it("verifies its own header, and refuses another body, secret, or an old time", () => {
    const header = signatureHeader(secret, body, at);
    expect(verifySignature(header, body, secret, at)).toBe(true);
    expect(verifySignature(header, `${body} `, secret, at)).toBe(false);
    expect(verifySignature(header, body, "another", at)).toBe(false);
    expect(verifySignature(header, body, secret, new Date(at.getTime() + 301_000))).toBe(false);
    expect(verifySignature("t=abc,v1=00", body, secret, at)).toBe(false);
    expect(verifySignature("", body, secret, at)).toBe(false);
  });
});
