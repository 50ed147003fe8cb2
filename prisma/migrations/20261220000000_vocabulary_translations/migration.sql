-- The vocabulary in the other interface languages (issue 17 section 3).
-- AlterTable
ALTER TABLE "Category" ADD COLUMN "translations" JSONB;
ALTER TABLE "Actor" ADD COLUMN "translations" JSONB;
ALTER TABLE "Framework" ADD COLUMN "translations" JSONB;
ALTER TABLE "Criterion" ADD COLUMN "translations" JSONB;
