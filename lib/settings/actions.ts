"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { Role } from "@/lib/generated/prisma/enums";
import { saveSiteSettings, saveTwoFactorRoles } from "@/lib/settings/admin";
import { siteSettingsSchema, twoFactorRolesSchema } from "@/lib/settings/schema";

export const saveSettingsAction = defineFormAction({
  policy: "settings.manage",
  fields: ["name", "description", "language", "timeZone", "logoMediaId", "socialLinks"],
  input: siteSettingsSchema,
  refreshPage: true,
  handler: async (input, { actor, ip, values }) => {
    const result = await saveSiteSettings(db, input, { actor, ip });
    if (!result.ok)
      return failure(result.message, values, result.field ? { [result.field]: result.message } : undefined);
    return { ...success(result.message), revalidate: result.revalidate };
  },
});

/** "Require two-factor authentication for" on /admin/settings: one checkbox per role. */
export const saveTwoFactorRolesAction = defineFormAction({
  policy: "settings.manage",
  fields: Object.values(Role),
  input: twoFactorRolesSchema,
  refreshPage: true,
  handler: async (roles, { actor, ip }) => success((await saveTwoFactorRoles(db, roles, { actor, ip })).message),
});
