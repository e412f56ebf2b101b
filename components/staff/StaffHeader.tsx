import Link from "next/link";
import { SignOutButton } from "@/components/staff/SignOutButton";
import { can } from "@/lib/auth/policy";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { siteInfo } from "@/lib/seo/site";
import { ROLE_LABELS } from "@/lib/users/fields";

const STAFF_LINKS: readonly { href: string; label: string; shownTo: (user: SessionUser) => boolean }[] = [
  { href: "/editor", label: "Desk", shownTo: () => true },
  { href: "/editor/articles", label: "Stories", shownTo: () => true },
  { href: "/editor/media", label: "Media", shownTo: (user) => can(user, "media.upload", null) },
  { href: "/admin/sections", label: "Sections", shownTo: (user) => can(user, "taxonomy.manage", null) },
  { href: "/admin/tags", label: "Tags", shownTo: (user) => can(user, "taxonomy.manage", null) },
  { href: "/admin/authors", label: "Bylines", shownTo: (user) => can(user, "taxonomy.manage", null) },
  { href: "/admin/users", label: "Users", shownTo: (user) => can(user, "user.manage", null) },
  { href: "/admin/settings", label: "Settings", shownTo: (user) => can(user, "settings.manage", null) },
  { href: "/admin/api-keys", label: "API keys", shownTo: (user) => can(user, "apiKey.manage", null) },
  { href: "/admin/webhooks", label: "Webhooks", shownTo: (user) => can(user, "webhook.manage", null) },
  { href: "/admin/audit", label: "Audit log", shownTo: (user) => can(user, "audit.read", null) },
  { href: "/account", label: "Account", shownTo: () => true },
];

/**
 * The header of every staff page (newsroom, admin, account): where to go,
 * who is signed in, and "Sign out". Checks the session itself, so it can be
 * dropped into any staff layout. Pair it with <main id="content">.
 */
export async function StaffHeader() {
  // Whether a user who must still set up two-factor sign-in may see the page is the page's call.
  const user = await requireUser({ openBeforeTwoFactor: true });
  return (
    <header className="border-b border-neutral-300 bg-neutral-50 dark:border-neutral-700 dark:bg-neutral-900">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-black"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold">
          {(await siteInfo()).name}
        </Link>
        <nav aria-label="Staff" className="flex-1">
          <ul className="flex flex-wrap gap-1 text-sm font-semibold">
            {STAFF_LINKS.filter((link) => link.shownTo(user)).map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-block min-h-6 rounded px-2 py-1 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm">
          {user.name} <span className="text-neutral-600 dark:text-neutral-400">({ROLE_LABELS[user.role]})</span>
        </p>
        <SignOutButton />
      </div>
    </header>
  );
}
