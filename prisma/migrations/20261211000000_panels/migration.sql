-- CreateTable
CREATE TABLE "Panel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "frameworks" JSONB,
    "criteria" JSONB,
    "elicitation" TEXT NOT NULL DEFAULT 'direct',
    "aggregation" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL,
    "opensAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closesAt" DATETIME,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PanelInvitation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "panelId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PanelInvitation_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PanelResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "invitationId" INTEGER NOT NULL,
    "weights" JSONB NOT NULL,
    "comment" TEXT,
    "submitted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PanelResponse_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "PanelInvitation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Panel_slug_key" ON "Panel"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PanelInvitation_tokenHash_key" ON "PanelInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "PanelInvitation_panelId_idx" ON "PanelInvitation"("panelId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelResponse_invitationId_key" ON "PanelResponse"("invitationId");
