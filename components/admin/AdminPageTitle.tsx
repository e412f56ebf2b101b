import Link from "next/link";

/** The heading of a page under an admin list (a user, a section), with the way back to the list above it. */
export function AdminPageTitle({ title, list }: { title: string; list: { href: string; label: string } }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={list.href} className="underline">
          {list.label}
        </Link>
      </p>
      <h1 className="mb-6 font-serif text-3xl font-bold">{title}</h1>
    </>
  );
}
