-- The stakeholder presets' titles and rationales in the other interface languages (issue 17).
-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "translations" JSON;

