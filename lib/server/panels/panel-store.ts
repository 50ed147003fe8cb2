import { createHash, randomBytes } from "node:crypto";
import { codedReport } from "../../domain/format-issues";
import type { Outcome } from "../../domain/outcome";
import { MAX_PANEL_INVITATIONS, type OwnResponse, type PanelCreate, type PanelRecord, type PanelResponseWrite, panelRecordSchema } from "../../domain/panel";
import { freeSlug, slugFromTitle } from "../../domain/slug-from-title";
import type { Session } from "../auth/session";
import { bumpDataVersion } from "../data-version";
import { getDb, type Db } from "../db";

type PanelRow = NonNullable<Awaited<ReturnType<Db["panel"]["findUnique"]>>>;

/** Tokens are 192 random bits; only their SHA-256 is stored, so a copy of the database cannot answer for anyone. */
const newToken = () => randomBytes(24).toString("base64url");
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

const isClosed = (panel: Pick<PanelRow, "closesAt">, now = new Date()) => panel.closesAt !== null && panel.closesAt <= now;
const closedRefusal = (panel: PanelRow) =>
  ({ ok: false, problem: "conflict", error: `the panel closed on ${panel.closesAt!.toISOString()}: it no longer changes`, current: null }) as const;

const stringList = (value: unknown): string[] | null => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : null);

type Slugs = { frameworks: string[]; criteria: string[] };

/** Every framework's and criterion's slug, in the dataset's order. */
async function allSlugs(db: Db): Promise<Slugs> {
  const [frameworks, criteria] = await Promise.all([
    db.framework.findMany({ select: { slug: true }, orderBy: { position: "asc" } }),
    db.criterion.findMany({ select: { slug: true }, orderBy: { position: "asc" } }),
  ]);
  return { frameworks: frameworks.map((f) => f.slug), criteria: criteria.map((c) => c.slug) };
}

/** The panel's frameworks and criteria resolved against the current data (a slug removed since drops out). */
function coverage(all: Slugs, panel: Pick<PanelRow, "frameworks" | "criteria">): Slugs {
  const pick = (slugs: string[], chosen: string[] | null) => (chosen ? slugs.filter((s) => chosen.includes(s)) : slugs);
  return { frameworks: pick(all.frameworks, stringList(panel.frameworks)), criteria: pick(all.criteria, stringList(panel.criteria)) };
}

function toRecord(all: Slugs, row: PanelRow): PanelRecord {
  return panelRecordSchema.parse({
    slug: row.slug,
    title: row.title,
    question: row.question,
    ...coverage(all, row),
    elicitation: row.elicitation,
    aggregation: row.aggregation,
    anonymous: row.anonymous,
    closesAt: row.closesAt?.toISOString() ?? null,
    closed: isClosed(row),
  });
}

export async function getPanel(slug: string, db: Db = getDb()): Promise<PanelRecord | null> {
  const row = await db.panel.findUnique({ where: { slug } });
  return row ? toRecord(await allSlugs(db), row) : null;
}

export async function listPanels(db: Db = getDb()): Promise<PanelRecord[]> {
  const [rows, all] = await Promise.all([db.panel.findMany({ orderBy: { id: "desc" }, take: 200 }), allSlugs(db)]);
  return rows.map((r) => toRecord(all, r));
}

