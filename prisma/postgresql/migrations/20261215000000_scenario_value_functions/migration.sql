-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "valueFunctions" JSON;

