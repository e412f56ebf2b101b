import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/password-rules";

describe("passwords", () => {
  it("are hashed with argon2id and verified", async () => {
    const hash = await hashPassword("a long enough secret");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "a long enough secret")).toBe(true);
    expect(await verifyPassword(hash, "a long enough secreT")).toBe(false);
  });

  it("never match a missing or malformed hash", async () => {
    expect(await verifyPassword(null, "anything at all")).toBe(false);
    expect(await verifyPassword("not a hash", "anything at all")).toBe(false);
  });

  it("must be 12 to 256 characters", () => {
    expect(newPasswordSchema.safeParse("x".repeat(11)).error?.issues[0]?.message).toBe("Use at least 12 characters.");
    expect(newPasswordSchema.safeParse("x".repeat(12)).success).toBe(true);
    expect(newPasswordSchema.safeParse("x".repeat(256)).success).toBe(true);
    expect(newPasswordSchema.safeParse("x".repeat(257)).error?.issues[0]?.message).toBe("Use at most 256 characters.");
  });
});
