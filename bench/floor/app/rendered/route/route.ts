/** A route handler run on request; see ../page/page.tsx for why the bench asks for it. */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response("Run on request.", { headers: { "content-type": "text/plain; charset=utf-8" } });
}
