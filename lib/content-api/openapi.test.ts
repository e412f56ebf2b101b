import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { openApiDocument } from "./openapi";
import { listQuery, storyQuery } from "./query";

describe("the OpenAPI document", () => {
  const document = openApiDocument("https://news.example.com");

  it("is a valid OpenAPI 3.1 document, its references resolved", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("lists every query parameter the routes accept, from their own schemas", () => {
    type Operation = { parameters: { name: string; in: string }[] };
    const paths = document.paths as Record<string, { get: Operation }>;
    const names = (path: string) => paths[path]?.get.parameters.map((parameter) => parameter.name);
    expect(names("/stories")).toEqual(Object.keys(storyQuery.shape));
    expect(names("/tags")).toEqual(Object.keys(listQuery.shape));
    expect(paths["/stories"]?.get.parameters.find((parameter) => parameter.name === "limit")).toMatchObject({
      schema: { type: "integer", minimum: 1, maximum: 100, default: 20 },
    });
  });

  it("describes every webhook event, signed, with the body's schema", () => {
    const webhooks = document.webhooks as Record<
      string,
      { post: { parameters: { name: string }[]; requestBody: unknown } }
    >;
    expect(Object.keys(webhooks)).toEqual([...WEBHOOK_EVENTS]);
    for (const hook of Object.values(webhooks)) {
      expect(hook.post.parameters.map((parameter) => parameter.name)).toContain("Byline-Signature");
      expect(hook.post.requestBody).toMatchObject({
        content: { "application/json": { schema: { $ref: "#/components/schemas/WebhookEvent" } } },
      });
    }
  });

  it("names the site's own address as the server", () => {
    expect(document.servers).toEqual([{ url: "https://news.example.com/api/content/v1" }]);
  });
});
