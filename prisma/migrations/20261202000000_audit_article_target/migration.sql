-- Story events were recorded with the target type "Article", which the audit
-- log never matched; every target type is lowercase ("user", "article").
UPDATE "AuditEvent" SET "targetType" = 'article' WHERE "targetType" = 'Article';
