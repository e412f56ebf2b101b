import { NextResponse } from "next/server";
import { SET_UP_TWO_FACTOR_MESSAGE } from "@/lib/actions/define-action";
import { getCurrentSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { messageForStorageFailure } from "@/lib/db-errors";
import { uploadFromRequest } from "@/lib/media/upload";

/** Image uploads from the story editor (multipart: "file", optional "alt"). Answers JSON. */
export async function POST(request: Request) {
  const session = await getCurrentSession();
  if (!session)
    return NextResponse.json({ error: "Your session has ended. Sign in again to upload images." }, { status: 401 });
  if (session.mustSetUpTwoFactor) return NextResponse.json({ error: SET_UP_TWO_FACTOR_MESSAGE }, { status: 403 });
  let outcome: Awaited<ReturnType<typeof uploadFromRequest>>;
  try {
    outcome = await uploadFromRequest(db, session.user, request);
  } catch (error) {
    return NextResponse.json({ error: messageForStorageFailure(error, "An image upload's write") }, { status: 503 });
  }
  if (!outcome.ok) return NextResponse.json({ error: outcome.message }, { status: outcome.status });
  return NextResponse.json(outcome.image, { status: 201 });
}
