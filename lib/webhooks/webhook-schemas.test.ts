import { describe, expect, it } from "vitest";
import { createWebhookSchema, webhookFormSchema } from "./webhook-schemas";

const firstMessage = (input: unknown) => {
  const parsed = webhookFormSchema.safeParse(input);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("the webhook form", () => {
  it("takes an http(s) address and the ticked events, in the list's order", () => {
    expect(
      webhookFormSchema.parse({ url: " https://example.com/hooks ", "story.deleted": "on", "story.published": "on" }),
    ).toEqual({ url: "https://example.com/hooks", events: ["story.published", "story.deleted"] });
  });

  it("explains what is wrong with an address, and asks for an event", () => {
    const events = { "story.published": "on" };
    expect(firstMessage({ url: "", ...events })).toContain("Enter the address");
    expect(firstMessage({ url: '{"__proto__":{}}', ...events })).toContain("Enter a full web address");
    expect(firstMessage({ url: "ftp://example.com/", ...events })).toContain("Enter a full web address");
    expect(firstMessage({ url: "https://user:pass@example.com/", ...events })).toContain("Leave the user name");
    expect(firstMessage({ url: "https://example.com/" })).toBe("Choose at least one event to send.");
  });

  it("refuses an event name it does not know from the command line", () => {
    expect(createWebhookSchema.safeParse({ url: "https://example.com/", events: ["story.liked"] }).success).toBe(false);
  });
});
