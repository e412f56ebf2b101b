import type { Metadata } from "next";
import Link from "next/link";
import { HistoryCompareForm } from "@/components/editor/HistoryCompareForm";
import { HistoryList } from "@/components/editor/HistoryList";
import { HINT } from "@/components/forms/styles";
import { historyQuerySchema, listVersions } from "@/lib/articles/history";
import { db } from "@/lib/db";
import { storyForHistory } from "./story-for-history";

export const metadata: Metadata = { title: "Story history" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function StoryHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { story, canRestore } = await storyForHistory(id);
  const { page } = historyQuerySchema.parse(await searchParams);
  const { rows, total, pageCount } = await listVersions(db, story.id, page);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href={`/editor/articles/${story.id}`} className="self-start text-sm font-semibold underline">
          Back to the story
        </Link>
        <h1 className="font-serif text-3xl font-bold">History: {story.headline}</h1>
        <p className={HINT}>
          {total === 1 ? "1 version" : `${total} versions`}; the current one is version {story.version}. Restoring a
          version opens it in the editor: saving it makes a new version, and every earlier one stays here.
        </p>
      </div>
      {total > 1 && <HistoryCompareForm articleId={story.id} latest={story.version} />}
      {rows.length > 0 ? (
        <HistoryList
          articleId={story.id}
          currentVersion={story.version}
          rows={rows}
          page={page}
          pageCount={pageCount}
          canRestore={canRestore}
        />
      ) : (
        <p>{total > 0 ? "There are no versions on this page." : "No versions have been recorded for this story."}</p>
      )}
    </div>
  );
}
