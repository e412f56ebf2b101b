import { z } from "zod";

/**
 * An error answer as RFC 9457 problem details (`application/problem+json`),
 * never cached: what a machine endpoint (the content API, the cache-expiry
 * endpoint) sends instead of an HTML error page.
 */
export const problemDetailsSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
});
export type ProblemDetails = z.infer<typeof problemDetailsSchema>;

export function problemResponse(
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const body: ProblemDetails = { type: "about:blank", title, status, detail };
  return Response.json(body, {
    status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}
