-- A framework's status (with its evidence), the citations of its date, its lineage and its aliases (issue 12).
ALTER TABLE "Framework" ADD COLUMN "status" TEXT;
ALTER TABLE "Framework" ADD COLUMN "statusEvidence" JSONB;
ALTER TABLE "Framework" ADD COLUMN "announcedCitations" JSONB;
ALTER TABLE "Framework" ADD COLUMN "lineage" JSONB;
ALTER TABLE "Framework" ADD COLUMN "aliases" JSONB;
