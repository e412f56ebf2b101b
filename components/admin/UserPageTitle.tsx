import Link from "next/link";

/** The heading of a page under /admin/users, with the way back to the list above it. */
export function UserPageTitle({ title }: { title: string }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="underline">
          Users
        </Link>
      </p>
      <h1 className="mb-6 font-serif text-3xl font-bold">{title}</h1>
    </>
  );
}
