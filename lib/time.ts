import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// Dates are stored in UTC and shown in the newsroom's time zone (its setting: lib/settings).

/** "July 28, 2018" */
export function formatLongDate(date: Date, zone: string): string {
  return format(new TZDate(date, zone), "MMMM d, yyyy");
}

/** "July 28, 2018, 10:00 AM GMT+3" */
export function formatDateTime(date: Date, zone: string): string {
  return format(new TZDate(date, zone), "MMMM d, yyyy, h:mm a O");
}
