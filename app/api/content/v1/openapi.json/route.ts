import { jsonResponse, preflight } from "@/lib/content-api/http";
import { openApiDocument } from "@/lib/content-api/openapi";
import { siteUrl } from "@/lib/env";

/** The content API's OpenAPI 3.1 document: public, like any API's reference. */
export function GET(request: Request): Response {
  return jsonResponse(request, openApiDocument(siteUrl()));
}

export const OPTIONS = preflight;
