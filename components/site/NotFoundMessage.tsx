import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="max-w-prose py-12">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">We could not find that page. It may have moved, or the address may be mistyped.</p>
      <p className="mt-4">
        <Link href="/" className="font-semibold underline">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
