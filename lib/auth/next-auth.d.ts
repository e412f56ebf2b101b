import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";

// What Byline keeps in the session token: who, in which role, and which
// session version (see User.sessionVersion) the token was issued under.
declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: Role; sessionVersion: number } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sessionVersion?: number;
  }
}
