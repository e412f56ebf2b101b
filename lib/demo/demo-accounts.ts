import type { Role } from "@/lib/generated/prisma/enums";

// The demo accounts, kept apart from the code that creates them so that
// end-to-end tests can import them without loading the database client.

/** The password of every demo account. For local demos only: anyone who reads this file knows it. */
export const DEMO_PASSWORD = "byline-demo-password";

export const DEMO_ADMIN_EMAIL = "admin@example.com";
export const DEMO_EDITOR_EMAIL = "editor@example.com";
export const DEMO_WRITER_EMAIL = "writer@example.com";

type DemoAccount = { email: string; name: string; role: Role; byline: { slug: string; bio: string } };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: DEMO_ADMIN_EMAIL,
    name: "Avery Stone",
    role: "ADMIN",
    byline: { slug: "avery-stone", bio: "Avery Stone is Byline's managing editor and runs the newsroom's accounts." },
  },
  {
    email: DEMO_EDITOR_EMAIL,
    name: "Sam Okafor",
    role: "EDITOR",
    byline: { slug: "sam-okafor", bio: "Sam Okafor is a news editor at Byline, on the world and politics desks." },
  },
  {
    email: DEMO_WRITER_EMAIL,
    name: "Riley Chen",
    role: "WRITER",
    byline: { slug: "riley-chen", bio: "Riley Chen is a reporter at Byline covering cities, transport and housing." },
  },
];
