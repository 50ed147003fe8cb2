-- Sources as data (issue 12 section 3): each source's text as immutable revisions, a citation names its
-- revision (1 for every citation written before), a source's language, and an assessment marked contested.
-- A source that predates this migration gets its revision 1 from its file in prisma/sources when
-- `npm run db:setup` (run by `npm start`) next seeds (lib/server/sources/backfill-source-revisions.ts).
-- CreateTable
CREATE TABLE "SourceRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "editor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "file" TEXT
);
INSERT INTO "new_Source" ("author", "file", "id", "publisher", "slug", "title", "url", "year") SELECT "author", "file", "id", "publisher", "slug", "title", "url", "year" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");
CREATE TABLE "new_Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "frameworkId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "value" REAL,
    "rationale" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "contested" BOOLEAN NOT NULL DEFAULT false,
    "contestedNote" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Assessment_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assessment_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Assessment" ("confidence", "criterionId", "frameworkId", "id", "position", "rationale", "value", "version") SELECT "confidence", "criterionId", "frameworkId", "id", "position", "rationale", "value", "version" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_criterionId_idx" ON "Assessment"("criterionId");
CREATE UNIQUE INDEX "Assessment_frameworkId_criterionId_key" ON "Assessment"("frameworkId", "criterionId");
CREATE TABLE "new_Citation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "frameworkId" INTEGER,
    "participationId" INTEGER,
    "assessmentId" INTEGER,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("assessmentId", "frameworkId", "id", "lineEnd", "lineStart", "participationId", "position", "quote", "sourceId") SELECT "assessmentId", "frameworkId", "id", "lineEnd", "lineStart", "participationId", "position", "quote", "sourceId" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
CREATE INDEX "Citation_frameworkId_idx" ON "Citation"("frameworkId");
CREATE INDEX "Citation_participationId_idx" ON "Citation"("participationId");
CREATE INDEX "Citation_assessmentId_idx" ON "Citation"("assessmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SourceRevision_sourceId_revision_key" ON "SourceRevision"("sourceId", "revision");

