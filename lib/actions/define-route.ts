import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import {
  type ActionPolicy,
  type ActionRefusal,
  type CallDefinition,
  type CallInput,
  type HandlerResult,
  NOT_UNDERSTOOD,
  runCall,
} from "@/lib/actions/define-action";
import { siteUrl } from "@/lib/env";
import { readBoundedBody } from "@/lib/http/bounded-body";
import { isCrossOrigin } from "@/lib/http/same-origin";

/** The HTTP status of each refusal; a handler's own `{ ok: false }` answers carry theirs in `error` too. */
const STATUS: Record<string, number> = {
  signed_out: 401,
  forbidden: 403,
  two_factor_required: 403,
  not_found: 404,
  conflict: 409,
  invalid: 422,
  too_large: 413,
  storage: 503,
};

/** The most a staff JSON request may carry, as Next allows server actions (next.config.ts `bodySizeLimit`). */
export const STAFF_REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;
const TOO_LARGE =
  "The request is larger than 4 MB, more than any story needs. Nothing was saved; your text is still here.";

/** The request's JSON body, read up to the limit (Content-Length is only a claim). */
async function readJson(request: Request): Promise<CallInput> {
  const tooLarge: ActionRefusal = { ok: false, error: "too_large", message: TOO_LARGE };
  if (Number(request.headers.get("content-length")) > STAFF_REQUEST_LIMIT_BYTES) return tooLarge;
  const bytes = await readBoundedBody(request.body, STAFF_REQUEST_LIMIT_BYTES);
  if (!bytes) return tooLarge;
  try {
    return { ok: true, value: JSON.parse(Buffer.from(bytes).toString("utf8")) };
  } catch {
    return { ok: false, error: "invalid", message: NOT_UNDERSTOOD, fieldErrors: {} };
  }
}

function statusOf(answer: HandlerResult | ActionRefusal): number {
  if (answer.ok) return 200;
  const error = "error" in answer && typeof answer.error === "string" ? answer.error : "";
  return STATUS[error] ?? 400;
}

/**
 * A staff write as a JSON route handler (POST, the JSON body is the one
 * argument), with every step of defineAction in the same order and the same
 * answers, as JSON with a status that says what happened.
 *
 * For a write the editor makes often whose page does not change with it, such
 * as saving a story: Next answers a server action that expires cached pages
 * with a fresh render of the page the action came from, about a third of a
 * live save's time, and the editor's form has its answer already (README,
 * "Soak"). Cross-site requests are refused, as Next refuses them for actions.
 */
export function defineStaffRoute<P extends ActionPolicy, S extends z.ZodType, R extends HandlerResult>(
  definition: CallDefinition<P, S, R>,
): (request: Request) => Promise<Response> {
  return async (request: Request): Promise<Response> => {
    if (isCrossOrigin(request.headers, new URL(siteUrl()).origin)) {
      const refusal: ActionRefusal = { ok: false, error: "forbidden", message: "Only Byline's own pages may do this." };
      return NextResponse.json(refusal, { status: 403 });
    }
    const answer = await runCall(definition, () => readJson(request));
    return NextResponse.json(answer, { status: statusOf(answer) });
  };
}
