-- CreateTable
CREATE TABLE "TaxonomyRedirect" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- AlterTable
ALTER TABLE "Section" ADD COLUMN "inNavigation" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyRedirect_kind_slug_key" ON "TaxonomyRedirect"("kind", "slug");

-- CreateIndex
CREATE INDEX "TaxonomyRedirect_kind_targetId_idx" ON "TaxonomyRedirect"("kind", "targetId");

