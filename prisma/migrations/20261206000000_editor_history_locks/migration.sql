-- The desk's "Needs review": who submitted a story, and when.
ALTER TABLE "Article" ADD COLUMN "submittedById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD COLUMN "submittedAt" DATETIME;
CREATE INDEX "Article_submittedAt_idx" ON "Article"("submittedAt");

-- Revisions made by the editor's autosave rather than a button.
ALTER TABLE "Revision" ADD COLUMN "autosave" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PendingDraft" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "baseVersion" INTEGER NOT NULL,
    "fields" TEXT NOT NULL,
    "savedById" TEXT,
    "savedAt" DATETIME NOT NULL,
    CONSTRAINT "PendingDraft_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PendingDraft_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "PendingDraft_savedById_idx" ON "PendingDraft"("savedById");

-- CreateTable
CREATE TABLE "StoryLock" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "acquiredAt" DATETIME NOT NULL,
    "heartbeatAt" DATETIME NOT NULL,
    CONSTRAINT "StoryLock_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StoryLock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "StoryLock_userId_idx" ON "StoryLock"("userId");

-- CreateTable
CREATE TABLE "StoryPresence" (
    "articleId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL,

    PRIMARY KEY ("articleId", "tabId"),
    CONSTRAINT "StoryPresence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StoryPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "StoryPresence_userId_idx" ON "StoryPresence"("userId");
CREATE INDEX "StoryPresence_seenAt_idx" ON "StoryPresence"("seenAt");
