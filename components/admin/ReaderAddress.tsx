import Link from "next/link";

/** Where readers find a section, tag or byline: "Readers find it at /tags/russia, on 12 stories." */
export function ReaderAddress({ path, detail }: { path: string; detail?: string }) {
  return (
    <p className="mb-8 text-sm">
      Readers find it at{" "}
      <Link href={path} className="underline">
        {path}
      </Link>
      {detail ? `, ${detail}.` : "."}
    </p>
  );
}
