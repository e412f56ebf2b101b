import "server-only";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { can, type ResourceFreeAction } from "@/lib/auth/policy";
import { clientAddress, getCurrentSession, type SessionUser } from "@/lib/auth/session";
import { revalidate } from "@/lib/cache/revalidate";
import type { Revalidation } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { messageForStorageFailure } from "@/lib/db-errors";
import { failure, formValues, invalidInput } from "@/lib/forms/form-results";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The one way to write a server action. Every action runs the same steps in
 * the same order: find the signed-in user, parse the input with zod, ask the
 * policy, run the handler, expire the reader pages the handler changed. A
 * step cannot be left out, and `lib/actions/actions.test.ts` fails on any
 * "use server" export that was not built here.
 *
 * `policy` says who may call the action:
 * - a resource-free action of `lib/auth/policy.ts` ("user.manage"), checked here;
 * - "checked-by-handler" for a change to one object (a story), where the
 *   domain function asks the policy about the object it loads inside its
 *   transaction; the user must still be signed in;
 * - "public" for signing in and one-time links: no session needed.
 *
 * A user whose role requires two-factor sign-in and who has not set it up may
 * only call actions marked `openBeforeTwoFactor` (setting it up, signing out).
 */
export type ActionPolicy = ResourceFreeAction | "checked-by-handler" | "public";

type ActorFor<P extends ActionPolicy> = P extends "public" ? SessionUser | null : SessionUser;
export type ActionContext<P extends ActionPolicy> = { actor: ActorFor<P>; ip: string };

export const SIGNED_OUT_MESSAGE =
  "Your session has ended. Sign in again in a new tab, then come back and press the button again: your text is still here.";
export const NO_PERMISSION_MESSAGE = "You do not have permission to do that. Ask an administrator if you need it.";
export const SET_UP_TWO_FACTOR_MESSAGE =
  "Your role requires two-factor authentication. Set it up on your account page first, then try again.";
export const NOT_UNDERSTOOD = "The request was not understood. Reload the page and try again.";

/**
 * What every action may answer besides its handler's own result: refusals
 * before the handler runs, and "storage" when the database could not be
 * written (a full or read-only disk, or a lock held by another process):
 * the handler's transaction rolled back, and nothing was changed.
 */
export type ActionRefusal =
  | {
      ok: false;
      error: "signed_out" | "forbidden" | "two_factor_required" | "storage" | "too_large";
      message: string;
    }
  | { ok: false; error: "invalid"; message: string; fieldErrors: Record<string, string> };

/** What a handler answers: its own result, and on success which reader pages it changed. */
export type HandlerResult = { ok: true; revalidate?: Revalidation } | { ok: false };

const BUILT = Symbol.for("byline.define-action");

/** True for a function made by defineAction or defineFormAction. */
export function isDefinedAction(value: unknown): boolean {
  return typeof value === "function" && BUILT in value;
}

function mark<F extends (...args: never[]) => unknown>(action: F): F {
  Object.defineProperty(action, BUILT, { value: true });
  return action;
}

type Refusal = "signed_out" | "forbidden" | "two_factor_required";
type Gate<P extends ActionPolicy> = { ok: true; context: ActionContext<P> } | { ok: false; refusal: Refusal };

const REFUSAL_MESSAGES: Record<Refusal, string> = {
  signed_out: SIGNED_OUT_MESSAGE,
  forbidden: NO_PERMISSION_MESSAGE,
  two_factor_required: SET_UP_TWO_FACTOR_MESSAGE,
};

/** The session and the policy, before any input is looked at. */
async function admit<P extends ActionPolicy>(policy: P, openBeforeTwoFactor: boolean): Promise<Gate<P>> {
  const [session, ip] = await Promise.all([getCurrentSession(), clientAddress()]);
  const actor = session?.user ?? null;
  if (policy === "public") return { ok: true, context: { actor, ip } as ActionContext<P> };
  if (!session || !actor) return { ok: false, refusal: "signed_out" };
  if (session.mustSetUpTwoFactor && !openBeforeTwoFactor) return { ok: false, refusal: "two_factor_required" };
  if (policy !== "checked-by-handler" && !can(actor, policy, null)) {
    await auditDenied(actor, policy, ip);
    return { ok: false, refusal: "forbidden" };
  }
  return { ok: true, context: { actor, ip } as ActionContext<P> };
}

/** Nothing in Byline's own pages offers an action to someone who may not take it, so a refusal is worth recording. */
async function auditDenied(actor: SessionUser, attempted: string, ip: string): Promise<void> {
  await db.$transaction((tx) => recordAudit(tx, { action: "access.denied", actor, details: { attempted }, ip }));
}

