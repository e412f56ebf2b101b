-- The media library's "Used in" and its refusal to delete an image in use.
-- A story's hero image is a column (indexed below); its inline images live in
-- the body's JSON, which no index can reach. "ArticleBodyImage" lists the
-- images each body holds, one row per (story, image), so "which stories show
-- this image" is one walk of an index however many stories there are. The
-- triggers keep it exact whatever writes "Article" (the editor, the wire
-- import, a fix by hand); the app never writes it. json_tree visits every
-- node of the body; only image blocks have "attrs.mediaId" (lib/content/schema.ts).

-- CreateIndex
CREATE INDEX "Article_heroMediaId_idx" ON "Article"("heroMediaId");

-- CreateTable
CREATE TABLE "ArticleBodyImage" (
    "articleId" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "mediaId"),
    CONSTRAINT "ArticleBodyImage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ArticleBodyImage_mediaId_idx" ON "ArticleBodyImage"("mediaId");

-- The images of the stories that exist.
INSERT INTO "ArticleBodyImage" ("articleId", "mediaId")
SELECT DISTINCT "Article"."id", "node"."atom"
FROM "Article", json_tree(CASE WHEN json_valid("Article"."body") THEN "Article"."body" ELSE '{}' END) AS "node"
WHERE "node"."key" = 'mediaId' AND "node"."path" LIKE '%.attrs' AND "node"."type" = 'text';

-- CreateTrigger
CREATE TRIGGER "Article_bodyImages_insert" AFTER INSERT ON "Article" BEGIN
    INSERT OR IGNORE INTO "ArticleBodyImage" ("articleId", "mediaId")
    SELECT NEW."id", "node"."atom"
    FROM json_tree(CASE WHEN json_valid(NEW."body") THEN NEW."body" ELSE '{}' END) AS "node"
    WHERE "node"."key" = 'mediaId' AND "node"."path" LIKE '%.attrs' AND "node"."type" = 'text';
END;

-- CreateTrigger
CREATE TRIGGER "Article_bodyImages_update" AFTER UPDATE OF "body" ON "Article" BEGIN
    DELETE FROM "ArticleBodyImage" WHERE "articleId" = NEW."id";
    INSERT OR IGNORE INTO "ArticleBodyImage" ("articleId", "mediaId")
    SELECT NEW."id", "node"."atom"
    FROM json_tree(CASE WHEN json_valid(NEW."body") THEN NEW."body" ELSE '{}' END) AS "node"
    WHERE "node"."key" = 'mediaId' AND "node"."path" LIKE '%.attrs' AND "node"."type" = 'text';
END;
