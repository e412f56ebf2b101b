import { z } from "zod";

/** "Authentication code" at sign-in and when turning two-factor off: six digits from the app, or a recovery code. */
export const authenticationCodeSchema = z
  .string("Enter the code from your authenticator app, or a recovery code.")
  .trim()
  .min(1, "Enter the code from your authenticator app, or a recovery code.")
  .max(64, "That is not a code Byline accepts: enter six digits, or a recovery code.");

/** "Authentication code" when setting up: it must come from the app, so only six digits will do. */
export const setupCodeSchema = z.object({
  code: z
    .string("Enter the six-digit code your authenticator app shows.")
    .transform((typed) => typed.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the six-digit code your authenticator app shows.")),
});

export const turnOffSchema = z.object({
  currentPassword: z
    .string("Enter your current password.")
    .min(1, "Enter your current password.")
    .max(256, "That is not your current password."),
  code: authenticationCodeSchema,
});
