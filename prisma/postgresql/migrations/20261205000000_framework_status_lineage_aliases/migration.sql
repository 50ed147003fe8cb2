-- AlterTable
ALTER TABLE "Framework" ADD COLUMN     "aliases" JSON,
ADD COLUMN     "announcedCitations" JSON,
ADD COLUMN     "lineage" JSON,
ADD COLUMN     "status" TEXT,
ADD COLUMN     "statusEvidence" JSON;

