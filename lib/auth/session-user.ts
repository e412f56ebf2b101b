import type { Role } from "@/lib/generated/prisma/enums";

/** Who is signed in, as pages and actions see them. */
export type SessionUser = { id: string; email: string; name: string; role: Role };
