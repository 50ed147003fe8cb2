import "server-only";
import { cache } from "react";
import { readDataVersion } from "./data-version";
import { getDb, type Db } from "./db";
import { readThroughModel } from "./read-model";

/** The data version, read once per page render however many reads the page makes. */
const renderDataVersion = cache(() => readDataVersion(getDb()));

/** A page's read, from the read model at this render's data version. */
export async function fromReadModel<T>(key: string, load: (db: Db) => Promise<T>): Promise<T> {
  return (await readThroughModel(key, load, { knownVersion: await renderDataVersion() })).value;
}
