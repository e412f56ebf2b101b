-- Where an imported story came from ("<platform>:<site>:<post id>", see
-- lib/importers/provenance.ts), so that a re-run with --update changes only
-- the story its post made, never a newsroom story that shares its slug. Null
-- for every story written in Byline, and for those imported before this
-- column existed: the importer does not update those. Unique, as one post
-- makes one story; SQLite lets any number of rows hold NULL.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "importSource" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Article_importSource_key" ON "Article"("importSource");
