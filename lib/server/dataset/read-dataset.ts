import { DATASET_SCHEMA_VERSION } from "../../domain/dataset";
import { listActors } from "../actors/list-actors";
import { listCategories } from "../criteria/list-categories";
import { listCriteria } from "../criteria/list-criteria";
import { getDb, type Db } from "../db";
import { listFrameworks } from "../frameworks/list-frameworks";
import type { StoredDataset, StoredSource } from "./resolve-dataset";

/** Every source with all its revisions and their texts, as a dataset file carries them. */
async function readSources(db: Db): Promise<StoredSource[]> {
  const rows = await db.source.findMany({ orderBy: { id: "asc" }, include: { revisions: { orderBy: { revision: "asc" } } } });
  return rows.map((s) => ({
    slug: s.slug,
    title: s.title,
    author: s.author,
    year: s.year,
    publisher: s.publisher,
    url: s.url,
    language: s.language,
    file: s.file,
    revisions: s.revisions.map((r) => ({ revision: r.revision, sha256: r.sha256, reason: r.reason, editor: r.editor, text: r.text })),
  }));
}

/** The whole dataset as stored, in the shape of the seed file and the JSON export. */
export async function readDataset(db: Db = getDb()): Promise<StoredDataset> {
  const [sources, categories, actors, criteria, frameworks] = await Promise.all([
    readSources(db),
    listCategories(db),
    listActors(db),
    listCriteria(db),
    listFrameworks(db),
  ]);
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    sources,
    categories: categories.map(withoutEmptyTranslations),
    actors: actors.map(withoutEmptyTranslations),
    criteria: criteria.map(withoutEmptyTranslations),
    frameworks: frameworks.map(withoutEmptyTranslations),
  };
}

/** The file leaves out an entity's translations when it has none, as a dataset written without them reads back. */
function withoutEmptyTranslations<T extends { translations?: object }>(entity: T): T {
  if (entity.translations && Object.keys(entity.translations).length === 0) {
    const { translations: _none, ...rest } = entity;
    return rest as T;
  }
  return entity;
}
