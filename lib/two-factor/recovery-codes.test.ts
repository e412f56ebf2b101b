import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, RECOVERY_CODE_COUNT } from "@/lib/two-factor/recovery-codes";

describe("recovery codes", () => {
  it("are ten distinct codes of 60 random bits, in groups of four", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){2}$/);
  });

  it("hash the same however they are typed", () => {
    const hash = hashRecoveryCode("k7qm-2x0d-tw1h");
    expect(hashRecoveryCode("K7QM 2X0D TW1H")).toBe(hash);
    expect(hashRecoveryCode(" k7qm2xod-twlh ")).toBe(hash);
    expect(hashRecoveryCode("k7qm-2x0d-tw1j")).not.toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
