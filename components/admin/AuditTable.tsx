import { PublicationTime } from "@/components/site/PublicationTime";
import type { AuditEventView } from "@/lib/audit/queries";

function describe(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`)
    .join("; ");
}

export function AuditTable({ events }: { events: readonly AuditEventView[] }) {
  if (events.length === 0) return <p>No events match these filters.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            <th scope="col" className="py-2 pr-4">When</th>
            <th scope="col" className="py-2 pr-4">Who</th>
            <th scope="col" className="py-2 pr-4">Action</th>
            <th scope="col" className="py-2 pr-4">On</th>
            <th scope="col" className="py-2 pr-4">Details</th>
            <th scope="col" className="py-2 pr-4">Address</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
              <td className="py-2 pr-4 whitespace-nowrap">
                <PublicationTime date={event.createdAt} withTime />
              </td>
              <td className="py-2 pr-4">{event.actorEmail || "Anonymous"}</td>
              <td className="py-2 pr-4 font-mono">{event.action}</td>
              <td className="py-2 pr-4">{event.targetLabel}</td>
              <td className="py-2 pr-4 break-words">{describe(event.details)}</td>
              <td className="py-2 pr-4 font-mono">{event.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
