import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Desk } from "@/components/editor/Desk";
import { getDesk } from "@/lib/articles/desk";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Desk" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where the newsroom opens: what waits for review, what goes out soon, one's drafts, what just went out. */
export default async function DeskPage({ searchParams }: Props) {
  const user = await requireUser();
  // The story list was here before the desk: a bookmarked search or filter still opens it.
  const listQuery = new URLSearchParams(
    Object.entries(await searchParams).flatMap(([key, value]) => [value ?? []].flat().map((one) => [key, one])),
  );
  if (listQuery.size > 0) redirect(`/editor/articles?${listQuery}`);
  const now = new Date();
  return <Desk desk={await getDesk(user, now)} now={now} />;
}
