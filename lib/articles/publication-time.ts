import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/**
 * The editor's "Publication time" is a wall-clock time in the newsroom's zone
 * (an <input type="datetime-local"> value); the database stores instants in UTC.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** "2018-07-28T10:00" in the newsroom's zone → the instant, or null when it is not a real date and time. */
export function newsroomTimeToInstant(value: string, zone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const zoned = new TZDate(year, month - 1, day, hour, minute, second, zone);
  // Rolled over ("February 30") means the date does not exist.
  if (zoned.getDate() !== day || zoned.getMonth() !== month - 1) return null;
  return new Date(zoned.getTime());
}

/** The instant as a datetime-local value in the newsroom's zone; seconds only when there are some. */
export function instantToNewsroomTime(instant: Date | null, zone: string): string {
  if (!instant) return "";
  const zoned = new TZDate(instant, zone);
  return format(zoned, zoned.getSeconds() === 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss");
}

/** Wire dates are calendar days: the story is placed at the start of that day in the newsroom's zone. */
export function wireDateToInstant(publishedOn: string | null, zone: string): Date | null {
  return publishedOn ? newsroomTimeToInstant(`${publishedOn}T00:00`, zone) : null;
}
