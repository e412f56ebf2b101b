/** "Originally published by <source>", linking the original when its address is known. */
export function SourceCredit({ name, url }: { name: string; url: string | null }) {
  if (!name) return null;
  return (
    <p className="mt-8 text-sm">
      Originally published by{" "}
      {url ? (
        <a href={url} rel="noopener noreferrer" className="font-semibold underline">
          {name}
        </a>
      ) : (
        <span className="font-semibold">{name}</span>
      )}
    </p>
  );
}
