import { formatDateTime, formatLongDate } from "@/lib/time";

export function PublicationTime({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {withTime ? formatDateTime(date) : formatLongDate(date)}
    </time>
  );
}
