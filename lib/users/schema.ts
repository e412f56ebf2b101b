import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { Role, UserStatus } from "@/lib/generated/prisma/enums";
import { NAME_MAX_LENGTH } from "@/lib/users/fields";

/** Emails are compared and stored lowercased. */
export const emailSchema = z
  .string("Enter an email address.")
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter a valid email address, such as name@example.com."));

export const nameSchema = z
  .string("Enter a name.")
  .trim()
  .min(1, "Enter a name.")
  .max(NAME_MAX_LENGTH, `Use at most ${NAME_MAX_LENGTH} characters.`);

export const roleSchema = z.enum(Role, { error: "Choose Writer, Editor or Admin." });

/** Ids arrive in hidden fields, so they are checked like any other input. */
export const userIdSchema = z
  .string("This user does not exist.")
  .trim()
  .min(1, "This user does not exist.")
  .max(64, "This user does not exist.");

export const inviteSchema = z.object({ email: emailSchema, name: nameSchema, role: roleSchema });
export type InviteInput = z.infer<typeof inviteSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const userActionSchema = z.object({ userId: userIdSchema });
export const setDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.stringbool({ error: "Choose whether to disable or enable the account." }),
});

/** A new password typed twice, as on the invitation, reset and account pages. */
const newPasswordFields = { password: newPasswordSchema, confirmPassword: z.string() };
const confirmationMatches = (value: { password: string; confirmPassword: string }) =>
  value.password === value.confirmPassword;
const mismatch = { path: ["confirmPassword"], message: "The two passwords do not match." };

export const passwordPairSchema = z.object(newPasswordFields).refine(confirmationMatches, mismatch);

const LINK_NOT_VALID =
  "This link is not valid. Check that you copied all of it, or ask an administrator for a new one.";

/** Choosing a password through an invitation or reset link; the token travels in a hidden field. */
export const redeemLinkSchema = z
  .object({ token: z.string().min(1, LINK_NOT_VALID).max(200, LINK_NOT_VALID) })
  .and(passwordPairSchema);

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password."), ...newPasswordFields })
  .refine(confirmationMatches, mismatch);

export const userFilterSchema = z.object({
  role: roleSchema.optional().catch(undefined),
  status: z.enum(UserStatus).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type UserFilter = z.infer<typeof userFilterSchema>;
