import { RevokeApiKeyForm } from "@/components/admin/ApiKeyForms";
import { DataTable } from "@/components/staff/DataTable";
import type { ApiKeyRow } from "@/lib/content-api/keys";
import { formatDateTime } from "@/lib/time";

/** The content API's keys: which is which, who made it, when it was last used, and "Revoke" for working ones. */
export function ApiKeysTable({ keys, timeZone }: { keys: readonly ApiKeyRow[]; timeZone: string }) {
  if (keys.length === 0) return <p>No keys yet.</p>;
  const at = (date: Date) => <time dateTime={date.toISOString()}>{formatDateTime(date, timeZone)}</time>;
  return (
    <DataTable caption="API keys" columns={["Name", "Key", "Created", "Last used", "Status"]}>
      {keys.map((key) => (
        <tr key={key.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
          <th scope="row" className="py-2 pr-4 font-semibold">
            {key.name}
          </th>
          <td className="py-2 pr-4 font-mono">{key.prefix}…</td>
          <td className="py-2 pr-4">
            {at(key.createdAt)}
            {key.createdBy ? ` by ${key.createdBy.name}` : " from the command line"}
          </td>
          <td className="py-2 pr-4">{key.lastUsedAt ? at(key.lastUsedAt) : "Never"}</td>
          <td className="py-2 pr-4">
            {key.revokedAt ? (
              <>Revoked {at(key.revokedAt)}</>
            ) : (
              <div className="flex flex-col gap-2">
                <span>Working</span>
                <RevokeApiKeyForm id={key.id} name={key.name} />
              </div>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
