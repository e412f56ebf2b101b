import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { hashRecoveryCode } from "@/lib/two-factor/recovery-codes";
import { openSealedSecret } from "@/lib/two-factor/sealed-secret";
import { acceptedStep } from "@/lib/two-factor/totp";

type Client = PrismaClient | Prisma.TransactionClient;

/** What a typed code proved: a fresh authenticator code (its step) or an unused recovery code. */
export type SecondFactorMatch = { method: "totp"; step: number } | { method: "recovery"; recoveryCodeId: string };

const AUTHENTICATOR_CODE = /^\d{6}$/;

/**
 * Checks what someone typed into "Authentication code": six digits (spaces
 * ignored) are an authenticator code, anything else a recovery code.
 */
export async function matchSecondFactor(
  client: Client,
  user: { id: string; totpSecret: string | null; totpLastStep: number | null },
  typed: string,
  now: Date,
): Promise<SecondFactorMatch | null> {
  const digits = typed.replace(/\s/g, "");
  if (AUTHENTICATOR_CODE.test(digits)) {
    const secret = user.totpSecret ? openSealedSecret(user.totpSecret, user.id) : null;
    const step = secret ? acceptedStep(secret, digits, user.totpLastStep, now) : null;
    return step === null ? null : { method: "totp", step };
  }
  const code = await client.recoveryCode.findFirst({
    where: { userId: user.id, codeHash: hashRecoveryCode(typed), usedAt: null },
    select: { id: true },
  });
  return code ? { method: "recovery", recoveryCodeId: code.id } : null;
}

/**
 * Spends a match, so the same code cannot be used again. The writes are
 * conditional: of two requests racing with one code, only one gets true.
 */
export async function spendSecondFactor(
  tx: Prisma.TransactionClient,
  userId: string,
  match: SecondFactorMatch,
  now: Date,
): Promise<boolean> {
  if (match.method === "totp") {
    const { count } = await tx.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: match.step } }] },
      data: { totpLastStep: match.step },
    });
    return count === 1;
  }
  const { count } = await tx.recoveryCode.updateMany({
    where: { id: match.recoveryCodeId, usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}
