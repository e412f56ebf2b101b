import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { createActiveUser } from "@/lib/users/create";

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

/**
 * Creates the demo accounts, each with a staff byline linked to it, so a
 * writer can put their own name on a story. Idempotent: an account that
 * exists is left as it is (its password too).
 */
export async function seedDemoAccounts(log: (line: string) => void = console.log, client: PrismaClient = db): Promise<void> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await client.user.findUnique({ where: { email: account.email }, select: { id: true } });
    let userId = existing?.id;
    if (!userId) {
      const result = await createActiveUser(client, { email: account.email, name: account.name, role: account.role, password: DEMO_PASSWORD }, "demo");
      if (!result.ok) throw new Error(result.message);
      userId = result.user.id;
      created += 1;
    }
    await client.author.upsert({
      where: { slug: account.byline.slug },
      update: {},
      create: { name: account.name, slug: account.byline.slug, bio: account.byline.bio, kind: "STAFF", userId },
    });
  }
  log(created > 0 ? `Created ${created} demo account(s).` : "Demo accounts are already there.");
  log(`Demo sign-in (local demos only): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} with the password "${DEMO_PASSWORD}".`);
}
