import { OneTimeLinkPage, oneTimeLinkMetadata } from "@/components/staff/OneTimeLinkPage";

export const metadata = oneTimeLinkMetadata("reset");

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  return <OneTimeLinkPage kind="reset" token={(await params).token} />;
}
