/**
 * True when a request that changes something was sent by a page of another
 * site (cross-site request forgery), judged by the headers browsers set and
 * pages cannot: Origin and Sec-Fetch-Site.
 *
 * Our own pages are at SITE_URL, or at the address the browser asked for
 * (the Host header), the comparison Next.js makes for server actions; that
 * keeps uploads working on http://127.0.0.1:3000 when SITE_URL says
 * localhost. A request with neither header did not come from a current
 * browser (all of them send Origin on a POST), so like Next.js we let it
 * through: a script that sends the user's cookie does so on purpose. An Origin
 * of "null" (a sandboxed frame, a file) is refused.
 */
export function isCrossOrigin(headers: Headers, siteOrigin: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === siteOrigin) return false;
  const host = headers.get("host");
  return host === null || hostOf(origin) !== host.toLowerCase();
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
