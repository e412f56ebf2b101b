import type { Metadata } from "next";
import Link from "next/link";
import { HistoryCompareForm } from "@/components/editor/HistoryCompareForm";
import { VersionCompare } from "@/components/editor/VersionCompare";
import { FIELD_ERROR } from "@/components/forms/styles";
import { compareQuerySchema, compareVersions } from "@/lib/articles/history";
import { historyPath } from "@/lib/articles/history-paths";
import { db } from "@/lib/db";
import { storyForHistory } from "../story-for-history";

export const metadata: Metadata = { title: "Compare versions" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function missingVersion({ from, to }: { from: number; to: number }, latest: number): string {
  const beyond = [from, to].find((version) => version > latest);
  return beyond
    ? `There is no version ${beyond}: this story's versions run from 1 to ${latest}.`
    : "One of those versions was never recorded. Choose another from the history.";
}

export default async function CompareVersionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { story, user, canRestore } = await storyForHistory(id);
  const query = compareQuerySchema.safeParse(await searchParams);
  const comparison = query.success ? await compareVersions(db, story.id, query.data.from, query.data.to, user) : null;
  const problem = query.success ? missingVersion(query.data, story.version) : query.error.issues[0]?.message;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href={historyPath(story.id)} className="self-start text-sm font-semibold underline">
          Back to the history
        </Link>
        <h1 className="font-serif text-3xl font-bold">Compare versions: {story.headline}</h1>
      </div>
      <HistoryCompareForm articleId={story.id} latest={story.version} from={query.data?.from} to={query.data?.to} />
      {comparison ? (
        <VersionCompare
          articleId={story.id}
          currentVersion={story.version}
          comparison={comparison}
          canRestore={canRestore}
        />
      ) : (
        <p role="alert" className={FIELD_ERROR}>
          {problem}
        </p>
      )}
    </div>
  );
}
