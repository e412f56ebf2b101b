import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { signOut } from "@/lib/auth/auth";
import { loginPath, safeNextPath, safeNextPathOrNone } from "@/lib/auth/next-path";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * Where requireUser() sends a session that no longer counts (disabled user,
 * changed role, new password): its cookie is cleared, then /login says why.
 * A session that still counts is left alone, so a link here cannot sign anyone out.
 */
export async function GET(request: NextRequest) {
  const next = safeNextPathOrNone(request.nextUrl.searchParams.get("next"));
  if (await getCurrentUser()) redirect(safeNextPath(next));
  await signOut({ redirect: false });
  redirect(loginPath({ next, reason: "session-ended" }));
}
