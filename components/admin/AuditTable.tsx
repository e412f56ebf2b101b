import { PublicationTime } from "@/components/site/PublicationTime";
import { DataTable } from "@/components/staff/DataTable";
import type { AuditEventView } from "@/lib/audit/queries";

function describe(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`)
    .join("; ");
}

/** The actor; events without one came from a script (demo, command line) or from someone not signed in. */
function who(event: AuditEventView): string {
  if (event.actorEmail) return event.actorEmail;
  return typeof event.details.via === "string" ? `System (${event.details.via})` : "Not signed in";
}

export function AuditTable({ events }: { events: readonly AuditEventView[] }) {
  if (events.length === 0) return <p>No events match these filters.</p>;
  return (
    <DataTable caption="Audit events, newest first" columns={["When", "Who", "Action", "On", "Details", "Address"]}>
      {events.map((event) => (
        <tr key={event.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
          <td className="py-2 pr-4 whitespace-nowrap">
            <PublicationTime date={event.createdAt} withTime />
          </td>
          <td className="py-2 pr-4">{who(event)}</td>
          <td className="py-2 pr-4 font-mono">{event.action}</td>
          <td className="py-2 pr-4">{event.targetLabel}</td>
          <td className="py-2 pr-4 break-words">{describe(event.details)}</td>
          <td className="py-2 pr-4 font-mono">{event.ip}</td>
        </tr>
      ))}
    </DataTable>
  );
}
