import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { sectionPath } from "@/lib/articles/paths";
import { listSections } from "@/lib/sections/queries";

export async function SiteShell({ children }: { children: ReactNode }) {
  // Reader pages render per request for now; caching by tag comes with the reader-site work.
  await connection();
  const sections = await listSections();
  const siteName = env().SITE_NAME;
  return (
    <>
      <a
        href="#content"
        className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-black"
      >
        Skip to content
      </a>
      <header role="banner" className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto max-w-6xl px-4 py-4">
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight">
            {siteName}
          </Link>
        </div>
        <nav aria-label="Sections" className="mx-auto max-w-6xl px-4 pb-3">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm font-semibold">
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={sectionPath(section.slug)} className="inline-block min-h-6 rounded px-2 py-1 hover:underline">
                  {section.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <footer role="contentinfo" className="mt-12 border-t border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-neutral-700 dark:text-neutral-300">
          <p>
            © {new Date().getFullYear()} {siteName}
          </p>
        </div>
      </footer>
    </>
  );
}
