import { describe, expect, it } from "vitest";
import { SlugPlanner } from "./slugs";

const post = (sourceId: string, slug: string, title = "A title") => ({ sourceId, slug, title });
/** Byline holds no slug another source made. */
const free = () => false;

describe("SlugPlanner", () => {
  it("keeps a valid slug as it is", async () => {
    expect(await new SlugPlanner().plan(post("1", "harbour-reopens"), free)).toEqual({
      slug: "harbour-reopens",
      notes: [],
    });
  });

  it("remakes an invalid slug from itself, an empty one from the title, and says so", async () => {
    const planner = new SlugPlanner();
    expect(await planner.plan(post("1", "Café Opens!"), free)).toEqual({
      slug: "cafe-opens",
      notes: ['slug "Café Opens!" is not one Byline can use: imported as "cafe-opens"'],
    });
    expect(await planner.plan(post("2", "caf%C3%A9-news"), free)).toMatchObject({ slug: "cafe-news" });
    expect(await planner.plan(post("3", "", "Bus lane vote"), free)).toEqual({
      slug: "bus-lane-vote",
      notes: ['no slug in the file: "bus-lane-vote" made from the title'],
    });
  });

  it("numbers a slug an earlier post in the file already has, the same way on every run", async () => {
    const plan = async () => {
      const planner = new SlugPlanner();
      return [
        await planner.plan(post("1", "harbour"), free),
        await planner.plan(post("2", "harbour"), free),
        await planner.plan(post("3", "harbour"), free),
      ];
    };
    const first = await plan();
    expect(first.map((result) => result.slug)).toEqual(["harbour", "harbour-2", "harbour-3"]);
    expect(first[1]?.notes).toEqual(['slug "harbour" is also the slug of post 1 in the file: imported as "harbour-2"']);
    expect(await plan()).toEqual(first);
  });

  it("passes over slugs other Byline stories hold when it makes one up, but keeps the file's own", async () => {
    const onByline = new Set(["harbour", "harbour-2", "cafe-opens"]);
    const taken = (slug: string) => onByline.has(slug);
    const planner = new SlugPlanner();
    // The post's own slug is kept: run.ts decides what to do with a post whose slug another story has.
    expect(await planner.plan(post("1", "harbour"), taken)).toEqual({ slug: "harbour", notes: [] });
    expect(await planner.plan(post("2", "harbour"), taken)).toEqual({
      slug: "harbour-3",
      notes: ['slug "harbour" is also the slug of post 1 in the file: imported as "harbour-3"'],
    });
    expect(await planner.plan(post("3", "Café Opens!"), taken)).toEqual({
      slug: "cafe-opens-2",
      notes: [
        'slug "Café Opens!" is not one Byline can use: imported as "cafe-opens"',
        'slug "cafe-opens" is another Byline story\'s: imported as "cafe-opens-2"',
      ],
    });
  });
});
