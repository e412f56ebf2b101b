import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openSealedSecret, sealSecret } from "@/lib/two-factor/sealed-secret";

const KEY = "an-auth-secret-for-the-tests-only";
const USER = "user-1";

/** Flips one bit of one byte of a base64url part. */
function flipBit(part: string, byte: number): string {
  const bytes = Buffer.from(part, "base64url");
  const index = byte % bytes.length;
  bytes.writeUInt8((bytes.readUInt8(index) ^ 1) & 0xff, index);
  return bytes.toString("base64url");
}

describe("sealed TOTP secrets", () => {
  it("round-trip any text", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (plain) => {
        expect(openSealedSecret(sealSecret(plain, USER, KEY), USER, KEY)).toBe(plain);
      }),
    );
  });

  it("never hold a base32 secret readable", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z2-7]{32}$/), (secret) => {
        expect(sealSecret(secret, USER, KEY).toUpperCase()).not.toContain(secret);
      }),
    );
  });

  it("seal the same secret differently each time (a fresh IV)", () => {
    expect(sealSecret("JBSWY3DPEHPK3PXP", USER, KEY)).not.toBe(sealSecret("JBSWY3DPEHPK3PXP", USER, KEY));
  });

  it("do not open after any bit of the IV, the ciphertext or the tag is changed", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", USER, KEY);
    const parts = sealed.split(".");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.nat(), (index, byte) => {
        const tampered = parts.map((part, i) => (i === index ? flipBit(part, byte) : part)).join(".");
        expect(openSealedSecret(tampered, USER, KEY)).toBeNull();
      }),
    );
  });

  it("do not open for another user, under another key, or when malformed", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", USER, KEY);
    expect(openSealedSecret(sealed, "user-2", KEY)).toBeNull();
    expect(openSealedSecret(sealed, USER, "a-rotated-auth-secret")).toBeNull();
    expect(openSealedSecret(sealed.replace(/^v1/, "v2"), USER, KEY)).toBeNull();
    expect(openSealedSecret(`${sealed}.extra`, USER, KEY)).toBeNull();
    expect(openSealedSecret("JBSWY3DPEHPK3PXP", USER, KEY)).toBeNull();
    expect(openSealedSecret("", USER, KEY)).toBeNull();
  });
});
