import { notFound } from "next/navigation";

/**
 * An address under a staff area that matches no page. Without a route of its
 * own it would get Next's prerendered 404, whose scripts carry the nonce of
 * the build and are refused under this response's policy
 * (lib/security/headers.ts); answered per request, the 404 carries this one's.
 */
export default function MissingStaffPage(): never {
  notFound();
}
