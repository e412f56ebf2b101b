import { NO_PERMISSION_MESSAGE, SIGNED_OUT_MESSAGE } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/forms/form-state";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import type { Payload } from "@/lib/testing/entrypoint-inventory";
import type { RouteHandler, ServerAction } from "@/lib/testing/entrypoints";
import { isNextControlFlow } from "@/lib/testing/request-doubles";

function toFormData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** What came back: a value, or what was thrown (Next's redirect among them). */
export type Reply = { returned: unknown } | { thrown: unknown };

/** Calls a server action or route handler the way Next.js would for this payload. */
export async function send(entry: ServerAction | RouteHandler, payload: Payload): Promise<Reply> {
  try {
    if (payload.kind === "request") {
      const params = Promise.resolve(payload.params ?? {});
      return { returned: await (entry as RouteHandler).run(payload.request, { params }) };
    }
    const action = entry as ServerAction;
    if (payload.kind === "call") return { returned: await action.run(payload.input) };
    const data = payload.kind === "form" ? toFormData(payload.fields) : payload.data;
    return { returned: await action.run(INITIAL_FORM_STATE, data) };
  } catch (thrown) {
    return { thrown };
  }
}

/**
 * done: the request did what it asked (a success, a redirect after one, a 2xx or 3xx);
 * refused: no session or no permission;
 * declined: a clear answer that it did not (bad input, no such object, a 4xx);
 * crashed: an exception other than Next's control flow, or a 5xx.
 */
export type Verdict = { kind: "done" | "refused" | "declined" | "crashed"; detail: string };

const REFUSAL_MESSAGES: readonly unknown[] = [SIGNED_OUT_MESSAGE, NO_PERMISSION_MESSAGE];

export async function judge(reply: Reply): Promise<Verdict> {
  if ("thrown" in reply) {
    const digest = isNextControlFlow(reply.thrown) ? String((reply.thrown as { digest: string }).digest) : "";
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "done", detail: digest };
    if (/;40[13]$/.test(digest)) return { kind: "refused", detail: digest };
    if (digest) return { kind: "declined", detail: digest };
    return {
      kind: "crashed",
      detail: reply.thrown instanceof Error ? (reply.thrown.stack ?? "") : String(reply.thrown),
    };
  }
  const value = reply.returned;
  if (value instanceof Response) {
    const detail = `${value.status} ${await value.clone().text()}`;
    if (value.status < 400) return { kind: "done", detail };
    if (value.status === 401 || value.status === 403) return { kind: "refused", detail };
    return { kind: value.status < 500 ? "declined" : "crashed", detail };
  }
  const answer = value as { ok?: boolean; error?: string; message?: string } & Partial<FormState>;
  const detail = JSON.stringify(value);
  if (answer.ok === true || answer.status === "success") return { kind: "done", detail };
  if (answer.error === "forbidden" || answer.error === "signed_out" || REFUSAL_MESSAGES.includes(answer.message))
    return { kind: "refused", detail };
  return { kind: "declined", detail };
}
