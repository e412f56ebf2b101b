import { db } from "@/lib/db";

export async function listSections() {
  return db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true } });
}
