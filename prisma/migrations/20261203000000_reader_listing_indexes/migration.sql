-- DropIndex
DROP INDEX "Article_sectionId_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_status_publishedAt_idx";

-- DropIndex
DROP INDEX "ArticleAuthor_authorId_idx";

-- DropIndex
DROP INDEX "ArticleTag_tagId_idx";

-- AlterTable
ALTER TABLE "ArticleAuthor" ADD COLUMN "visibleFrom" DATETIME;

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN "visibleFrom" DATETIME;

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_status_idx" ON "Article"("publishedAt" DESC, "id", "status");

-- CreateIndex
CREATE INDEX "Article_sectionId_publishedAt_id_status_idx" ON "Article"("sectionId", "publishedAt" DESC, "id", "status");

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_visibleFrom_articleId_idx" ON "ArticleAuthor"("authorId", "visibleFrom" DESC, "articleId");

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_visibleFrom_articleId_idx" ON "ArticleTag"("tagId", "visibleFrom" DESC, "articleId");
