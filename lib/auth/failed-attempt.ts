import type { AuditAction } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import { describeWait, lockoutDurationMs } from "@/lib/auth/throttle";
import { recordFailure, type ThrottleKey } from "@/lib/auth/throttle-store";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A wrong password or second factor: counts toward the lock-out of
 * lib/auth/throttle.ts for the account and the address, is audited as
 * `action`, plus auth.lockout when it locks a key. `userId` is absent for an
 * email without an account. Returns true when this failure locked a key.
 */
export async function recordFailedAttempt(
  tx: Prisma.TransactionClient,
  {
    action,
    keys,
    email,
    userId,
    details = {},
    ip,
  }: {
    action: Extract<AuditAction, "auth.signin_failed" | "auth.2fa_failed">;
    keys: readonly ThrottleKey[];
    email: string;
    userId?: string;
    details?: Record<string, unknown>;
    ip: string;
  },
  now: Date,
): Promise<boolean> {
  const target = userId ? { targetType: "user" as const, targetId: userId } : {};
  const lockedKeys = await recordFailure(tx, keys, now);
  await recordAudit(tx, { action, ...target, details: { email, ...details }, ip });
  if (lockedKeys.length === 0) return false;
  const rows = await tx.signInThrottle.findMany({ where: { key: { in: lockedKeys } } });
  const longest = Math.max(...rows.map((row) => lockoutDurationMs(row.lockouts)));
  await recordAudit(tx, {
    action: "auth.lockout",
    ...target,
    details: { email, keys: lockedKeys, for: describeWait(longest) },
    ip,
  });
  return true;
}
