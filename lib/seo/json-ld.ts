import { articlePath, authorPath, sectionPath } from "@/lib/articles/paths";
import type { ReaderArticle } from "@/lib/articles/queries";
import { isoWithTimeZone, lastModified } from "@/lib/seo/dates";
import { articleDescription } from "@/lib/seo/descriptions";
import type { SiteInfo } from "@/lib/seo/site";

/** schema.org structured data (https://schema.org), rendered as JSON-LD by components/site/JsonLd. */
export type JsonLd = { "@context": "https://schema.org"; "@type": string; [property: string]: unknown };

type Crumb = { name: string; path: string };

function publisher(site: SiteInfo) {
  return {
    "@type": "Organization",
    name: site.name,
    url: site.url,
    logo: { "@type": "ImageObject", url: site.logo.url, width: site.logo.width, height: site.logo.height },
    ...(site.socialLinks.length > 0 && { sameAs: site.socialLinks }),
  };
}

export type NewsArticleSource = Pick<
  ReaderArticle,
  | "slug"
  | "headline"
  | "dek"
  | "bodyText"
  | "seoDescription"
  | "publishedAt"
  | "updatedAt"
  | "hero"
  | "heroCaption"
  | "authors"
  | "section"
  | "tags"
  | "corrections"
>;

/**
 * A byline: its page on this site as `url`, its photo as `image`, its own
 * site and profiles as `sameAs`; a staff writer's role as `jobTitle`. Keys
 * without a value are left out.
 */
function authorJsonLd(author: NewsArticleSource["authors"][number], site: SiteInfo): Record<string, unknown> {
  const sameAs = [...(author.url ? [author.url] : []), ...author.links];
  const person = author.kind !== "AGENCY";
  return {
    "@type": person ? "Person" : "Organization",
    name: author.name,
    url: `${site.url}${authorPath(author.slug)}`,
    ...(author.photo && { image: `${site.url}${author.photo.src}` }),
    ...(person && author.jobTitle && { jobTitle: author.jobTitle }),
    ...(sameAs.length > 0 && { sameAs: sameAs.length === 1 ? sameAs[0] : sameAs }),
  };
}

/** NewsArticle for a story page: what Google News and other aggregators read. */
export function newsArticleJsonLd(article: NewsArticleSource, site: SiteInfo): JsonLd {
  const url = `${site.url}${articlePath(article.slug)}`;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: articleDescription(article),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    inLanguage: site.language,
    isAccessibleForFree: true,
    ...(article.hero && {
      image: [
        {
          "@type": "ImageObject",
          url: `${site.url}${article.hero.src}`,
          width: article.hero.width,
          height: article.hero.height,
          ...(article.heroCaption && { caption: article.heroCaption }),
        },
      ],
    }),
    datePublished: isoWithTimeZone(article.publishedAt, site.timeZone),
    dateModified: isoWithTimeZone(lastModified(article), site.timeZone),
    // Agencies such as Reuters are organisations; staff bylines are people.
    author: article.authors.map((author) => authorJsonLd(author, site)),
    publisher: publisher(site),
    ...(article.section && { articleSection: article.section.name }),
    ...(article.tags.length > 0 && { keywords: article.tags.map((tag) => tag.name) }),
    ...(article.corrections.length > 0 && {
      correction: article.corrections.map((correction) => ({
        "@type": "CorrectionComment",
        text: correction.text,
        datePublished: isoWithTimeZone(correction.correctedAt, site.timeZone),
      })),
    }),
  };
}

/** WebSite with a SearchAction, so search engines can offer a search box for the site. */
export function webSiteJsonLd(site: SiteInfo): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    url: `${site.url}/`,
    description: site.description,
    inLanguage: site.language,
    publisher: publisher(site),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${site.url}/search?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/** BreadcrumbList from the home page down to the current page. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: SiteInfo): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [{ name: "Home", path: "/" }, ...crumbs].map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: `${site.url}${crumb.path}`,
    })),
  };
}

/** Home › Section › Story, the trail of an article page. */
export function articleCrumbs(article: Pick<ReaderArticle, "slug" | "headline" | "section">): Crumb[] {
  const story = { name: article.headline, path: articlePath(article.slug) };
  return article.section ? [{ name: article.section.name, path: sectionPath(article.section.slug) }, story] : [story];
}
