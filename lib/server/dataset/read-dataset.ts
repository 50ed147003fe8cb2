import { DATASET_SCHEMA_VERSION, type Dataset } from "../../domain/dataset";
import { listActors } from "../actors/list-actors";
import { listCategories } from "../criteria/list-categories";
import { listCriteria } from "../criteria/list-criteria";
import { getDb, type Db } from "../db";
import { listFrameworks } from "../frameworks/list-frameworks";

/** The whole dataset as stored, in the shape of the seed file and the JSON export. */
export async function readDataset(db: Db = getDb()): Promise<Dataset> {
  const [sourceRows, categories, actors, criteria, frameworks] = await Promise.all([
    db.source.findMany({ orderBy: { id: "asc" } }),
    listCategories(db),
    listActors(db),
    listCriteria(db),
    listFrameworks(db),
  ]);
  const sources = sourceRows.map(({ id: _id, ...s }) => s);
  return { schemaVersion: DATASET_SCHEMA_VERSION, sources, categories, actors, criteria, frameworks };
}
