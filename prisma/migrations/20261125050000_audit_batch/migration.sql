-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "batch" TEXT;

-- CreateIndex
CREATE INDEX "AuditEntry_batch_idx" ON "AuditEntry"("batch");

