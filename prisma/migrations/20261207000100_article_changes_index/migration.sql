-- The content API lists stories changed since a time, oldest change first,
-- page by page on (updatedAt, id): with id in the index, a page is one walk
-- of it, with no sort of everything changed. It serves whatever the index on
-- updatedAt alone served.

-- DropIndex
DROP INDEX "Article_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Article_updatedAt_id_idx" ON "Article"("updatedAt", "id");
