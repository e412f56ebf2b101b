import QRCode from "qrcode";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readSiteSettings } from "@/lib/settings/queries";
import { openSealedSecret } from "@/lib/two-factor/sealed-secret";
import { formatSetupKey, totpUri } from "@/lib/two-factor/totp";

/** Where a user's two-factor sign-in stands, for the "Two-factor authentication" section of /account. */
export type TwoFactorStatus =
  | { state: "off" }
  /** Set-up started: the QR code (a data: URL of a PNG) and the same secret as text, until a code is verified. */
  | { state: "setting-up"; setupKey: string; qrCode: string }
  | { state: "on"; since: Date; recoveryCodesLeft: number };

export async function readTwoFactorStatus(userId: string, client: PrismaClient = db): Promise<TwoFactorStatus> {
  const user = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      totpPendingSecret: true,
      twoFactorEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (user.twoFactorEnabledAt) {
    return { state: "on", since: user.twoFactorEnabledAt, recoveryCodesLeft: user._count.recoveryCodes };
  }
  // A pending secret sealed under an earlier AUTH_SECRET cannot be shown: the user starts again.
  const secret = user.totpPendingSecret ? openSealedSecret(user.totpPendingSecret, userId) : null;
  if (!secret) return { state: "off" };
  // The authenticator app lists the account under the publication's name.
  const { name: issuer } = await readSiteSettings(client);
  const qrCode = await QRCode.toDataURL(totpUri({ secret, issuer, account: user.email }), { margin: 2, width: 240 });
  return { state: "setting-up", setupKey: formatSetupKey(secret), qrCode };
}
