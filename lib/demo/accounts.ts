import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createActiveUser } from "@/lib/users/create";

export {
  DEMO_ACCOUNTS,
  DEMO_ADMIN_EMAIL,
  DEMO_EDITOR_EMAIL,
  DEMO_PASSWORD,
  DEMO_WRITER_EMAIL,
} from "@/lib/demo/demo-accounts";

/**
 * Creates the demo accounts, each with a staff byline linked to it, so a
 * writer can put their own name on a story. Idempotent: an account that
 * exists is left as it is (its password too).
 */
export async function seedDemoAccounts(
  log: (line: string) => void = console.log,
  client: PrismaClient = db,
): Promise<void> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await client.user.findUnique({ where: { email: account.email }, select: { id: true } });
    let userId = existing?.id;
    if (!userId) {
      const result = await createActiveUser(
        client,
        { email: account.email, name: account.name, role: account.role, password: DEMO_PASSWORD },
        "demo",
      );
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
  log(
    `Demo sign-in (local demos only): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} with the password "${DEMO_PASSWORD}".`,
  );
}
