import { connection } from "next/server";

/**
 * A page rendered on request. The bench asks for it (and for ../route) once
 * before measuring, so the floor, like Byline and any Next server that
 * renders at runtime, has rendered: on Node 20 a render switches on Next's
 * AsyncLocalStorage instances, and with them async hooks on every promise,
 * for the rest of the process's life (README, "Performance").
 */
export default async function RenderedPage() {
  await connection();
  return <p>Rendered on request.</p>;
}
