import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { isUniqueViolation } from "@/lib/db-errors";
import type { PrismaClient, User } from "@/lib/generated/prisma/client";
import { emailSchema, nameSchema, roleSchema } from "@/lib/users/schema";

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: newPasswordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;

/**
 * Creates an active account with a password, without an invitation: for the
 * first admin (`npm run user:create`) and the demo accounts. `via` says where
 * it came from in the audit log.
 */
export async function createActiveUser(
  client: PrismaClient,
  { password, ...fields }: NewUser,
  via: string,
): Promise<{ ok: true; user: User } | { ok: false; message: string }> {
  const passwordHash = await hashPassword(password);
  try {
    const user = await client.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { ...fields, passwordHash, status: "ACTIVE" } });
      await recordAudit(tx, {
        action: "user.create",
        targetType: "user",
        targetId: created.id,
        details: { email: created.email, role: created.role, via },
      });
      return created;
    });
    return { ok: true, user };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, message: `A user with the email ${fields.email} already exists.` };
    }
    throw error;
  }
}
