import type { ReactNode } from "react";
import { SEARCH_PATH, sectionPath } from "@/lib/articles/paths";
import { siteFeeds } from "@/lib/feeds/links";
import { addressLabel } from "@/lib/forms/url-lines";
import { navigationSections } from "@/lib/sections/navigation";
import { siteInfo } from "@/lib/seo/site";

/**
 * The frame of every reader page: skip link, masthead, section navigation,
 * main content and a footer with the feeds. Plain links throughout: reader
 * pages are whole documents from the cache, with no client-side routing.
 */
export async function SiteShell({ children }: { children: ReactNode }) {
  const sections = await navigationSections();
  const site = await siteInfo();
  return (
    <>
      <a
        href="#content"
        className="skip-link sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-black"
      >
        Skip to content
      </a>
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-4">
          <a href="/" className="flex items-center gap-3 font-serif text-3xl font-bold tracking-tight">
            {/* The name beside it says what the logo says. */}
            {site.customLogo && <img src={site.logo.url} alt="" className="h-10 w-auto" />}
            {site.name}
          </a>
          <a
            href={SEARCH_PATH}
            className="inline-flex min-h-11 items-center rounded px-3 font-semibold underline-offset-4 hover:underline print:hidden"
          >
            Search
          </a>
        </div>
        <nav aria-label="Sections" className="mx-auto max-w-6xl px-4 pb-3">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm font-semibold">
            {sections.map((section) => (
              <li key={section.id}>
                <a
                  href={sectionPath(section.slug)}
                  className="inline-flex min-h-8 items-center rounded px-2 py-1 underline-offset-4 hover:underline"
                >
                  {section.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <footer role="contentinfo" className="mt-12 border-t border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-neutral-700 sm:flex-row sm:items-center sm:justify-between dark:text-neutral-300">
          <nav aria-label="Feeds">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {siteFeeds(site.name).map((feed) => (
                <li key={feed.path}>
                  <a
                    href={feed.path}
                    type={feed.type}
                    className="inline-flex min-h-6 items-center underline underline-offset-4"
                  >
                    {feed.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {site.socialLinks.length > 0 && (
            <nav aria-label="Follow us">
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {site.socialLinks.map((link) => (
                  <li key={link}>
                    <a
                      href={link}
                      rel="me noopener noreferrer"
                      className="inline-flex min-h-6 items-center underline underline-offset-4"
                    >
                      {addressLabel(link)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <p>
            © {new Date().getFullYear()} {site.name}
          </p>
        </div>
      </footer>
    </>
  );
}
