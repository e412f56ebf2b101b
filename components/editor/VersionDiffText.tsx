import type { DiffSide } from "@/lib/articles/version-diff";

const DELETED = "rounded-sm bg-red-100 text-red-900 line-through decoration-2 dark:bg-red-950 dark:text-red-100";
const INSERTED =
  "rounded-sm bg-green-100 text-green-900 underline decoration-2 underline-offset-2 dark:bg-green-950 dark:text-green-100";

/**
 * One side of a word-level comparison. Deleted words are struck through and
 * inserted ones underlined, besides their colour, and each says what it is
 * to a screen reader.
 */
export function VersionDiffText({ side, empty }: { side: DiffSide; empty: string }) {
  if (side.length === 0) return <p className="italic">{empty}</p>;
  return (
    <>
      {side.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity of their own and never reorder.
        <p key={index} className="mb-3 last:mb-0">
          {paragraph.map((segment, position) => {
            const key = `${position}-${segment.change}`;
            if (segment.change === "deleted")
              return (
                <del key={key} className={DELETED}>
                  <span className="sr-only">[deleted: </span>
                  {segment.text}
                  <span className="sr-only">]</span>
                </del>
              );
            if (segment.change === "inserted")
              return (
                <ins key={key} className={INSERTED}>
                  <span className="sr-only">[inserted: </span>
                  {segment.text}
                  <span className="sr-only">]</span>
                </ins>
              );
            return <span key={key}>{segment.text}</span>;
          })}
        </p>
      ))}
    </>
  );
}
