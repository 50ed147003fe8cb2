-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en',
ALTER COLUMN "file" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "contested" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "contestedNote" TEXT;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "SourceRevision" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "editor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceRevision_sourceId_revision_key" ON "SourceRevision"("sourceId", "revision");

-- AddForeignKey
ALTER TABLE "SourceRevision" ADD CONSTRAINT "SourceRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

