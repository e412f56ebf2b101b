import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "No access", robots: { index: false } };

/** Rendered with status 403 when a signed-in user opens a page their role does not allow. */
export default function Forbidden() {
  return (
    <main id="content" className="mx-auto max-w-prose px-4 py-16">
      <h1 className="font-serif text-4xl font-bold">You do not have access to this page</h1>
      <p className="mt-4 text-lg">Your role does not allow this. If you need it for your work, ask an administrator.</p>
      <ul className="mt-6 flex flex-wrap gap-6 font-semibold">
        <li>
          <Link href="/editor" className="underline">
            Go to your stories
          </Link>
        </li>
        <li>
          <Link href="/" className="underline">
            Go to the home page
          </Link>
        </li>
      </ul>
    </main>
  );
}
