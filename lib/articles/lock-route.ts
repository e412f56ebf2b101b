import "server-only";
import { NextResponse } from "next/server";
import { SET_UP_TWO_FACTOR_MESSAGE } from "@/lib/actions/define-action";
import type { StaffActor } from "@/lib/articles/audit";
import type { LockOutcome } from "@/lib/articles/locks";
import { clientAddress, getCurrentSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { lockStorageFailureMessage, messageForStorageFailure } from "@/lib/db-errors";
import { siteUrl } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isCrossOrigin } from "@/lib/http/same-origin";

type LockOperation = (
  client: PrismaClient,
  actor: StaffActor,
  articleId: string,
  input: unknown,
  context: { ip: string },
) => Promise<LockOutcome>;

type RouteContext = { params: Promise<{ id: string }> };

/**
 * A route handler for one of lib/articles/locks.ts's operations on a story's
 * lock (JSON body `{ tabId }`, JSON answer). Route handlers rather than
 * server actions: Next runs a page's server actions one at a time, and a
 * heartbeat must not wait behind a save.
 */
export function lockRoute(operation: LockOperation) {
  return async (request: Request, { params }: RouteContext): Promise<Response> => {
    const session = await getCurrentSession();
    if (!session)
      return NextResponse.json({ error: "Your session has ended. Sign in again to edit stories." }, { status: 401 });
    if (session.mustSetUpTwoFactor) return NextResponse.json({ error: SET_UP_TWO_FACTOR_MESSAGE }, { status: 403 });
    // A takeover is audited and moves the lock: only our own editor may ask for one.
    if (isCrossOrigin(request.headers, new URL(siteUrl()).origin))
      return NextResponse.json({ error: "Story locks answer only Byline's own pages." }, { status: 403 });
    const input: unknown = await request.json().catch(() => null);
    const [{ id }, ip] = await Promise.all([params, clientAddress()]);
    let outcome: LockOutcome;
    try {
      outcome = await operation(db, session.user, id, input, { ip });
    } catch (error) {
      return NextResponse.json(
        { error: messageForStorageFailure(error, "A story lock's write", lockStorageFailureMessage) },
        { status: 503 },
      );
    }
    if (!outcome.ok) return NextResponse.json({ error: outcome.message }, { status: outcome.status });
    return NextResponse.json(outcome.state);
  };
}
