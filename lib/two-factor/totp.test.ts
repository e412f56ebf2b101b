import { describe, expect, it } from "vitest";
import { authenticatorCode } from "@/lib/testing/two-factor";
import { acceptedStep, formatSetupKey, newTotpSecret, totpUri } from "@/lib/two-factor/totp";

const secret = newTotpSecret();
// 15 seconds into a 30-second step.
const now = new Date("2026-12-03T10:00:15Z");
const step = Math.floor(now.getTime() / 30_000);
const at = (steps: number) => new Date(now.getTime() + steps * 30_000);

describe("acceptedStep", () => {
  it("accepts the code of this step and of the steps on either side, and names the step", () => {
    expect(acceptedStep(secret, authenticatorCode(secret, now), null, now)).toBe(step);
    expect(acceptedStep(secret, authenticatorCode(secret, at(-1)), null, now)).toBe(step - 1);
    expect(acceptedStep(secret, authenticatorCode(secret, at(1)), null, now)).toBe(step + 1);
  });

  it("refuses codes two steps away and codes of another secret", () => {
    expect(acceptedStep(secret, authenticatorCode(secret, at(-2)), null, now)).toBeNull();
    expect(acceptedStep(secret, authenticatorCode(secret, at(2)), null, now)).toBeNull();
    expect(acceptedStep(newTotpSecret(), authenticatorCode(secret, now), null, now)).toBeNull();
  });

  it("refuses a code whose step is not later than the last one accepted", () => {
    const code = authenticatorCode(secret, now);
    expect(acceptedStep(secret, code, step, now)).toBeNull();
    expect(acceptedStep(secret, code, step + 1, now)).toBeNull();
    expect(acceptedStep(secret, code, step - 1, now)).toBe(step);
  });
});

describe("set-up", () => {
  it("makes 160-bit secrets and an otpauth address with the issuer and account", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri({ secret, issuer: "The Daily Walk", account: "wanda@example.com" }));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("The Daily Walk");
    expect(decodeURIComponent(uri.pathname)).toContain("wanda@example.com");
  });

  it("shows the setup key in groups of four", () => {
    expect(formatSetupKey("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
  });
});
