import type { FrameworkRecord } from "../../domain/api";
import type { Framework } from "../../domain/framework";
import { getDb, type Db } from "../db";
import { frameworkInclude, toFramework, toFrameworkRecord } from "./framework-query";

const inDatasetOrder = { include: frameworkInclude, orderBy: { position: "asc" } } as const;

export async function listFrameworks(db: Db = getDb()): Promise<Framework[]> {
  return (await db.framework.findMany(inDatasetOrder)).map(toFramework);
}

/** Every framework with its versions, for the read API. */
export async function listFrameworkRecords(db: Db = getDb()): Promise<FrameworkRecord[]> {
  return (await db.framework.findMany(inDatasetOrder)).map(toFrameworkRecord);
}
