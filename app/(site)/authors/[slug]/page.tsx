import { asFirstPage } from "@/lib/cache/listings";
import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import AuthorPage, { generateMetadata as authorMetadata } from "./page/[page]/page";

export const generateStaticParams = renderOnFirstVisit;
export const generateMetadata = asFirstPage(authorMetadata);
export default asFirstPage(AuthorPage);
