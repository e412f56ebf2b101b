import { DeleteWebhookForm, RedeliverForm, WebhookStateForm } from "@/components/admin/WebhookForms";
import { DataTable } from "@/components/staff/DataTable";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/time";
import { eventSubjectSchema } from "@/lib/webhooks/events";
import { DELIVERY_LOG_LENGTH, type DeliveryRow, type WebhookRow } from "@/lib/webhooks/registry";

const STATUS_LABELS: Record<WebhookDeliveryStatus, string> = {
  PENDING: "Waiting",
  DELIVERED: "Delivered",
  FAILED: "Failed",
};

function Time({ at, timeZone }: { at: Date; timeZone: string }) {
  return <time dateTime={at.toISOString()}>{formatDateTime(at, timeZone)}</time>;
}

/** What a delivery's row says of where it stands, in words. */
function DeliveryState({ delivery, timeZone }: { delivery: DeliveryRow; timeZone: string }) {
  const { status, nextAttemptAt, attempts } = delivery;
  return (
    <>
      {STATUS_LABELS[status]}
      {status === "PENDING" && nextAttemptAt && (
        <>
          {attempts > 0 ? ", next try " : ", due "}
          <Time at={nextAttemptAt} timeZone={timeZone} />
        </>
      )}
      {delivery.error && <span className="block text-neutral-600 dark:text-neutral-400">{delivery.error}</span>}
    </>
  );
}

/** The story an event was about; a row this version cannot read is shown as such, not as a broken page. */
function readSubject(json: string): { headline: string } {
  try {
    const parsed = eventSubjectSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: as unreadable as a row of the wrong shape.
  }
  return { headline: "(unreadable event)" };
}

function DeliveryLog({ webhook, timeZone }: { webhook: WebhookRow; timeZone: string }) {
  if (webhook.deliveries.length === 0) return <p>Nothing sent yet.</p>;
  return (
    <DataTable
      caption={`Latest deliveries to ${webhook.url}`}
      columns={["Event", "Story", "Status", "Attempts", "Answer", "Last try", ""]}
    >
      {webhook.deliveries.map((delivery) => {
        const subject = readSubject(delivery.event.subject);
        return (
          <tr key={delivery.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
            <td className="py-2 pr-4 font-mono">{delivery.event.type}</td>
            <th scope="row" className="py-2 pr-4 font-semibold">
              {subject.headline}
            </th>
            <td className="py-2 pr-4">
              <DeliveryState delivery={delivery} timeZone={timeZone} />
            </td>
            <td className="py-2 pr-4">{delivery.attempts}</td>
            <td className="py-2 pr-4">
              {delivery.responseCode ?? "None"}
              {delivery.durationMs !== null && ` in ${delivery.durationMs} ms`}
            </td>
            <td className="py-2 pr-4">
              {delivery.lastAttemptAt ? <Time at={delivery.lastAttemptAt} timeZone={timeZone} /> : "Not yet"}
            </td>
            <td className="py-2 pr-4">
              {delivery.status !== "PENDING" && !webhook.disabledAt && (
                <RedeliverForm id={delivery.id} description={`${delivery.event.type} of ${subject.headline}`} />
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** Each endpoint: what it receives, pause or delete, and its latest deliveries with "Redeliver". */
export function WebhooksList({ webhooks, timeZone }: { webhooks: readonly WebhookRow[]; timeZone: string }) {
  if (webhooks.length === 0) return <p>No webhooks yet.</p>;
  return (
    <ul className="flex flex-col gap-10">
      {webhooks.map((webhook) => (
        <li key={webhook.id} aria-labelledby={`webhook-${webhook.id}`} className="flex flex-col gap-3">
          <h3 id={`webhook-${webhook.id}`} className="font-mono text-lg font-bold break-all">
            {webhook.url}
          </h3>
          <p>
            {webhook.disabledAt ? (
              <>
                Paused since <Time at={webhook.disabledAt} timeZone={timeZone} />.{" "}
              </>
            ) : (
              "Active. "
            )}
            Receives {webhook.events.join(", ")}. Added <Time at={webhook.createdAt} timeZone={timeZone} />
            {webhook.createdBy ? ` by ${webhook.createdBy.name}` : " from the command line"}.
          </p>
          <div className="flex flex-wrap items-start gap-6">
            <WebhookStateForm id={webhook.id} url={webhook.url} paused={webhook.disabledAt !== null} />
            <DeleteWebhookForm id={webhook.id} url={webhook.url} />
          </div>
          <h4 className="font-bold">Latest deliveries (up to {DELIVERY_LOG_LENGTH})</h4>
          <DeliveryLog webhook={webhook} timeZone={timeZone} />
        </li>
      ))}
    </ul>
  );
}
