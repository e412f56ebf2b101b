/**
 * A date as export files write it: an ISO string, milliseconds since 1970,
 * or WordPress's and old Ghost's "2024-03-01 09:30:00" (read as UTC). Null
 * for none, WordPress's "0000-00-00 00:00:00" and anything unreadable.
 */
export function readExportDate(value: unknown): Date | null {
  if (typeof value === "number") return validDate(new Date(value));
  if (typeof value !== "string" || value.trim() === "" || value.startsWith("0000-00-00")) return null;
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)$/.exec(value.trim());
  return validDate(new Date(spaced ? `${spaced[1]}T${spaced[2]}Z` : value));
}

// Before 1970 is how WordPress writes "never" in RSS dates (-0001-11-30).
function validDate(date: Date): Date | null {
  return Number.isNaN(date.getTime()) || date.getTime() < 0 ? null : date;
}
