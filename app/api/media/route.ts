import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { uploadFromRequest } from "@/lib/media/upload";

/** Image uploads from the story editor (multipart: "file", optional "alt"). Answers JSON. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user)
    return NextResponse.json({ error: "Your session has ended. Sign in again to upload images." }, { status: 401 });
  const outcome = await uploadFromRequest(db, user, request);
  if (!outcome.ok) return NextResponse.json({ error: outcome.message }, { status: outcome.status });
  return NextResponse.json(outcome.image, { status: 201 });
}
