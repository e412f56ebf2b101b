import { Secret, TOTP } from "otpauth";

/**
 * Time-based one-time passwords (RFC 6238) with the parameters every
 * authenticator app understands: SHA-1, six digits, 30-second steps. A code
 * from the step before or after the server's is accepted (clocks drift), and
 * only for a step later than the last one accepted, so each code works once.
 */
const PARAMETERS = { algorithm: "SHA1", digits: 6, period: 30 } as const;
const WINDOW = 1;

/** A new random secret of 160 bits (RFC 4226's recommendation), as base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri({ secret, issuer, account }: { secret: string; issuer: string; account: string }): string {
  return new TOTP({ ...PARAMETERS, issuer, label: account, secret: Secret.fromBase32(secret) }).toString();
}

/** The step a six-digit code belongs to, if it is right now (±1 step) and later than `lastStep`; else null. */
export function acceptedStep(secret: string, code: string, lastStep: number | null, now: Date): number | null {
  const timestamp = now.getTime();
  const delta = TOTP.validate({
    ...PARAMETERS,
    token: code,
    secret: Secret.fromBase32(secret),
    timestamp,
    window: WINDOW,
  });
  if (delta === null) return null;
  const step = TOTP.counter({ period: PARAMETERS.period, timestamp }) + delta;
  return lastStep === null || step > lastStep ? step : null;
}

/** "JBSW Y3DP …": the secret in groups of four, easier to copy by hand. */
export function formatSetupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
