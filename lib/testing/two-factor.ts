import { Secret, TOTP } from "otpauth";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { confirmEnrolment, startEnrolment } from "@/lib/two-factor/enrolment";
import { openSealedSecret } from "@/lib/two-factor/sealed-secret";

/** The code an authenticator app with this secret shows at this moment, computed by otpauth as an app would. */
export function authenticatorCode(secret: string, at: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at.getTime() });
}

/** Presses "Set up two-factor authentication" for a user; returns the secret the QR code holds. */
export async function startTwoFactorSetup(client: PrismaClient, userId: string): Promise<string> {
  await startEnrolment(client, userId);
  const { totpPendingSecret } = await client.user.findUniqueOrThrow({ where: { id: userId } });
  const secret = openSealedSecret(totpPendingSecret ?? "", userId);
  if (!secret) throw new Error("The pending secret did not open.");
  return secret;
}

/** Turns two-factor sign-in on for a user through the same steps as /account, at `now`; returns what the user was shown. */
export async function enrolInTwoFactor(
  client: PrismaClient,
  userId: string,
  now: Date,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = await startTwoFactorSetup(client, userId);
  const result = await confirmEnrolment(
    client,
    { userId, code: authenticatorCode(secret, now), ip: "203.0.113.9" },
    now,
  );
  if (!result.ok) throw new Error(`Enrolment failed: ${result.reason}`);
  return { secret, recoveryCodes: result.recoveryCodes };
}
