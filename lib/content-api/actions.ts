"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import { apiKeyNameSchema, revokeApiKeySchema } from "./key-schemas";
import { createApiKey, revokeApiKey } from "./keys";

/** "New key" on /admin/api-keys: the key comes back once, for the admin to copy. */
export const createApiKeyAction = defineFormAction({
  policy: "apiKey.manage",
  fields: ["name"],
  input: apiKeyNameSchema,
  refreshPage: true,
  handler: async (input, { actor, ip }) => {
    const created = await createApiKey(db, input, { actor, ip });
    return success(`The key “${created.name}” works now. Copy it below: it is shown only this once.`, {
      secret: created.key,
    });
  },
});

/** "Revoke key" on /admin/api-keys: the key stops working on its next request. */
export const revokeApiKeyAction = defineFormAction({
  policy: "apiKey.manage",
  fields: ["keyId", "confirm"],
  hiddenFields: ["keyId"],
  input: revokeApiKeySchema,
  refreshPage: true,
  handler: async ({ keyId }, { actor, ip, values }) => {
    const result = await revokeApiKey(db, keyId, { actor, ip });
    return result.ok
      ? success(`“${result.name}” is revoked: requests with it are refused from now on.`)
      : failure(result.message, values);
  },
});
