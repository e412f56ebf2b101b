import type { TextRun } from "@/lib/search/highlight";

/** Text with the search matches in <mark>: bold as well as tinted, so not by colour alone. */
export function Highlighted({ runs }: { runs: readonly TextRun[] }) {
  return runs.map((run, index) =>
    run.marked ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one excerpt never reorder.
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 font-bold text-neutral-950 dark:bg-yellow-300">
        {run.text}
      </mark>
    ) : (
      run.text
    ),
  );
}
