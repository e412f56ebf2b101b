import Link from "next/link";
import { HINT } from "@/components/forms/styles";
import { PublicationTime } from "@/components/site/PublicationTime";
import { DataTable } from "@/components/staff/DataTable";
import { Pagination } from "@/components/staff/Pagination";
import type { VersionRow } from "@/lib/articles/history";
import { comparePath, historyPath, restorePath } from "@/lib/articles/history-paths";

type Props = {
  articleId: string;
  currentVersion: number;
  rows: VersionRow[];
  page: number;
  pageCount: number;
  /** The reader may edit the story, so each earlier version offers "Restore this version". */
  canRestore: boolean;
};

const LINK = "font-semibold underline underline-offset-2";

function changes(row: VersionRow): string {
  if (row.previous === null) return "First version";
  return row.previous.changed.length > 0 ? row.previous.changed.join(", ") : "No field changed";
}

/** A story's versions, newest first: who saved each, when, what it changed, and what can be done with it. */
export function HistoryList({ articleId, currentVersion, rows, page, pageCount, canRestore }: Props) {
  return (
    <>
      <DataTable caption="Versions of this story" columns={["Version", "Saved by", "When", "Changed", "Actions"]}>
        {rows.map((row) => (
          <tr key={row.version} className="border-b border-neutral-200 align-top dark:border-neutral-800">
            <th scope="row" className="py-2 pr-4 font-semibold whitespace-nowrap">
              Version {row.version}
              {row.version === currentVersion && <span className={`block ${HINT}`}> Current</span>}
              {row.autosave && <span className={`block ${HINT}`}> Autosave</span>}
            </th>
            <td className="py-2 pr-4">{row.savedBy ?? "(not recorded)"}</td>
            <td className="py-2 pr-4">
              <PublicationTime date={row.savedAt} withTime />
            </td>
            <td className="py-2 pr-4">{changes(row)}</td>
            <td className="py-2 pr-4">
              <ul className="flex flex-col gap-1">
                {row.previous && (
                  <li>
                    <Link href={comparePath(articleId, row.previous.version, row.version)} className={LINK}>
                      Compare with the version before
                      <span className="sr-only"> (version {row.version})</span>
                    </Link>
                  </li>
                )}
                {canRestore && row.version !== currentVersion && (
                  <li>
                    <Link href={restorePath(articleId, row.version)} className={LINK}>
                      Restore this version
                      <span className="sr-only"> (version {row.version})</span>
                    </Link>
                  </li>
                )}
              </ul>
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        path={historyPath(articleId)}
        query={{}}
        page={page}
        pageCount={pageCount}
        label="Pages of this story's history"
      />
    </>
  );
}
