import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { declaredSizeTooLarge, IMAGE_TOO_LARGE, uploadImage } from "@/lib/media/upload";

/** Image uploads from the story editor (multipart: "file", optional "alt"). Answers JSON. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user)
    return NextResponse.json({ error: "Your session has ended. Sign in again to upload images." }, { status: 401 });
  if (declaredSizeTooLarge(request.headers.get("content-length"))) {
    return NextResponse.json({ error: IMAGE_TOO_LARGE }, { status: 413 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: "The upload could not be read. Try again." }, { status: 400 });
  }
  const outcome = await uploadImage(db, user, form);
  if (!outcome.ok) return NextResponse.json({ error: outcome.message }, { status: outcome.status });
  return NextResponse.json(outcome.image, { status: 201 });
}
