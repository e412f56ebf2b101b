import { createRequire } from "node:module";
import { type RenderContext, renderBody } from "@/lib/content/render";
import type { BodyDocument } from "@/lib/content/schema";

/**
 * Route handlers run in Next's React Server Components layer, where
 * `import "react-dom/server"` is refused at build time (and resolves to a stub
 * that throws). React's Node renderer is loaded here at run time instead,
 * outside the bundle: it only turns plain elements into markup. A process
 * started with `--conditions=react-server` (the npm scripts run under tsx so)
 * gets the stub all the same, so only the app and the tests build body_html.
 */
const { renderToStaticMarkup } = createRequire(import.meta.url)(
  "react-dom/server",
) as typeof import("react-dom/server");

/**
 * A body as HTML for API clients: the reader page's own renderer (text
 * escaped by React, links and images only to safe addresses), so the HTML
 * and the page never disagree.
 */
export function bodyHtml(doc: BodyDocument, context: RenderContext): string {
  return renderToStaticMarkup(renderBody(doc, context));
}
