import Link from "next/link";
import type { ReactNode } from "react";
import { siteInfo } from "@/lib/seo/site";

/** The plain, centred page around sign-in and one-time-link forms. */
export async function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="content" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <p className="mb-6 font-serif text-3xl font-bold">
        <Link href="/">{(await siteInfo()).name}</Link>
      </p>
      <h1 className="mb-6 text-2xl font-bold">{title}</h1>
      {children}
    </main>
  );
}
