import { parsePageNumber } from "@/lib/pagination/pages";
import { searchTextSchema } from "@/lib/search/query";

export type SearchRequest = { query: string; page: number; error?: string };

/** `?q=…&page=…` as typed; a query that is too long comes back with the message to show beside the box. */
export function readSearchParams(params: Record<string, string | string[] | undefined>): SearchRequest {
  const raw = params.q;
  const query = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const page = parsePageNumber(params.page);
  const checked = searchTextSchema.safeParse(query);
  return checked.success ? { query: query.trim(), page } : { query, page, error: checked.error.issues[0]?.message };
}
