import sharp from "sharp";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { createMedia } from "@/lib/media/create";
import { issueLink } from "@/lib/users/one-time-links";

/** Every user's password in the newsroom below. */
export const NEWSROOM_PASSWORD = "walk-the-newsroom-2026";

export type Newsroom = {
  users: Record<Role, SessionUser>;
  /** A second writer: the one whose story, byline and account the others act on. */
  colleague: SessionUser;
  sectionIds: { world: string; sport: string };
  tagIds: { russia: string; politics: string };
  authorIds: { writer: string; colleague: string; reuters: string; apNews: string };
  /** The writer's own draft, and the colleague's story that readers see. */
  storyIds: { writersDraft: string; published: string };
  /** A stored image: its id, and the name it is served under at /media/[file]. */
  photo: { id: string; fileName: string };
  /** Unused one-time links: an invitation for a newcomer, a password reset for the colleague. */
  tokens: { invitation: string; reset: string };
};

/** A small PNG, as a browser would upload it. */
export function samplePng(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
}

const doc = (text: string) =>
  JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** A small newsroom with one of everything the server actions act on. */
export async function seedNewsroom(client: PrismaClient): Promise<Newsroom> {
  const passwordHash = await hashPassword(NEWSROOM_PASSWORD);
  const user = async (name: string, role: Role, status: "ACTIVE" | "INVITED" = "ACTIVE"): Promise<SessionUser> => {
    const email = `${name.toLowerCase()}@example.com`;
    const row = await client.user.create({ data: { email, name, role, status, passwordHash } });
    return { id: row.id, email, name, role };
  };
  const users = {
    WRITER: await user("Wanda", "WRITER"),
    EDITOR: await user("Ed", "EDITOR"),
    ADMIN: await user("Ada", "ADMIN"),
  };
  const colleague = await user("Colin", "WRITER");
  const newcomer = await user("Nora", "WRITER", "INVITED");

  const section = (name: string) => client.section.create({ data: { name, slug: name.toLowerCase() } });
  const tag = (name: string) => client.tag.create({ data: { name, slug: name.toLowerCase() } });
  const author = (name: string, userId: string | null) =>
    client.author.create({
      data: { name, slug: name.toLowerCase().replace(/\W+/g, "-"), userId, kind: userId ? "STAFF" : "AGENCY" },
    });
  const story = (slug: string, createdById: string, published: boolean) =>
    client.article.create({
      data: {
        slug,
        headline: `Story ${slug}`,
        body: doc("Once upon a time."),
        bodyText: "Once upon a time.",
        status: published ? "PUBLISHED" : "DRAFT",
        publishedAt: published ? new Date("2026-01-05T09:00:00Z") : null,
        firstPublishedAt: published ? new Date("2026-01-05T09:00:00Z") : null,
        createdById,
      },
    });
  const token = async (kind: "invitation" | "reset", userId: string) =>
    (await issueLink(client, kind, { userId, createdById: users.ADMIN.id })).url.split("/").at(-1) ?? "";

  return {
    users,
    colleague,
    sectionIds: { world: (await section("World")).id, sport: (await section("Sport")).id },
    tagIds: { russia: (await tag("Russia")).id, politics: (await tag("Politics")).id },
    authorIds: {
      writer: (await author("Wanda", users.WRITER.id)).id,
      colleague: (await author("Colin", colleague.id)).id,
      reuters: (await author("Reuters", null)).id,
      apNews: (await author("AP News", null)).id,
    },
    storyIds: {
      writersDraft: (await story("writers-draft", users.WRITER.id, false)).id,
      published: (await story("colleagues-story", colleague.id, true)).id,
    },
    photo: await createMedia(client, {
      data: await samplePng(),
      originalName: "photo.png",
      alt: "A blue square",
      uploadedById: users.EDITOR.id,
    }),
    tokens: { invitation: await token("invitation", newcomer.id), reset: await token("reset", colleague.id) },
  };
}
