import { asFirstPage } from "@/lib/cache/listings";
import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import TagPage, { generateMetadata as tagMetadata } from "./page/[page]/page";

export const generateStaticParams = renderOnFirstVisit;
export const generateMetadata = asFirstPage(tagMetadata);
export default asFirstPage(TagPage);
