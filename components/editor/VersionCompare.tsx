import Link from "next/link";
import { VersionDiffText } from "@/components/editor/VersionDiffText";
import { HINT } from "@/components/forms/styles";
import { PublicationTime } from "@/components/site/PublicationTime";
import { DataTable } from "@/components/staff/DataTable";
import type { VersionComparison, VersionSide } from "@/lib/articles/history";
import { restorePath } from "@/lib/articles/history-paths";
import type { TextComparison } from "@/lib/articles/version-diff";

type Props = {
  articleId: string;
  currentVersion: number;
  comparison: VersionComparison;
  canRestore: boolean;
};

const TEXT_FIELDS = [
  { key: "headline", label: "Headline" },
  { key: "dek", label: "Dek" },
  { key: "body", label: "Body text" },
] as const;

/** Two versions side by side: the text compared word by word, then the other fields that differ. */
export function VersionCompare({ articleId, currentVersion, comparison, canRestore }: Props) {
  const { from, to } = comparison;
  const sideHeading = (side: VersionSide) => (
    <div className="flex flex-col gap-1">
      <p className="font-semibold">
        Version {side.version}
        {side.version === currentVersion && " (current)"}
        {side.autosave && " · Autosave"}
      </p>
      <p className={HINT}>
        {side.savedBy ?? "(not recorded)"}, <PublicationTime date={side.savedAt} withTime />
      </p>
      {canRestore && side.version !== currentVersion && (
        <Link href={restorePath(articleId, side.version)} className="font-semibold underline underline-offset-2">
          Restore this version
          <span className="sr-only"> (version {side.version})</span>
        </Link>
      )}
    </div>
  );
  const textField = (key: (typeof TEXT_FIELDS)[number]["key"], label: string) => {
    const text: TextComparison = comparison[key];
    const headingId = `compare-${key}`;
    return (
      <section key={key} aria-labelledby={headingId} className="flex flex-col gap-3">
        <h2 id={headingId} className="font-serif text-xl font-bold">
          {label}
          {!text.changed && <span className={`ml-2 font-sans ${HINT}`}>unchanged</span>}
        </h2>
        {key === "body" && comparison.bodyChangedBeyondText && (
          <p className={HINT}>The text is the same; its formatting, images or related-article blocks changed.</p>
        )}
        <div className="grid gap-4 md:grid-cols-2">
          {[
            { key: "before", side: text.before, version: from.version },
            { key: "after", side: text.after, version: to.version },
          ].map(({ key: place, side, version }) => (
            <div key={place} className="rounded border border-neutral-300 p-3 dark:border-neutral-700">
              <h3 className={`mb-2 font-semibold ${HINT}`}>
                {label}, version {version}
              </h3>
              <VersionDiffText side={side} empty="(empty)" />
            </div>
          ))}
        </div>
      </section>
    );
  };

  return (
    <div className="flex flex-col gap-8">
      <div className="grid gap-4 md:grid-cols-2">
        {sideHeading(from)}
        {sideHeading(to)}
      </div>
      <p className={HINT}>
        Words only in version {from.version} are <del className="line-through">struck through</del>; words only in
        version {to.version} are <ins className="underline">underlined</ins>.
      </p>
      {TEXT_FIELDS.map(({ key, label }) => textField(key, label))}
      <section aria-labelledby="compare-others" className="flex flex-col gap-3">
        <h2 id="compare-others" className="font-serif text-xl font-bold">
          Other changes
        </h2>
        {comparison.others.length === 0 ? (
          <p>No other field differs.</p>
        ) : (
          <DataTable
            caption="Other fields that differ"
            columns={["Field", `Version ${from.version}`, `Version ${to.version}`]}
          >
            {comparison.others.map((change) => (
              <tr key={change.label} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {change.label}
                </th>
                <td className="py-2 pr-4 break-words">{change.before}</td>
                <td className="py-2 pr-4 break-words">{change.after}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
