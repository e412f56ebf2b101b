import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { env } from "@/lib/env";

/** Dates are stored in UTC and shown in the newsroom's time zone. */
function inNewsroomZone(date: Date): TZDate {
  return new TZDate(date, env().NEWSROOM_TIME_ZONE);
}

/** "July 28, 2018" */
export function formatLongDate(date: Date): string {
  return format(inNewsroomZone(date), "MMMM d, yyyy");
}

/** "July 28, 2018, 10:00 AM GMT+3" */
export function formatDateTime(date: Date): string {
  return format(inNewsroomZone(date), "MMMM d, yyyy, h:mm a O");
}
