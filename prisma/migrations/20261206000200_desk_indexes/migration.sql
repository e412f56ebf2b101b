-- The desk (/editor, lib/articles/desk.ts): each of its lists walks one index
-- in the list's own order and stops after a few rows. A writer's lists are
-- their own stories, so each index starts with createdById; it replaces the
-- index on createdById alone, which any of them serves as well.

-- DropIndex
DROP INDEX "Article_createdById_idx";

-- CreateIndex: a writer's stories in review, longest waiting first.
CREATE INDEX "Article_createdById_submittedAt_idx" ON "Article"("createdById", "submittedAt");

-- CreateIndex: one's drafts, last edited first.
CREATE INDEX "Article_createdById_status_updatedAt_idx" ON "Article"("createdById", "status", "updatedAt" DESC);

-- CreateIndex: a writer's scheduled and published stories, by publication time.
CREATE INDEX "Article_createdById_publishedAt_id_status_idx" ON "Article"("createdById", "publishedAt" DESC, "id", "status");

-- Stories already in review before submittedAt existed: the last save stands
-- in for the submission, so "Needs review" lists them too.
UPDATE "Article"
SET "submittedAt" = "updatedAt", "submittedById" = "updatedById"
WHERE "status" = 'IN_REVIEW' AND "submittedAt" IS NULL;
