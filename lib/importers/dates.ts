/**
 * A date as export files write it: an ISO string, milliseconds since 1970,
 * or WordPress's and old Ghost's "2024-03-01 09:30:00". A date and time
 * without an offset is read as UTC, never in the time zone of the machine
 * running the import, so the same file gives the same instants anywhere (a
 * WordPress site's own time is made UTC by wordpress.ts). Null for none,
 * WordPress's "0000-00-00 00:00:00" and anything unreadable.
 */
export function readExportDate(value: unknown): Date | null {
  if (typeof value === "number") return validDate(new Date(value));
  if (typeof value !== "string" || value.trim() === "" || value.startsWith("0000-00-00")) return null;
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(value.trim());
  return validDate(new Date(local ? `${local[1]}T${local[2]}Z` : value));
}

// Before 1970 is how WordPress writes "never" in RSS dates (-0001-11-30).
function validDate(date: Date): Date | null {
  return Number.isNaN(date.getTime()) || date.getTime() < 0 ? null : date;
}
