-- Custom SQL migration file, put your code below! --
-- A case's link to a good practice becomes a reference to the practice itself (practice_id, next
-- migration), and the free-text practice_ref column is dropped. Free text cannot be matched to a
-- practice reliably, so what people wrote there is kept in the case's own text before the drop.
UPDATE "community_cases"
SET "body" = "body" || E'\n\n（好事例DBの参照: ' || "practice_ref" || '）'
WHERE "practice_ref" IS NOT NULL AND btrim("practice_ref") <> '';
