import type { FrameworkCreate, FrameworkPatch } from "../../domain/framework-write";
import type { FrameworkRecord } from "../../domain/api";
import type { Framework } from "../../domain/framework";
import { EDITABLE_FIELDS } from "../../domain/editable-fields";
import { codedReport } from "../../domain/format-issues";
import type { Outcome } from "../../domain/outcome";
import { recordFieldChanges } from "../audit/record-field-changes";
import { citationRowsFor, verifyWriteCitations } from "../citations/verify-write-citations";
import { fillMissingAssessments } from "../assessments/fill-missing-assessments";
import { getDb, type Db } from "../db";
import { isUniqueViolation } from "../unique-violation";
import { factProblems } from "../../domain/framework-facts";
import { factColumns, verifyFactCitations } from "./framework-fact-columns";
import { getFramework, getFrameworkRecord } from "./get-framework";
import { bumpDataVersion } from "../data-version";
import { translationsColumn } from "../translations-column";

/** A proposer no actor has (only a slug given can be one). */
const unknownProposer = (slug: string) => codedReport("proposer", "actorNotFound", `unknown actor "${slug}"`, { slug });

async function proposerId(db: Db, slug: string | null | undefined) {
  if (slug === null || slug === undefined) return { ok: true as const, id: slug === null ? null : undefined };
  const actor = await db.actor.findUnique({ where: { slug }, select: { id: true } });
  return actor ? { ok: true as const, id: actor.id } : { ok: false as const };
}

/**
 * Adds a framework the paper discusses only as an idea (or any other): its summary must be
 * cited, and it starts with an empty (null) assessment on every criterion, citing its summary,
 * so it appears at once in the matrix, the charts and the exports.
 */
export async function createFramework(create: FrameworkCreate, actor: string, db: Db = getDb()): Promise<Outcome<FrameworkRecord>> {
  if (await db.framework.findUnique({ where: { slug: create.slug }, select: { id: true } }))
    return { ok: false, problem: "conflict", error: `a framework "${create.slug}" already exists`, current: await getFramework(create.slug, db) };
  const proposer = await proposerId(db, create.proposer);
  const { issues, pinned, sourceId } = await verifyWriteCitations(db, create.summaryCitations, "summaryCitations");
  if (!proposer.ok) issues.unshift(unknownProposer(create.proposer!));
  const facts = await verifyFactCitations(db, create);
  issues.push(...facts.issues);
  // What is stored: every citation naming the revision it was checked against.
  const input = { ...facts.facts, summaryCitations: pinned };
  if (issues.length) return { ok: false, problem: "invalid", error: "the framework is invalid", issues };
  try {
    await db.$transaction(async (tx) => {
      const framework = await tx.framework.create({
        data: {
          slug: input.slug,
          name: input.name,
          shortName: input.shortName,
          proposerId: proposer.id ?? null,
          announced: input.announced,
          summary: input.summary,
          translations: translationsColumn(input.translations ?? {}),
          ...factColumns(input),
          position: await tx.framework.count(),
        },
      });
      await tx.citation.createMany({ data: citationRowsFor(input.summaryCitations, sourceId, { frameworkId: framework.id }) });
      await fillMissingAssessments(tx, { frameworkId: framework.id });
      const { reason, ...record } = input;
      await bumpDataVersion(tx);
      await tx.auditEntry.create({
        data: { actor, action: "create", entity: "framework", entityKey: input.slug, after: JSON.parse(JSON.stringify(record)), reason },
      });
    });
  } catch (error) {
    // Another editor created the same slug between the check above and this write.
    if (isUniqueViolation(error))
      return { ok: false, problem: "conflict", error: `a framework "${input.slug}" already exists`, current: await getFramework(input.slug, db) };
    throw error;
  }
  return { ok: true, created: true, body: (await getFrameworkRecord(input.slug, db))! };
}

export async function patchFramework(slug: string, patch: FrameworkPatch, actor: string, db: Db = getDb()): Promise<Outcome<FrameworkRecord>> {
  const row = await db.framework.findUnique({ where: { slug }, select: { id: true, version: true } });
  if (!row) return { ok: false, problem: "not-found", error: `framework "${slug}" not found` };
  const proposer = await proposerId(db, patch.proposer);
  const { issues, pinned, sourceId } = await verifyWriteCitations(db, patch.summaryCitations ?? [], "summaryCitations");
  if (!proposer.ok) issues.unshift(unknownProposer(patch.proposer!));
  const facts = await verifyFactCitations(db, patch);
  issues.push(...facts.issues);
  // What is stored: every citation naming the revision it was checked against.
  const input = { ...facts.facts, summaryCitations: patch.summaryCitations && pinned };
  if (issues.length) return { ok: false, problem: "invalid", error: "the change is invalid", issues };
  const outcome = await db.$transaction(async (tx) => {
    const current = await tx.framework.findUnique({ where: { id: row.id }, select: { version: true } });
    const before = (await getFramework(slug, tx))!;
    if (current!.version !== input.version)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `this framework changed since version ${input.version}: it is now at version ${current!.version}`,
        current: { ...before, version: current!.version },
      };
    const merged = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    const problems = factProblems(merged);
    if (problems.length) return { ok: false as const, problem: "invalid" as const, error: "the change is invalid", issues: problems };
    await tx.framework.update({
      where: { id: row.id },
      data: {
        name: input.name,
        shortName: input.shortName,
        proposerId: proposer.id,
        announced: input.announced,
        summary: input.summary,
        translations: translationsColumn(input.translations),
        ...factColumns(input),
        version: current!.version + 1,
      },
    });
    if (input.summaryCitations) {
      await tx.citation.deleteMany({ where: { frameworkId: row.id } });
      await tx.citation.createMany({ data: citationRowsFor(input.summaryCitations, sourceId, { frameworkId: row.id }) });
    }
    const fields = EDITABLE_FIELDS.framework;
    const shell = (f: Framework) => Object.fromEntries(fields.map((k) => [k, f[k]]));
    const after = { ...shell(before), ...Object.fromEntries(fields.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) };
    await recordFieldChanges(tx, { actor, entity: "framework", entityKey: slug, reason: input.reason, fields, before: shell(before), after });
    return { ok: true as const, version: current!.version + 1 };
  });
  if (!outcome.ok) return outcome;
  return { ok: true, body: (await getFrameworkRecord(slug, db))! };
}

export async function deleteFramework(
  slug: string,
  input: { version: number; reason: string },
  actor: string,
  db: Db = getDb(),
): Promise<Outcome<{ deleted: string }>> {
  const before = await getFramework(slug, db);
  if (!before) return { ok: false, problem: "not-found", error: `framework "${slug}" not found` };
  return db.$transaction(async (tx) => {
    const row = (await tx.framework.findUnique({ where: { slug }, select: { id: true, version: true } }))!;
    if (row.version !== input.version)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `this framework changed since version ${input.version}: it is now at version ${row.version}`,
        current: { ...before, version: row.version },
      };
    await tx.framework.delete({ where: { id: row.id } });
    // The snapshot keeps the version too, so a restored framework continues it and stale forms still get a 409.
    await bumpDataVersion(tx);
    await tx.auditEntry.create({
      data: {
        actor,
        action: "delete",
        entity: "framework",
        entityKey: slug,
        before: JSON.parse(JSON.stringify({ ...before, version: row.version })),
        reason: input.reason,
      },
    });
    return { ok: true as const, body: { deleted: slug } };
  });
}
