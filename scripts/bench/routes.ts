/** What `npm run bench` measures: the reader routes, and the servers that answer each one. */

export type BenchRoute = {
  /** Short name: the floors serve the captured bytes at `/<name>`. */
  name: string;
  /** Byline's address. */
  path: string;
  /** False for a page rendered on every request (search): no cache to measure, no target. */
  cached: boolean;
};

export const ROUTES: readonly BenchRoute[] = [
  { name: "story", path: "/articles/putin-invites-trump-to-moscow", cached: true },
  { name: "home", path: "/", cached: true },
  { name: "section", path: "/sections/world", cached: true },
  { name: "feed", path: "/feed.xml", cached: true },
  { name: "search", path: "/search?q=putin+moscow", cached: false },
];

export const SERVER_IDS = ["next", "varnish", "nextFloor", "node", "nginx"] as const;
export type ServerId = (typeof SERVER_IDS)[number];

export const SERVER_LABELS: Record<ServerId, string> = {
  next: "Byline, Next direct",
  varnish: "Byline through Varnish",
  nextFloor: "floor: Next static",
  node: "floor: node:http",
  nginx: "floor: nginx",
};

/** The routes named in BENCH_ROUTES (comma-separated), all of them when it is empty. */
export function selectRoutes(names: string | undefined): BenchRoute[] {
  const wanted = (names ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (wanted.length === 0) return [...ROUTES];
  const unknown = wanted.filter((name) => !ROUTES.some((route) => route.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown route ${unknown.join(", ")}: choose from ${ROUTES.map((route) => route.name).join(", ")}.`,
    );
  }
  return ROUTES.filter((route) => wanted.includes(route.name));
}
