import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/site/ArticleView";
import { JsonLd } from "@/components/site/JsonLd";
import { articlePath } from "@/lib/articles/paths";
import { ARTICLE_NOT_FOUND, findReaderArticle, storiesShownWith } from "@/lib/articles/queries";
import { readForReaders, renderOnFirstVisit } from "@/lib/cache/reader-cache";
import { ARTICLE_LISTS, storyTags } from "@/lib/cache/tags";
import { sectionFeed } from "@/lib/feeds/links";
import { articleCrumbs, breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata, NOT_FOUND_METADATA } from "@/lib/seo/metadata";
import { siteInfo } from "@/lib/seo/site";

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = renderOnFirstVisit;

// A missing story's page waits on the lists' tag: publishing one at this address brings it to life.
const loadArticle = cache((slug: string) =>
  readForReaders(
    (now) => findReaderArticle(slug, now),
    (found) => (found.article ? storyTags(storiesShownWith(found.article)) : [ARTICLE_LISTS]),
    ARTICLE_NOT_FOUND,
  ),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await loadArticle((await params).slug);
  if (!article) return NOT_FOUND_METADATA;
  return articleMetadata(article, article.section ? [sectionFeed((await siteInfo()).name, article.section)] : []);
}

export default async function ArticlePage({ params }: Props) {
  const found = await loadArticle((await params).slug);
  if (!found.article) {
    if (found.redirectTo) permanentRedirect(articlePath(found.redirectTo));
    notFound();
  }
  const { article } = found;
  const site = await siteInfo();

  return (
    <ArticleView
      article={article}
      structuredData={
        <>
          <JsonLd data={newsArticleJsonLd(article, site)} />
          <JsonLd data={breadcrumbJsonLd(articleCrumbs(article), site)} />
        </>
      }
    />
  );
}
