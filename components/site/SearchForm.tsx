import { SEARCH_PATH } from "@/lib/articles/paths";
import { SEARCH_MAX_LENGTH } from "@/lib/search/query";

/** A plain GET form: works without JavaScript, and the address can be shared. */
export function SearchForm({ query, error }: { query: string; error?: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <form role="search"> is announced as a search landmark everywhere; <search> is not yet.
    <form role="search" action={SEARCH_PATH} method="get" className="max-w-2xl print:hidden">
      <label htmlFor="search-query" className="block font-semibold">
        Search stories
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={SEARCH_MAX_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "search-query-error" : undefined}
          className="min-h-11 min-w-0 flex-1 rounded border border-neutral-500 bg-white px-3 text-neutral-950 dark:border-neutral-400 dark:bg-neutral-900 dark:text-neutral-100"
        />
        <button
          type="submit"
          className="min-h-11 rounded bg-neutral-900 px-5 font-semibold text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-950 dark:hover:bg-neutral-300"
        >
          Search
        </button>
      </div>
      {error && (
        <p id="search-query-error" className="text-accent dark:text-accent-dark mt-2 font-semibold">
          {error}
        </p>
      )}
    </form>
  );
}
