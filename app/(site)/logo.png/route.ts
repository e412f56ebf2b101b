import { renderLogo } from "@/lib/seo/logo";

// Drawn once at build time and served as a static file.
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  return new Response(new Uint8Array(await renderLogo()), { headers: { "Content-Type": "image/png" } });
}
