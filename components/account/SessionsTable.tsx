import { BUTTON } from "@/components/forms/styles";
import { DataTable } from "@/components/staff/DataTable";
import type { SessionSummary } from "@/lib/sessions/store";
import { formatDateTime } from "@/lib/time";

/** A session as the table shows it: times already in the newsroom's zone, so a client form can render it too. */
export type SessionRow = {
  id: string;
  device: string;
  ip: string;
  signedIn: { iso: string; text: string };
  lastActive: { iso: string; text: string };
  current: boolean;
};

export function sessionRows(
  sessions: readonly SessionSummary[],
  { currentSessionId, timeZone }: { currentSessionId: string | null; timeZone: string },
): SessionRow[] {
  const at = (date: Date) => ({ iso: date.toISOString(), text: formatDateTime(date, timeZone) });
  return sessions.map((session) => ({
    id: session.id,
    device: session.device,
    ip: session.ip,
    signedIn: at(session.createdAt),
    lastActive: at(session.lastSeenAt),
    current: session.id === currentSessionId,
  }));
}

/**
 * Active sessions: device, address, when signed in and last active, the one
 * in use marked. With `signOut`, the other rows get a "Sign out" button
 * sending the session's id, for a form around the table.
 */
export function SessionsTable({
  rows,
  caption,
  signOut = false,
}: {
  rows: readonly SessionRow[];
  caption: string;
  signOut?: boolean;
}) {
  if (rows.length === 0) return <p>No active sessions.</p>;
  const columns = ["Device", "Address", "Signed in", "Last active", ...(signOut ? ["Action"] : [])];
  return (
    <DataTable caption={caption} columns={columns}>
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-neutral-200 dark:border-neutral-800">
          <th scope="row" className="py-2 pr-4 font-semibold">
            {row.device}
            {row.current && (
              <span className="ml-2 rounded bg-neutral-200 px-2 py-0.5 text-xs font-semibold dark:bg-neutral-700">
                This session
              </span>
            )}
          </th>
          <td className="py-2 pr-4">{row.ip || "Unknown"}</td>
          <td className="py-2 pr-4">
            <time dateTime={row.signedIn.iso}>{row.signedIn.text}</time>
          </td>
          <td className="py-2 pr-4">
            <time dateTime={row.lastActive.iso}>{row.lastActive.text}</time>
          </td>
          {signOut && (
            <td className="py-2 pr-4">
              {!row.current && (
                <button type="submit" name="sessionId" value={row.id} className={BUTTON.small}>
                  Sign out
                  <span className="sr-only">
                    {" "}
                    {row.device}, last active {row.lastActive.text}
                  </span>
                </button>
              )}
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
