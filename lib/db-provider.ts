import type { DatabaseProvider } from "@/lib/env";

/**
 * Which database a Prisma client (or transaction client) talks to, for the
 * few queries written per database (search, case-insensitive matching).
 * Read from the client rather than the environment, so a test's client and
 * the app's agree with what they actually run on. Prisma keeps it as
 * `_activeProvider`, outside its typed interface: the check below makes a
 * Prisma upgrade that moves it fail loudly instead of guessing.
 */
export function providerOfClient(client: object): DatabaseProvider {
  const provider = (client as { _activeProvider?: unknown })._activeProvider;
  if (provider === "postgresql" || provider === "sqlite") return provider;
  throw new Error("Prisma's client no longer says its provider as _activeProvider: see lib/db-provider.ts.");
}

type TextMatch = { contains: string } | { startsWith: string };

/**
 * A text filter that ignores case on both databases, as a search box should:
 * SQLite's LIKE already does (for ASCII letters); PostgreSQL's needs Prisma's
 * `mode: "insensitive"` (ILIKE), which the SQLite client's types do not have.
 */
export function ignoringCase<Match extends TextMatch>(client: object, match: Match): Match {
  return providerOfClient(client) === "postgresql" ? { ...match, mode: "insensitive" } : match;
}
