"use client";

import { useActionState } from "react";
import { LinkBox } from "@/components/admin/LinkBox";
import { ActionForm } from "@/components/forms/ActionForm";
import { CheckboxField, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FIELD_ERROR, GROUP, LEGEND } from "@/components/forms/styles";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import {
  createWebhookAction,
  deleteWebhookAction,
  redeliverAction,
  setWebhookStateAction,
} from "@/lib/webhooks/actions";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { WEBHOOK_URL_MAX_LENGTH } from "@/lib/webhooks/webhook-schemas";

export function NewWebhookForm() {
  const [state, action] = useActionState(createWebhookAction, INITIAL_FORM_STATE);
  const kept = state.status === "success" ? undefined : state.values;
  const eventsError = state.fieldErrors?.events;
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <form action={action} noValidate aria-label="New webhook" className="flex flex-col gap-4">
        <FormMessage state={state} />
        <TextField
          name="url"
          label="Address"
          type="url"
          hint="Where Byline sends each event as a signed POST request, such as https://example.com/hooks/byline."
          autoComplete="off"
          required
          maxLength={WEBHOOK_URL_MAX_LENGTH}
          defaultValue={kept?.url}
          error={state.fieldErrors?.url}
        />
        <fieldset className={GROUP} aria-describedby={eventsError ? "events-error" : undefined}>
          <legend className={LEGEND}>Events</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <CheckboxField
              key={event}
              name={event}
              label={`${event}: ${WEBHOOK_EVENT_LABELS[event]}`}
              defaultChecked={kept ? kept[event] === "on" : event === "story.published"}
            />
          ))}
          {eventsError && (
            <p id="events-error" className={FIELD_ERROR}>
              {eventsError}
            </p>
          )}
        </fieldset>
        <SubmitButton pendingLabel="Adding…">Add webhook</SubmitButton>
      </form>
      {state.secret && (
        <LinkBox
          label="Signing secret"
          url={state.secret}
          copyLabel="Copy secret"
          note="It is shown only now. Byline keeps it encrypted, to sign each request."
        />
      )}
    </div>
  );
}

export function WebhookStateForm({ id, url, paused }: { id: string; url: string; paused: boolean }) {
  return (
    <ActionForm
      serverAction={setWebhookStateAction}
      hidden={{ webhookId: id, enabled: String(paused) }}
      label={`${paused ? "Resume" : "Pause"} ${url}`}
    >
      {() => (
        <SubmitButton variant="secondary" pendingLabel={paused ? "Resuming…" : "Pausing…"}>
          {paused ? "Resume" : "Pause"}
        </SubmitButton>
      )}
    </ActionForm>
  );
}

export function DeleteWebhookForm({ id, url }: { id: string; url: string }) {
  return (
    <ActionForm serverAction={deleteWebhookAction} hidden={{ webhookId: id }} label={`Delete ${url}`}>
      {(state) => (
        <>
          <CheckboxField
            name="confirm"
            id={`confirm-${id}`}
            label={`Yes, delete ${url} and its log`}
            error={state.fieldErrors?.confirm}
          />
          <SubmitButton variant="danger" pendingLabel="Deleting…">
            Delete webhook
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function RedeliverForm({ id, description }: { id: string; description: string }) {
  return (
    <ActionForm serverAction={redeliverAction} hidden={{ deliveryId: id }} label={`Redeliver ${description}`}>
      {() => (
        <SubmitButton variant="secondary" pendingLabel="Queuing…">
          Redeliver
        </SubmitButton>
      )}
    </ActionForm>
  );
}
