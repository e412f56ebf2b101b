import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Each captured Byline response, answered as a prerendered (force-static)
 * route: the build reads the bytes once and Next serves them from its
 * prerender cache, with the content type Byline sent.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

type Captured = { name: string; file: string; contentType: string };

const capturedDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "captured");

function manifest(): Captured[] {
  return JSON.parse(readFileSync(path.join(capturedDir, "manifest.json"), "utf8")).routes;
}

export function generateStaticParams(): { name: string }[] {
  return manifest().map(({ name }) => ({ name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const route = manifest().find((entry) => entry.name === name);
  if (!route) return new Response("Not captured", { status: 404 });
  return new Response(readFileSync(path.join(capturedDir, route.file)), {
    headers: { "content-type": route.contentType },
  });
}
