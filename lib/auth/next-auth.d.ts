import type { DefaultSession } from "next-auth";

// What Byline keeps in the session cookie: the id of its StaffSession row
// (lib/sessions/store.ts). Who is signed in, and whether that still counts,
// is read from the database on every staff request.
declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}
