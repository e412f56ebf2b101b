import Link from "next/link";

type Props = {
  /** The list's path and its current filters; the page number is added to them. */
  path: string;
  query: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  label: string;
};

function href(path: string, query: Props["query"], page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** "Previous" and "Next" links that keep the list's filters. */
export function Pagination({ path, query, page, pageCount, label }: Props) {
  if (pageCount <= 1) return null;
  const link = "inline-block min-h-6 rounded px-2 py-1 font-semibold underline";
  return (
    <nav aria-label={label} className="mt-6 flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={href(path, query, page - 1)} rel="prev" className={link}>
          Previous page
        </Link>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link href={href(path, query, page + 1)} rel="next" className={link}>
          Next page
        </Link>
      )}
    </nav>
  );
}
