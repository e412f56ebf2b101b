import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/content-api/openapi";

/**
 * Checks an answer of the content API against its OpenAPI document: the
 * schema of that path's response for that status, compiled by Ajv (JSON
 * Schema 2020-12, OpenAPI 3.1's dialect), formats included.
 */
const document = openApiDocument("http://localhost:3000") as {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
  webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: object }> } } }>;
  components: { schemas: Record<string, object> };
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: "openapi", components: document.components });

export function checkAgainstOpenApi(path: string, status: number, body: unknown): void {
  const response = document.paths[path]?.get.responses[String(status)];
  expect(response, `the document has no ${status} answer for ${path}`).toBeDefined();
  const content = response?.content ?? {};
  const [mediaType] = Object.keys(content);
  const schema = mediaType ? content[mediaType]?.schema : undefined;
  expect(schema, `the ${status} answer for ${path} has no schema`).toBeDefined();
  const validate = ajv.compile(rebase(schema as object));
  const valid = validate(body);
  expect(valid, `${path} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

/** Checks a webhook request's body against the document's entry for its event. */
export function checkWebhookAgainstOpenApi(event: string, body: unknown): void {
  const schema = document.webhooks[event]?.post.requestBody.content["application/json"]?.schema;
  expect(schema, `the document has no webhook ${event}`).toBeDefined();
  const validate = ajv.compile(rebase(schema as object));
  expect(validate(body), `webhook ${event}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

/** The document's `#/components/...` references, pointed at the copy added to Ajv as "openapi". */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
}
