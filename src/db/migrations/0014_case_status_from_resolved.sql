-- Custom SQL migration file, put your code below! --
-- Cases recorded before cases had a status: a problem with a resolution date was resolved.
UPDATE "community_cases" SET "status" = 'resolved' WHERE "resolved_on" IS NOT NULL;
