import { TZDate } from "@date-fns/tz";
import { formatISO } from "date-fns";

/** ISO 8601 with the newsroom's UTC offset, e.g. 2018-07-28T13:00:00+03:00 (or …Z in UTC). */
export function isoWithTimeZone(date: Date, zone: string): string {
  return formatISO(new TZDate(date, zone));
}

/** When a story last changed, for feeds and structured data: never before it was published. */
export function lastModified(story: { publishedAt: Date; updatedAt: Date }): Date {
  return new Date(Math.max(story.updatedAt.getTime(), story.publishedAt.getTime()));
}
