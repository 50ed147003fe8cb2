-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN "settings" JSONB;

