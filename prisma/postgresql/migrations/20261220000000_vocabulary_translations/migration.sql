-- The vocabulary in the other interface languages (issue 17 section 3).
-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "translations" JSON;
ALTER TABLE "Actor" ADD COLUMN     "translations" JSON;
ALTER TABLE "Framework" ADD COLUMN     "translations" JSON;
ALTER TABLE "Criterion" ADD COLUMN     "translations" JSON;
