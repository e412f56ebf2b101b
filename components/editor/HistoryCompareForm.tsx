import { FieldShell } from "@/components/forms/Field";
import { BUTTON, CONTROL } from "@/components/forms/styles";
import { historyPath } from "@/lib/articles/history-paths";

type Props = {
  articleId: string;
  /** The story's current version: the highest one there is. */
  latest: number;
  from?: number;
  to?: number;
};

/** Two version numbers to compare; a GET form, so a comparison has an address to share. */
export function HistoryCompareForm({ articleId, latest, from, to }: Props) {
  const number = (name: "from" | "to", label: string, value: number | undefined) => (
    <FieldShell id={`compare-${name}`} label={label}>
      {(describedBy) => (
        <input
          id={`compare-${name}`}
          name={name}
          type="number"
          inputMode="numeric"
          min={1}
          max={latest}
          required
          defaultValue={value}
          aria-describedby={describedBy}
          className={`${CONTROL} w-28`}
        />
      )}
    </FieldShell>
  );
  return (
    <form
      action={`${historyPath(articleId)}/compare`}
      method="get"
      aria-label="Compare two versions"
      className="flex flex-wrap items-end gap-4"
    >
      {number("from", "Compare version", from ?? Math.max(1, latest - 1))}
      {number("to", "with version", to ?? latest)}
      <button type="submit" className={BUTTON.secondary}>
        Compare
      </button>
    </form>
  );
}
