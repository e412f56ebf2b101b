import { OneTimeLinkPage, oneTimeLinkMetadata } from "@/components/staff/OneTimeLinkPage";

export const metadata = oneTimeLinkMetadata("invitation");

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  return <OneTimeLinkPage kind="invitation" token={(await params).token} />;
}
