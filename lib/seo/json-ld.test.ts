import { describe, expect, it } from "vitest";
import type { ReaderAuthor } from "@/lib/articles/queries";
import {
  articleCrumbs,
  breadcrumbJsonLd,
  type NewsArticleSource,
  newsArticleJsonLd,
  webSiteJsonLd,
} from "@/lib/seo/json-ld";
import { TEST_SITE } from "@/lib/seo/test-site";

const article: NewsArticleSource = {
  slug: "putin-invites-trump-to-moscow",
  headline: "Putin Invites Trump to Moscow",
  dek: "A standing invitation.",
  bodyText: "Body text.",
  seoDescription: "",
  publishedAt: new Date("2018-07-28T10:00:00.000Z"),
  updatedAt: new Date("2018-07-29T08:30:00.000Z"),
  hero: { src: "/media/abc.webp", srcSet: "", width: 1600, height: 900 },
  heroCaption: "The two leaders in Helsinki.",
  authors: [
    {
      id: "a1",
      name: "Reuters",
      slug: "reuters",
      kind: "AGENCY",
      url: "https://www.reuters.com",
      jobTitle: "",
      links: [],
      photo: null,
    },
    {
      id: "a2",
      name: "Leila Haddad",
      slug: "leila-haddad",
      kind: "STAFF",
      url: null,
      jobTitle: "",
      links: [],
      photo: null,
    },
  ],
  section: { name: "World", slug: "world" },
  tags: [
    { name: "Russia", slug: "russia" },
    { name: "Diplomacy", slug: "diplomacy" },
  ],
  corrections: [
    { id: "c1", text: "An earlier version misstated the date.", correctedAt: new Date("2018-07-29T08:30:00.000Z") },
  ],
};

describe("newsArticleJsonLd", () => {
  const data = newsArticleJsonLd(article, TEST_SITE);

  it("describes the story", () => {
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Putin Invites Trump to Moscow",
      description: "A standing invitation.",
      mainEntityOfPage: {
        "@type": "WebPage",
        "@id": "https://news.example.com/articles/putin-invites-trump-to-moscow",
      },
      articleSection: "World",
      keywords: ["Russia", "Diplomacy"],
      image: [{ "@type": "ImageObject", url: "https://news.example.com/media/abc.webp", width: 1600, height: 900 }],
    });
  });

  it("dates the story with a time zone", () => {
    expect(data.datePublished).toBe("2018-07-28T10:00:00Z");
    expect(data.dateModified).toBe("2018-07-29T08:30:00Z");
  });

  it("names each byline as an Organization for agencies and a Person for staff", () => {
    expect(data.author).toEqual([
      {
        "@type": "Organization",
        name: "Reuters",
        url: "https://news.example.com/authors/reuters",
        sameAs: "https://www.reuters.com",
      },
      { "@type": "Person", name: "Leila Haddad", url: "https://news.example.com/authors/leila-haddad" },
    ]);
  });

  it("gives a staff writer's role, photo and profiles, and an agency's site and profiles", () => {
    const [agency, person] = article.authors as [ReaderAuthor, ReaderAuthor];
    const described = newsArticleJsonLd(
      {
        ...article,
        authors: [
          { ...agency, links: ["https://social.example/@reuters"] },
          {
            ...person,
            jobTitle: "Moscow correspondent",
            links: ["https://social.example/@leila"],
            photo: { src: "/media/leila.webp", srcSet: "", width: 400, height: 400 },
          },
        ],
      },
      TEST_SITE,
    );
    expect(described.author).toEqual([
      {
        "@type": "Organization",
        name: "Reuters",
        url: "https://news.example.com/authors/reuters",
        sameAs: ["https://www.reuters.com", "https://social.example/@reuters"],
      },
      {
        "@type": "Person",
        name: "Leila Haddad",
        url: "https://news.example.com/authors/leila-haddad",
        image: "https://news.example.com/media/leila.webp",
        jobTitle: "Moscow correspondent",
        sameAs: "https://social.example/@leila",
      },
    ]);
  });

  it("names the publisher with its logo and lists the corrections", () => {
    expect(data.publisher).toEqual({
      "@type": "Organization",
      name: "Byline",
      url: "https://news.example.com",
      logo: { "@type": "ImageObject", url: "https://news.example.com/logo.png", width: 512, height: 512 },
    });
    expect(data.correction).toEqual([
      {
        "@type": "CorrectionComment",
        text: "An earlier version misstated the date.",
        datePublished: "2018-07-29T08:30:00Z",
      },
    ]);
  });

  it("leaves out what a story does not have", () => {
    const bare = newsArticleJsonLd(
      { ...article, hero: null, section: null, tags: [], corrections: [], dek: "" },
      TEST_SITE,
    );
    expect(bare).not.toHaveProperty("image");
    expect(bare).not.toHaveProperty("articleSection");
    expect(bare).not.toHaveProperty("keywords");
    expect(bare).not.toHaveProperty("correction");
    expect(bare.description).toBe("Body text.");
  });

  it("never dates the modification before the publication", () => {
    const early = newsArticleJsonLd({ ...article, updatedAt: new Date("2018-07-01T00:00:00Z") }, TEST_SITE);
    expect(early.dateModified).toBe(early.datePublished);
  });
});

describe("webSiteJsonLd", () => {
  it("offers a search action on /search", () => {
    expect(webSiteJsonLd(TEST_SITE)).toMatchObject({
      "@type": "WebSite",
      url: "https://news.example.com/",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: "https://news.example.com/search?q={search_term_string}" },
        "query-input": "required name=search_term_string",
      },
    });
  });
});

describe("breadcrumbJsonLd", () => {
  it("starts at the home page and numbers each step", () => {
    expect(breadcrumbJsonLd(articleCrumbs(article), TEST_SITE).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://news.example.com/" },
      { "@type": "ListItem", position: 2, name: "World", item: "https://news.example.com/sections/world" },
      {
        "@type": "ListItem",
        position: 3,
        name: "Putin Invites Trump to Moscow",
        item: "https://news.example.com/articles/putin-invites-trump-to-moscow",
      },
    ]);
  });
});
