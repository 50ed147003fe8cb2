import { splitLines } from "../../citations/verify-citation";
import { describeText } from "../../citations/text-digest";
import { proposeSourceSlug, type SourcePreview, type SourceSaved, type SourceUploadFields } from "../../domain/source-upload";
import type { Outcome } from "../../domain/outcome";
import { bumpDataVersion } from "../data-version";
import { getDb, type Db, type Tx } from "../db";
import { isUniqueViolation } from "../unique-violation";

/** A preview (nothing saved), or the saved source or revision (`created`), or a refusal (a conflict's `current` is null: the page shows the sources). */
type SourceWriteOutcome = Outcome<SourcePreview | SourceSaved, null>;

/** Every source write moves the data version and leaves its audit row, in its own transaction. */
async function recorded(tx: Tx, entry: { action: "create" | "revise"; slug: string; editor: string; reason: string; before?: object; after: object }) {
  await bumpDataVersion(tx);
  await tx.auditEntry.create({
    data: {
      actor: entry.editor,
      action: entry.action,
      entity: "source",
      entityKey: entry.slug,
      before: entry.before,
      after: entry.after,
      reason: entry.reason,
    },
  });
}

const preview = (slug: string, revision: number, text: string): SourcePreview => ({
  mode: "preview",
  slug,
  revision,
  ...describeText(text),
  lines: splitLines(text).map((line, i) => ({ number: i + 1, text: line })),
});

/**
 * A new source from an uploaded text: preview shows it as it would be stored and saves nothing;
 * save writes the source and its revision 1, an audit row and the data version in one
 * transaction. The slug is the one asked for (409 when taken) or one made from the author and year.
 */
export async function addSource(input: { fields: SourceUploadFields; text: string; editor: string }, db: Db = getDb()): Promise<SourceWriteOutcome> {
  const { fields, text } = input;
  const taken = new Set((await db.source.findMany({ select: { slug: true } })).map((s) => s.slug));
  if (fields.slug !== null && taken.has(fields.slug))
    return {
      ok: false,
      problem: "conflict",
      error: `a source "${fields.slug}" already exists: add a revision to it, or choose another slug`,
      code: "sourceExists",
      params: { slug: fields.slug },
      current: null,
    };
  const slug = fields.slug ?? proposeSourceSlug(fields.author, fields.year, taken);
  if (fields.mode === "preview") return { ok: true, body: preview(slug, 1, text) };
  const meta = { title: fields.title, author: fields.author, year: fields.year, publisher: fields.publisher, url: fields.url, language: fields.language };
  const described = describeText(text);
  try {
    await db.$transaction(async (tx) => {
      const source = await tx.source.create({ data: { slug, ...meta, file: null } });
      await tx.sourceRevision.create({ data: { sourceId: source.id, revision: 1, text, ...described, reason: fields.reason, editor: input.editor } });
      await bumpDataVersion(tx);
      await tx.auditEntry.create({
        data: {
          actor: input.editor,
          action: "create",
          entity: "source",
          entityKey: slug,
          after: { ...meta, revision: 1, ...described },
          reason: fields.reason,
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return {
        ok: false,
        problem: "conflict",
        error: `another editor added a source "${slug}" a moment ago: send it again`,
        code: "sourceAddedMeanwhile",
        params: { slug },
        current: null,
      };
    throw error;
  }
  return { ok: true, created: true, body: { slug, revision: 1, ...described } };
}

/**
 * A new revision of a source: a corrected or fuller text. Earlier revisions stay as they were, and
 * the citations that name them keep verifying against them; a citation written from now on
 * names this one unless it says otherwise. The same text as the current revision is refused.
 */
export async function addSourceRevision(
  input: { slug: string; mode: "preview" | "save"; text: string; reason: string; editor: string },
  db: Db = getDb(),
): Promise<SourceWriteOutcome> {
  const source = await db.source.findUnique({
    where: { slug: input.slug },
    select: { id: true, title: true, revisions: { orderBy: { revision: "desc" }, take: 1, select: { revision: true, sha256: true, lineCount: true } } },
  });
  const current = source?.revisions[0];
  if (!source || !current)
    return { ok: false, problem: "not-found", error: `source "${input.slug}" not found`, code: "sourceNotFound", params: { slug: input.slug } };
  const described = describeText(input.text);
  if (described.sha256 === current.sha256)
    return {
      ok: false,
      problem: "invalid",
      error: `the text is the same as revision ${current.revision}: nothing to add`,
      code: "sameAsRevision",
      params: { revision: current.revision },
      issues: [{ path: "file", message: "same text", code: "sameText" }],
    };
  const revision = current.revision + 1;
  if (input.mode === "preview") return { ok: true, body: preview(input.slug, revision, input.text) };
  try {
    await db.$transaction(async (tx) => {
      await tx.sourceRevision.create({ data: { sourceId: source.id, revision, text: input.text, ...described, reason: input.reason, editor: input.editor } });
      await recorded(tx, {
        action: "revise",
        slug: input.slug,
        editor: input.editor,
        reason: input.reason,
        before: { title: source.title, revision: current.revision, sha256: current.sha256, lineCount: current.lineCount },
        after: { title: source.title, revision, ...described },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return {
        ok: false,
        problem: "conflict",
        error: `another editor added revision ${revision} of "${input.slug}" a moment ago: look at it before adding yours`,
        code: "revisionAddedMeanwhile",
        params: { revision, slug: input.slug },
        current: null,
      };
    throw error;
  }
  return { ok: true, created: true, body: { slug: input.slug, revision, ...described } };
}
