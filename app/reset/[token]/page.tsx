import { oneTimeLinkRoute } from "@/components/staff/OneTimeLinkPage";

const route = oneTimeLinkRoute("reset");

export const metadata = route.metadata;
export default route.Page;
