import { describe, expect, it } from "vitest";
import { firstFreeSlug, MAX_SLUG_LENGTH, slugFromHeadline, slugSchema } from "@/lib/articles/slug";

describe("slugFromHeadline", () => {
  it("makes a lowercase hyphenated slug from a headline", () => {
    expect(slugFromHeadline("Putin Invites Trump to Moscow")).toBe("putin-invites-trump-to-moscow");
  });

  it("drops punctuation and quotes", () => {
    expect(
      slugFromHeadline("Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says"),
    ).toBe("trump-delays-putin-meeting-until-after-the-russia-witch-hunt-is-over-bolton-says");
  });

  it("transliterates accents and never returns an empty slug", () => {
    expect(slugFromHeadline("Élysée café déjà vu")).toBe("elysee-cafe-deja-vu");
    expect(slugFromHeadline("!!!")).toBe("story");
  });

  it("keeps within the length limit without a trailing hyphen", () => {
    const slug = slugFromHeadline("word ".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
});

describe("slugSchema", () => {
  it.each(["putin-invites-trump", "a", "2018-summit"])("accepts %s", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(["Upper-Case", "with space", "double--hyphen", "-leading", "trailing-", "ümlaut", ""])(
    "rejects %j",
    (slug) => {
      expect(slugSchema.safeParse(slug).success).toBe(false);
    },
  );
});

describe("firstFreeSlug", () => {
  it("keeps a free slug and numbers a taken one", async () => {
    const taken = new Set(["putin-invites-trump-to-moscow", "putin-invites-trump-to-moscow-2"]);
    const isTaken = async (slug: string) => taken.has(slug);
    expect(await firstFreeSlug("fresh-story", isTaken)).toBe("fresh-story");
    expect(await firstFreeSlug("putin-invites-trump-to-moscow", isTaken)).toBe("putin-invites-trump-to-moscow-3");
  });

  it("shortens a long base so the numbered slug stays valid", async () => {
    const base = slugFromHeadline("word ".repeat(100));
    const slug = await firstFreeSlug(base, async (candidate) => candidate === base);
    expect(slug.endsWith("-2")).toBe(true);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
});
