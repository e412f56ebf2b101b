import { type PageInfo, pageHref } from "@/lib/pagination/pages";

const linkClass =
  "inline-flex min-h-11 items-center rounded border border-neutral-300 px-4 font-semibold underline-offset-4 hover:underline dark:border-neutral-600";

/** Previous and next links (rel="prev"/"next") under a listing of more than one page. */
export function Pagination({ page, path }: { page: PageInfo; path: string }) {
  if (page.count <= 1) return null;
  return (
    <nav
      aria-label="Pages"
      className="mt-10 flex flex-wrap items-center justify-between gap-4 border-t border-neutral-200 pt-6 dark:border-neutral-800 print:hidden"
    >
      {page.number > 1 ? (
        <a href={pageHref(path, page.number - 1)} rel="prev" className={linkClass}>
          ← Previous page
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        Page {page.number} of {page.count}
      </p>
      {page.number < page.count ? (
        <a href={pageHref(path, page.number + 1)} rel="next" className={linkClass}>
          Next page →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
