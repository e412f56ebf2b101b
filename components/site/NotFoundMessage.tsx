import { SEARCH_PATH } from "@/lib/articles/paths";

export function NotFoundMessage() {
  return (
    <div className="max-w-prose py-12">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">We could not find that page. It may have moved, or the address may be mistyped.</p>
      <ul className="mt-4 flex flex-col gap-2">
        <li>
          <a href="/" className="font-semibold underline">
            Go to the home page
          </a>
        </li>
        <li>
          <a href={SEARCH_PATH} className="font-semibold underline">
            Search the stories
          </a>
        </li>
      </ul>
    </div>
  );
}
