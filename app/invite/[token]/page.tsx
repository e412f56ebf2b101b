import { oneTimeLinkRoute } from "@/components/staff/OneTimeLinkPage";

const route = oneTimeLinkRoute("invitation");

export const metadata = route.metadata;
export default route.Page;