export async function createPanel(input: PanelCreate, session: Session, db: Db = getDb()): Promise<Outcome<{ slug: string }>> {
  const known = await allSlugs(db);
  const issues = [
    ...(input.frameworks ?? [])
      .filter((s) => !known.frameworks.includes(s))
      .map((s) => codedReport("frameworks", "frameworkNotFound", `unknown framework "${s}"`, { slug: s })),
    ...(input.criteria ?? [])
      .filter((s) => !known.criteria.includes(s))
      .map((s) => codedReport("criteria", "criterionNotFound", `unknown criterion "${s}"`, { slug: s })),
  ];
  if (input.frameworks && input.frameworks.length < 2) issues.push(codedReport("frameworks", "panelNeedsTwo", "a panel ranks at least two frameworks"));
  if (input.closesAt && new Date(input.closesAt) <= new Date()) issues.push(codedReport("closesAt", "notInFuture", "must be in the future"));
  if (issues.length) return { ok: false, problem: "invalid", error: "the panel is invalid", issues };
  // The slug is chosen inside the write: two panels of one title made at once get two slugs.
  const slug = await db.$transaction(async (tx) => {
    const slug = await freeSlug(
      slugFromTitle(input.title, "panel"),
      async (s) => (await tx.panel.findUnique({ where: { slug: s }, select: { id: true } })) !== null,
    );
    await tx.panel.create({
      data: {
        slug,
        title: input.title,
        question: input.question,
        frameworks: input.frameworks ?? undefined,
        criteria: input.criteria ?? undefined,
        elicitation: input.elicitation,
        aggregation: input.aggregation,
        anonymous: input.anonymous,
        closesAt: input.closesAt ? new Date(input.closesAt) : null,
        createdBy: session.email,
      },
    });
    await bumpDataVersion(tx);
    await tx.auditEntry.create({ data: { actor: session.email, action: "create", entity: "panel", entityKey: slug, after: asJson(input) } });
    return slug;
  });
  return { ok: true, created: true, body: { slug } };
}

export async function createInvitations(
  slug: string,
  labels: readonly string[],
  session: Session,
  db: Db = getDb(),
): Promise<Outcome<{ invitations: Array<{ label: string; token: string }> }>> {
  const panel = await db.panel.findUnique({ where: { slug } });
  if (!panel) return { ok: false, problem: "not-found", error: `panel "${slug}" not found` };
  if (isClosed(panel)) return closedRefusal(panel);
  const invitations = labels.map((label) => ({ label, token: newToken() }));
  const outcome = await db.$transaction(async (tx) => {
    const existing = await tx.panelInvitation.findMany({ where: { panelId: panel.id }, select: { label: true } });
    const taken = new Set(existing.map((i) => i.label));
    const clash = labels.filter((l) => taken.has(l));
    if (clash.length)
      return {
        ok: false as const,
        problem: "invalid" as const,
        error: "a participant of that label is already invited",
        issues: clash.map((l) => codedReport("labels", "alreadyInvited", `"${l}" is already invited`, { label: l })),
      };
    if (existing.length + labels.length > MAX_PANEL_INVITATIONS)
      return { ok: false as const, problem: "invalid" as const, error: `a panel has at most ${MAX_PANEL_INVITATIONS} participants` };
    await tx.panelInvitation.createMany({
      data: invitations.map((i, k) => ({ panelId: panel.id, label: i.label, tokenHash: tokenHash(i.token), position: existing.length + k + 1 })),
    });
    await bumpDataVersion(tx);
    // An anonymous panel's trail keeps how many were invited, not who: the public history lists
    // its answers by position, which the labels in invitation order would put names to.
    const invited = panel.anonymous ? { invited: labels.length } : { labels };
    await tx.auditEntry.create({ data: { actor: session.email, action: "invite", entity: "panel", entityKey: slug, after: asJson(invited) } });
    return { ok: true as const };
  });
  return outcome.ok ? { ok: true, created: true, body: { invitations } } : outcome;
}

export async function revokeInvitation(slug: string, token: string, session: Session, db: Db = getDb()): Promise<Outcome<{ revoked: string }>> {
  const invitation = await invitationFor(slug, token, db);
  if (!invitation) return { ok: false, problem: "not-found", error: "no such invitation" };
  if (isClosed(invitation.panel)) return closedRefusal(invitation.panel);
  await db.$transaction(async (tx) => {
    await tx.panelInvitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await tx.auditEntry.create({
      data: { actor: session.email, action: "revoke", entity: "panel", entityKey: slug, before: asJson({ label: invitation.label }) },
    });
  });
  return { ok: true, body: { revoked: invitation.label } };
}

