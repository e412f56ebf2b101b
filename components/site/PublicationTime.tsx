import { siteInfo } from "@/lib/seo/site";
import { formatDateTime, formatLongDate } from "@/lib/time";

/** A date as readers and staff see it, in the newsroom's time zone (its setting). */
export async function PublicationTime({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const { timeZone } = await siteInfo();
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date, timeZone)}>
      {withTime ? formatDateTime(date, timeZone) : formatLongDate(date, timeZone)}
    </time>
  );
}
