-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);


-- The row every write bumps.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);
