-- AlterTable: empty means the environment's NEWSROOM_TIME_ZONE.
ALTER TABLE "SiteSettings" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT '';
