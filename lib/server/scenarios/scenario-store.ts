import { valueFunctionMapSchema } from "../../compare/value-functions";
import { weightMapSchema } from "../../domain/preset";
import { Prisma } from "../generated/prisma/client";
import { DEFAULT_METHOD } from "../../scoring/methods/registry";
import { freeSlug, slugFromTitle } from "../../domain/slug-from-title";
import {
  scenarioBase,
  scenarioSettingsSchema,
  type Scenario,
  type ScenarioBase,
  type ScenarioCreate,
  type ScenarioDelete,
  type ScenarioUpdate,
} from "../../domain/scenario";
import type { Session } from "../auth/session";
import type { Outcome, Refusal } from "../../domain/outcome";
import { displayNames } from "../users/display-names";
import { getDb, type Db, type Tx } from "../db";
import { bumpDataVersion } from "../data-version";
import { storedTranslations } from "./list-presets";

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
/** Value functions as a column holds them: null for none. */
const storable = (map: Scenario["valueFunctions"]) => (map && Object.keys(map).length ? asJson(map) : Prisma.DbNull);

type Row = Awaited<ReturnType<Db["scenario"]["findFirstOrThrow"]>>;

/** A row's value functions as a view reads them: a preset's without their rationales. */
function storedValueFunctions(json: unknown) {
  if (json === null || typeof json !== "object") return undefined;
  const plain = Object.fromEntries(
    Object.entries(json).map(([slug, f]) => [slug, f && typeof f === "object" ? Object.fromEntries(Object.entries(f).filter(([k]) => k !== "rationale")) : f]),
  );
  const parsed = valueFunctionMapSchema.safeParse(plain);
  return parsed.success && Object.keys(parsed.data).length ? parsed.data : undefined;
}

function toScenario(r: Row): Scenario {
  const settings = scenarioSettingsSchema.safeParse(r.settings);
  const valueFunctions = storedValueFunctions(r.valueFunctions);
  return {
    slug: r.slug,
    title: r.title,
    rationale: r.rationale,
    author: r.author,
    preset: r.preset,
    version: r.version,
    criterionWeights: weightMapSchema.parse(r.criterionWeights),
    categoryWeights: weightMapSchema.parse(r.categoryWeights),
    ...(valueFunctions && { valueFunctions }),
    ...storedTranslations(r.translations),
    settings: settings.success ? settings.data : { method: DEFAULT_METHOD, missing: "mean", frameworks: [] },
  };
}

export async function listScenarios(db: Db = getDb()): Promise<Scenario[]> {
  return (await db.scenario.findMany({ orderBy: [{ preset: "desc" }, { position: "asc" }, { id: "asc" }] })).map(toScenario);
}

/**
 * Scenarios as a reader sees them: each saved one's author by name, as the history shows
 * editors; the e-mail too (`authorEmail`) for a signed-in editor or admin, as in the history.
 */
export async function scenariosForReader(scenarios: readonly Scenario[], revealEmails: boolean, db: Db = getDb()): Promise<Scenario[]> {
  const names = await displayNames(
    db,
    scenarios.flatMap((s) => (s.author ? [s.author] : [])),
  );
  return scenarios.map((s) => (s.author ? { ...s, author: names.get(s.author)!, ...(revealEmails && { authorEmail: s.author }) } : s));
}

/** The saved scenarios (not the presets) that a /compare link may name in its `scenario` parameter, as far as the view starts from them. */
export async function listSavedScenarios(db: Db = getDb()): Promise<ScenarioBase[]> {
  return (await db.scenario.findMany({ where: { preset: false }, orderBy: { id: "asc" } })).map((r) => scenarioBase(toScenario(r)));
}

/** A slug from the title, made unique with a number where needed. */
const scenarioSlug = (db: Pick<Tx, "scenario">, title: string) =>
  freeSlug(slugFromTitle(title, "scenario"), async (slug) => (await db.scenario.findUnique({ where: { slug }, select: { id: true } })) !== null);

