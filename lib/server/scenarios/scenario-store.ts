import { weightMapSchema } from "../../domain/preset";
import { scenarioSettingsSchema, type Scenario, type ScenarioCreate } from "../../domain/scenario";
import type { Session } from "../auth/session";
import type { WriteOutcome } from "../api/write-route";
import { getDb, type Db } from "../db";

type Row = Awaited<ReturnType<Db["scenario"]["findFirstOrThrow"]>>;

function toScenario(r: Row): Scenario {
  const settings = scenarioSettingsSchema.safeParse(r.settings);
  return {
    slug: r.slug,
    title: r.title,
    rationale: r.rationale,
    author: r.author,
    preset: r.preset,
    version: r.version,
    criterionWeights: weightMapSchema.parse(r.criterionWeights),
    categoryWeights: weightMapSchema.parse(r.categoryWeights),
    settings: settings.success ? settings.data : { method: "wsm", missing: "mean", frameworks: [] },
  };
}

export async function listScenarios(db: Db = getDb()): Promise<Scenario[]> {
  return (await db.scenario.findMany({ orderBy: [{ preset: "desc" }, { position: "asc" }, { id: "asc" }] })).map(toScenario);
}

/** A slug from the title, made unique with a number where needed. */
async function freeSlug(db: Db, title: string): Promise<string> {
  const base = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "scenario";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await db.scenario.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export async function createScenario(input: ScenarioCreate, session: Session, db: Db = getDb()): Promise<WriteOutcome<Scenario>> {
  const slug = await freeSlug(db, input.title);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.scenario.create({ data: { slug, ...input, author: session.email, preset: false, position: await tx.scenario.count() } });
    await tx.auditEntry.create({ data: { actor: session.email, action: "create", entity: "scenario", entityKey: slug, after: JSON.parse(JSON.stringify(input)) } });
    return created;
  });
  return { ok: true, status: 201, body: toScenario(row) };
}

/** Only a scenario's author, or an admin, may change it; presets only an admin. */
export async function updateScenario(slug: string, input: ScenarioCreate & { version: number }, session: Session, db: Db = getDb()): Promise<WriteOutcome<Scenario> | { ok: false; status: 403; error: string }> {
  const row = await db.scenario.findUnique({ where: { slug } });
  if (!row) return { ok: false, status: 404, error: `scenario "${slug}" not found` };
  const mayEdit = session.role === "admin" || (!row.preset && row.author === session.email);
  if (!mayEdit) return { ok: false, status: 403, error: row.preset ? "only an admin may change a preset" : "only its author may change this scenario" };
  if (row.version !== input.version) return { ok: false, status: 409, error: `this scenario changed since version ${input.version}`, current: toScenario(row) };
  const { version, ...data } = input;
  const saved = await db.$transaction(async (tx) => {
    const updated = await tx.scenario.update({ where: { id: row.id }, data: { ...data, version: version + 1 } });
    await tx.auditEntry.create({
      data: { actor: session.email, action: "update", entity: "scenario", entityKey: slug, before: JSON.parse(JSON.stringify(toScenario(row))), after: JSON.parse(JSON.stringify(data)) },
    });
    return updated;
  });
  return { ok: true, body: toScenario(saved) };
}

export async function duplicateScenario(slug: string, title: string | undefined, session: Session, db: Db = getDb()): Promise<WriteOutcome<Scenario>> {
  const row = await db.scenario.findUnique({ where: { slug } });
  if (!row) return { ok: false, status: 404, error: `scenario "${slug}" not found` };
  const source = toScenario(row);
  return createScenario(
    { title: title ?? `${source.title} (copy)`.slice(0, 120), rationale: source.rationale, criterionWeights: source.criterionWeights, categoryWeights: source.categoryWeights, settings: source.settings },
    session,
    db,
  );
}
