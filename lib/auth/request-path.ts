/**
 * The proxy copies the requested path (with its query) into this request
 * header, so that server code deep in a page can send an anonymous visitor to
 * /login?next=<that path>. Only ever used after safeNextPath().
 */
export const PATH_HEADER = "x-byline-path";
