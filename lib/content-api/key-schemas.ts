import { z } from "zod";

/** What the API keys forms and `npm run apikey:create` take; shared with the browser for field limits. */
export const API_KEY_NAME_MAX_LENGTH = 100;

export const apiKeyNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the key a name: who or what will use it, such as “Mobile app”.")
    .max(API_KEY_NAME_MAX_LENGTH, `Keep the name to ${API_KEY_NAME_MAX_LENGTH} characters or fewer.`),
});

export const revokeApiKeySchema = z.object({
  keyId: z.string().min(1, "That key is not there any more. Reload the page.").max(100),
  confirm: z.literal("on", { error: "Tick the box to confirm." }),
});