/** The invitation a token opens, with its panel and its own response; null for an unknown, revoked or other panel's token. */
async function invitationFor(slug: string, token: string, db: Db) {
  if (token.length > 100) return null;
  const invitation = await db.panelInvitation.findUnique({ where: { tokenHash: tokenHash(token) }, include: { panel: true, response: true } });
  if (!invitation || invitation.panel.slug !== slug || invitation.revokedAt) return null;
  return invitation;
}

/** What a participant's link shows: the panel and that participant's own response, nobody else's. */
export async function ownResponse(slug: string, token: string, db: Db = getDb()): Promise<{ panel: PanelRecord; label: string; response: OwnResponse } | null> {
  const invitation = await invitationFor(slug, token, db);
  if (!invitation) return null;
  const r = invitation.response;
  return {
    panel: toRecord(await allSlugs(db), invitation.panel),
    label: invitation.label,
    response: r ? { weights: r.weights as Record<string, number>, comment: r.comment, submitted: r.submitted, version: r.version } : null,
  };
}

/** Saves a participant's weights (a draft, or submitted): versioned and audited; refused once the panel has closed. */
export async function putResponse(
  slug: string,
  token: string,
  write: PanelResponseWrite,
  db: Db = getDb(),
): Promise<Outcome<{ version: number; submitted: boolean }>> {
  const invitation = await invitationFor(slug, token, db);
  if (!invitation) return { ok: false, problem: "not-found", error: "this link is unknown or has been revoked" };
  if (isClosed(invitation.panel)) return closedRefusal(invitation.panel);
  const { criteria } = coverage(await allSlugs(db), invitation.panel);
  const unknown = Object.keys(write.weights).filter((c) => !criteria.includes(c));
  if (unknown.length)
    return {
      ok: false,
      problem: "invalid",
      error: "the weights name criteria this panel does not ask about",
      issues: unknown.map((c) => codedReport(`weights.${c}`, "notPanelCriterion", "not a criterion of this panel")),
    };
  const weights = Object.fromEntries(criteria.map((c) => [c, write.weights[c] ?? 0]));
  if (write.submit && Object.values(weights).every((w) => w === 0))
    return {
      ok: false,
      problem: "invalid",
      error: "every weight is zero: give at least one criterion some weight",
      issues: [codedReport("weights", "allZero", "all zero")],
    };
  const actor = invitation.panel.anonymous ? `participant ${invitation.position}` : invitation.label;
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.panelResponse.findUnique({ where: { invitationId: invitation.id } });
    const data = { weights, comment: write.comment ?? null, submitted: write.submit };
    const row = before
      ? await tx.panelResponse.update({ where: { id: before.id }, data: { ...data, version: before.version + 1 } })
      : await tx.panelResponse.create({ data: { ...data, invitationId: invitation.id } });
    await tx.auditEntry.create({
      data: {
        actor,
        action: before ? "update" : "create",
        entity: "panel-response",
        entityKey: `${slug}/${invitation.position}`,
        before: before ? asJson({ weights: before.weights, comment: before.comment, submitted: before.submitted }) : undefined,
        after: asJson(data),
      },
    });
    return row;
  });
  return { ok: true, body: { version: saved.version, submitted: saved.submitted } };
}

/** The submitted answers of a panel's live invitations, in invitation order, and who has not answered (for editors). */
export async function panelAnswers(slug: string, db: Db = getDb()) {
  const panel = await db.panel.findUnique({
    where: { slug },
    include: { invitations: { where: { revokedAt: null }, include: { response: true }, orderBy: { position: "asc" } } },
  });
  if (!panel) return null;
  return {
    panel: toRecord(await allSlugs(db), panel),
    answers: panel.invitations.filter((i) => i.response?.submitted).map((i) => ({ label: i.label, weights: i.response!.weights as Record<string, number> })),
    pending: panel.invitations.filter((i) => !i.response?.submitted).map((i) => i.label),
  };
}
