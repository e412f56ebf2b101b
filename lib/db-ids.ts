/**
 * `find(ids)`, or no rows without asking the database when there are no ids.
 * Prisma sends a query even for an empty list (`WHERE 1=0`), and each query
 * costs a save or a page a trip through its query engine.
 */
export async function findByIds<T>(ids: readonly string[], find: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length > 0 ? find([...ids]) : [];
}
