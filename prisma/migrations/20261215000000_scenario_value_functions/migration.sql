-- Value functions (issue 15 section 2): a perspective is its weights and what it holds good on each criterion.
-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN "valueFunctions" JSONB;
