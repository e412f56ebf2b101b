import { databaseIsReachable } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseIsReachable();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "reachable" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
