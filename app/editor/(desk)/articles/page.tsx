import type { Metadata } from "next";
import { StoryList } from "@/components/editor/StoryList";
import { editorOptions, listNewsroomStories } from "@/lib/articles/editor-queries";
import { storyListQuerySchema } from "@/lib/articles/schema";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Stories" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StoriesPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const query = storyListQuerySchema.parse(params);
  const [list, options] = await Promise.all([listNewsroomStories(user, query), editorOptions()]);
  return <StoryList query={query} list={list} options={options} deleted={params.deleted?.slice(0, 300)} />;
}
