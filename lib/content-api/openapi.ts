import { z } from "zod";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";
// Registers the webhook body among the components.
import "@/lib/webhooks/payload-schema";
import { listQuery, storyQuery } from "./query";
import { apiSchemas } from "./schemas";

/**
 * The content API's OpenAPI 3.1 document, generated from the zod schemas the
 * routes answer with (lib/content-api/schemas.ts) and parse their query
 * strings with (lib/content-api/query.ts). Served at
 * /api/content/v1/openapi.json; lib/content-api/openapi.test.ts checks it with
 * an OpenAPI validator and the API's answers against it.
 */

export const API_BASE_PATH = "/api/content/v1";
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

type JsonSchema = Record<string, unknown>;

/** Components as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without the per-file `$schema` and `$id`. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}`, io: "input" });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema as JsonSchema]),
  );
}

/** A query schema's fields as OpenAPI parameters. */
function queryParameters(query: z.ZodObject): JsonSchema[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const {
      $schema: _dialect,
      description,
      default: byDefault,
      ...schema
    } = z.toJSONSchema(field as z.ZodType, {
      io: "input",
    });
    return {
      name,
      in: "query",
      required: false,
      ...(typeof description === "string" && { description }),
      schema: { ...schema, ...(byDefault !== undefined && { default: byDefault }) },
    };
  });
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});

const ERRORS = {
  "400": problem("A query parameter was not understood; `detail` says which."),
  "401": problem("No API key, or one that is not valid or has been revoked."),
  "429": problem("The key's requests a minute are used up; `Retry-After` says when to try again."),
  "503": problem("The database could not be read just now."),
};

const RATE_HEADERS = {
  ETag: { description: "Send it back as If-None-Match: an unchanged answer is a 304.", schema: { type: "string" } },
  "RateLimit-Limit": { description: "Requests this key may make a minute.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left before a 429.", schema: { type: "integer" } },
};

const ok = (schema: string, description: string) => ({
  "200": { description, headers: RATE_HEADERS, content: { "application/json": { schema: ref(schema) } } },
  "304": { description: "Unchanged since the ETag given in If-None-Match." },
});

const list = (schema: string, summary: string, parameters: JsonSchema[], description: string) => ({
  get: {
    summary,
    description,
    parameters,
    responses: { ...ok(schema, summary), ...ERRORS },
  },
});

const header = (name: string, description: string) => ({
  name,
  in: "header",
  required: true,
  description,
  schema: { type: "string" },
});

/** What Byline sends to registered endpoints (Admin → Webhooks), one entry per event. */
function webhooks(): JsonSchema {
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => [
      event,
      {
        post: {
          summary: WEBHOOK_EVENT_LABELS[event],
          parameters: [
            header(
              "Byline-Signature",
              '`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, keyed by the endpoint\'s secret. Reject a request whose signature does not match or whose time is more than five minutes off.',
            ),
            header("Byline-Event", `The event's type: \`${event}\`.`),
            header("Byline-Delivery", "This delivery's id; a redelivery has a new one, the event's `id` stays."),
          ],
          requestBody: { required: true, content: { "application/json": { schema: ref("WebhookEvent") } } },
          responses: {
            "2XX": { description: "Received. Anything else, or no answer in 10 seconds, is retried for 24 hours." },
          },
        },
      },
    ]),
  );
}

export function openApiDocument(siteUrl: string): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Byline content API",
      version: "1.0.0",
      description:
        "Read-only access to what readers see: published stories with their bylines, tags, related stories, corrections and body, and the sections, tags and bylines. Every request needs a key from Admin → API keys.",
    },
    servers: [{ url: `${siteUrl}${API_BASE_PATH}` }],
    security: [{ apiKey: [] }],
    paths: {
      "/stories": list(
        "StoryList",
        "Published stories",
        queryParameters(storyQuery),
        "Newest first; with `updated_since`, oldest change first, for keeping a copy in step. Follow `next_cursor` for the next page.",
      ),
      "/stories/{slug}": {
        get: {
          summary: "A published story",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            ...ok("StoryItem", "The story"),
            ...ERRORS,
            "404": problem("No published story has that slug."),
          },
        },
      },
      "/sections": list("SectionList", "Sections", queryParameters(listQuery), "By slug."),
      "/tags": list("TagList", "Tags", queryParameters(listQuery), "By slug."),
      "/authors": list("AuthorList", "Bylines", queryParameters(listQuery), "Staff and agencies, by slug."),
    },
    webhooks: webhooks(),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "A key made under Admin → API keys." },
      },
    },
  };
}
