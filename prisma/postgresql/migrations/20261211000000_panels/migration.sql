-- CreateTable
CREATE TABLE "Panel" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "frameworks" JSON,
    "criteria" JSON,
    "elicitation" TEXT NOT NULL DEFAULT 'direct',
    "aggregation" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closesAt" TIMESTAMP(3),
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Panel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelInvitation" (
    "id" SERIAL NOT NULL,
    "panelId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PanelInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelResponse" (
    "id" SERIAL NOT NULL,
    "invitationId" INTEGER NOT NULL,
    "weights" JSON NOT NULL,
    "comment" TEXT,
    "submitted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PanelResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Panel_slug_key" ON "Panel"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PanelInvitation_tokenHash_key" ON "PanelInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "PanelInvitation_panelId_idx" ON "PanelInvitation"("panelId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelResponse_invitationId_key" ON "PanelResponse"("invitationId");

-- AddForeignKey
ALTER TABLE "PanelInvitation" ADD CONSTRAINT "PanelInvitation_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelResponse" ADD CONSTRAINT "PanelResponse_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "PanelInvitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