/** A new scenario; its slug is chosen inside the write, so two editors saving the same title at once get two scenarios, not a conflict. */
export async function createScenario(input: ScenarioCreate, session: Session, db: Db = getDb()): Promise<Outcome<Scenario>> {
  const row = await db.$transaction(async (tx) => {
    const slug = await scenarioSlug(tx, input.title);
    const created = await tx.scenario.create({
      data: { slug, ...input, valueFunctions: storable(input.valueFunctions), author: session.email, preset: false, position: await tx.scenario.count() },
    });
    await bumpDataVersion(tx);
    await tx.auditEntry.create({ data: { actor: session.email, action: "create", entity: "scenario", entityKey: slug, after: asJson(input) } });
    return created;
  });
  return { ok: true, created: true, body: toScenario(row) };
}

/** Only a scenario's author, or an admin, may change or delete it; a preset only an admin. */
export function mayChangeScenario(scenario: Pick<Scenario, "preset" | "author">, session: Pick<Session, "role" | "email"> | null): boolean {
  if (session?.role === "admin") return true;
  return session?.role === "editor" && !scenario.preset && scenario.author === session.email;
}

/**
 * The row a change applies to, read inside the change's transaction so that no other write can
 * slip in between the version check and the write; or why the change may not happen.
 */
async function changeableRow(tx: Tx, slug: string, version: number, session: Session): Promise<{ ok: true; row: Row } | Refusal> {
  const row = await tx.scenario.findUnique({ where: { slug } });
  if (!row) return { ok: false, problem: "not-found", error: `scenario "${slug}" not found` };
  if (!mayChangeScenario(row, session))
    return {
      ok: false,
      problem: "forbidden",
      error: row.preset ? "only an admin may change or delete a preset" : "only its author or an admin may change or delete this scenario",
    };
  if (row.version !== version)
    return {
      ok: false,
      problem: "conflict",
      error: `this scenario changed since version ${version}: it is now at version ${row.version}`,
      current: toScenario(row),
    };
  return { ok: true, row };
}

export async function updateScenario(slug: string, input: ScenarioUpdate, session: Session, db: Db = getDb()): Promise<Outcome<Scenario>> {
  const { version, ...data } = input;
  return db.$transaction(async (tx) => {
    const checked = await changeableRow(tx, slug, version, session);
    if (!checked.ok) return checked;
    // An update carries the whole view: no value functions now means none, not "as they were".
    const updated = await tx.scenario.update({
      where: { id: checked.row.id },
      data: { ...data, valueFunctions: storable(data.valueFunctions), version: version + 1 },
    });
    await bumpDataVersion(tx);
    await tx.auditEntry.create({
      data: { actor: session.email, action: "update", entity: "scenario", entityKey: slug, before: asJson(toScenario(checked.row)), after: asJson(data) },
    });
    return { ok: true, body: toScenario(updated) };
  });
}

/** Deletes a scenario; the audit row keeps all of it. */
export async function deleteScenario(slug: string, input: ScenarioDelete, session: Session, db: Db = getDb()): Promise<Outcome<{ deleted: string }>> {
  return db.$transaction(async (tx) => {
    const checked = await changeableRow(tx, slug, input.version, session);
    if (!checked.ok) return checked;
    await tx.scenario.delete({ where: { id: checked.row.id } });
    await bumpDataVersion(tx);
    await tx.auditEntry.create({
      data: { actor: session.email, action: "delete", entity: "scenario", entityKey: slug, before: asJson(toScenario(checked.row)) },
    });
    return { ok: true, body: { deleted: slug } };
  });
}

export async function duplicateScenario(slug: string, title: string | undefined, session: Session, db: Db = getDb()): Promise<Outcome<Scenario>> {
  const row = await db.scenario.findUnique({ where: { slug } });
  if (!row) return { ok: false, problem: "not-found", error: `scenario "${slug}" not found` };
  const source = toScenario(row);
  return createScenario(
    {
      title: title ?? `${source.title} (copy)`.slice(0, 120),
      rationale: source.rationale,
      criterionWeights: source.criterionWeights,
      categoryWeights: source.categoryWeights,
      ...(source.valueFunctions && { valueFunctions: source.valueFunctions }),
      settings: source.settings,
    },
    session,
    db,
  );
}
