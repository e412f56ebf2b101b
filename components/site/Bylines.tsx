import { Fragment } from "react";
import { authorPath } from "@/lib/articles/paths";

type Byline = { name: string; slug: string };

/** "By A", "By A and B", "By A, B and C", each name linking to its author page. */
export function Bylines({ authors, linked = true }: { authors: Byline[]; linked?: boolean }) {
  if (authors.length === 0) return null;
  return (
    <span>
      By{" "}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 && (index === authors.length - 1 ? " and " : ", ")}
          {linked ? (
            <a href={authorPath(author.slug)} rel="author" className="font-semibold underline underline-offset-2">
              {author.name}
            </a>
          ) : (
            <span className="font-semibold">{author.name}</span>
          )}
        </Fragment>
      ))}
    </span>
  );
}
