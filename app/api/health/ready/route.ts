import { recentReadiness } from "@/lib/health";

export const dynamic = "force-dynamic";

/**
 * Readiness, for a load balancer or an orchestrator: 200 when the site can
 * take saves, 503 with the reasons when it cannot (README, "Health checks").
 * /api/health stays the cheap liveness check. The answer is at most five
 * seconds old (recentReadiness).
 */
export async function GET() {
  const readiness = await recentReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json({ status: "not ready", reasons: readiness.reasons }, { status: 503, headers });
}