function firstMessages(error: z.ZodError): { message: string; fieldErrors: Record<string, string> } {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const first = Object.entries(fieldErrors as Record<string, string[] | undefined>).flatMap(([field, messages]) =>
    messages?.[0] ? [[field, messages[0]] as const] : [],
  );
  return { message: formErrors[0] ?? first[0]?.[1] ?? NOT_UNDERSTOOD, fieldErrors: Object.fromEntries(first) };
}

/** What defineAction and defineStaffRoute are built from: the input's schema, who may call, and the handler. */
export type CallDefinition<P extends ActionPolicy, S extends z.ZodType, R extends HandlerResult> = {
  policy: P;
  input: S;
  openBeforeTwoFactor?: boolean;
  handler: (input: z.output<S>, context: ActionContext<P>) => Promise<R>;
};

/** The call's one argument as it arrived, or why it could not be read (a body too large, or not JSON). */
export type CallInput = { ok: true; value: unknown } | ActionRefusal;

/**
 * Every step of a call with one argument, in order; a refusal in the same
 * `{ ok: false, error, message }` shape. The argument is read only once the
 * caller is admitted, so nobody else can make the server read a body.
 */
export async function runCall<P extends ActionPolicy, S extends z.ZodType, R extends HandlerResult>(
  definition: CallDefinition<P, S, R>,
  readInput: () => Promise<CallInput>,
): Promise<R | ActionRefusal> {
  try {
    const gate = await admit(definition.policy, definition.openBeforeTwoFactor ?? false);
    if (!gate.ok) return { ok: false, error: gate.refusal, message: REFUSAL_MESSAGES[gate.refusal] };
    const input = await readInput();
    if (!input.ok) return input;
    const parsed = definition.input.safeParse(input.value);
    if (!parsed.success) return { ok: false, error: "invalid", ...firstMessages(parsed.error) };
    const result = await definition.handler(parsed.data, gate.context);
    if (result.ok && "revalidate" in result && result.revalidate) await revalidate(result.revalidate);
    return result;
  } catch (error) {
    return { ok: false, error: "storage", message: messageForStorageFailure(error, "A server action's write") };
  }
}

/**
 * An action called from client code with one argument (a search, a delete):
 * answers the handler's result, or a refusal in the same
 * `{ ok: false, error, message }` shape.
 */
export function defineAction<P extends ActionPolicy, S extends z.ZodType, R extends HandlerResult>(
  definition: CallDefinition<P, S, R>,
): (input: unknown) => Promise<R | ActionRefusal> {
  return mark((raw: unknown) => runCall(definition, async () => ({ ok: true, value: raw })));
}

/**
 * A form's answer, and on success which reader pages the change expired and
 * where to go next (when the form's own page is gone, as after a delete).
 */
export type FormResult = FormState & { revalidate?: Revalidation; redirectTo?: string };

/**
 * An action behind a `<form>` with React's useActionState. Reads the named
 * fields from the submission (`secretFields`, such as passwords, are parsed but
 * never sent back), and answers a FormState that keeps what the user typed.
 * `hiddenFields` are ids and tokens: a problem with one becomes the form's
 * message. `refreshPage` re-renders the page the form is on after a success.
 */
export function defineFormAction<P extends ActionPolicy, S extends z.ZodType>(definition: {
  policy: P;
  fields: readonly string[];
  secretFields?: readonly string[];
  hiddenFields?: readonly string[];
  input: S;
  refreshPage?: boolean;
  openBeforeTwoFactor?: boolean;
  handler: (input: z.output<S>, context: ActionContext<P> & { values: Record<string, string> }) => Promise<FormResult>;
}): (previous: FormState, formData: FormData) => Promise<FormState> {
  return mark(async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = formValues(formData, definition.fields);
    try {
      const gate = await admit(definition.policy, definition.openBeforeTwoFactor ?? false);
      if (!gate.ok) return failure(REFUSAL_MESSAGES[gate.refusal], values);
      const secrets = formValues(formData, definition.secretFields ?? []);
      const parsed = definition.input.safeParse({ ...values, ...secrets });
      if (!parsed.success) return invalidInput(parsed.error, values, definition.hiddenFields);
      const {
        revalidate: changed,
        redirectTo,
        ...state
      } = await definition.handler(parsed.data, {
        ...gate.context,
        values,
      });
      if (state.status === "success") {
        if (changed) await revalidate(changed);
        // redirect() throws Next's own signal, which the catch below passes on.
        if (redirectTo) redirect(redirectTo);
        if (definition.refreshPage) refresh();
      }
      return state;
    } catch (error) {
      return failure(messageForStorageFailure(error, "A server action's write"), values);
    }
  });
}
