/**
 * True when every %-escape in the path decodes. Next.js answers a malformed
 * escape in a dynamic segment (/articles/%ZZ) with a bare 500, so the proxy
 * turns it into a 400 first: a mistyped address is the visitor's mistake,
 * not a server error.
 */
export function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
