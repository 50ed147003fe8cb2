import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasetSchema, type Dataset } from "@/lib/domain/dataset";
import { getDb } from "@/lib/server/db";
import { DatasetFileError, loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { storedForm } from "../support/stored-form";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { miniDataset } from "../fixtures/mini-dataset";

const db = getDb();
afterAll(() => db.$disconnect());

const counts = async () => ({
  frameworks: await db.framework.count(),
  participations: await db.participation.count(),
  assessments: await db.assessment.count(),
  citations: await db.citation.count(),
});

function writeTempDataset(data: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gulf-dataset-"));
  const file = path.join(dir, "dataset.json");
  fs.writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

describe("seeding", () => {
  // As the database holds it: the source's text as revision 1, every citation naming that revision.
  const mini: Dataset = storedForm(datasetSchema.parse(miniDataset()));

  it("writes a dataset that reads back identical", async () => {
    await writeDataset(db, mini);
    expect(await readDataset(db)).toEqual(mini);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = { counts: await counts(), data: await readDataset(db) };
    await writeDataset(db, mini);
    expect({ counts: await counts(), data: await readDataset(db) }).toEqual(before);
  });

  it("with ifEmpty, leaves a database that already holds data alone", async () => {
    const edited = structuredClone(mini);
    edited.frameworks[0]!.summary = "An edited summary that must not be overwritten.";
    expect((await seedDatabase(db, edited, [], { ifEmpty: true })).dataset).toBeNull();
    expect((await readDataset(db)).frameworks[0]!.summary).toBe(mini.frameworks[0]!.summary);
  });

  it("applies changes to seeded records and drops their removed roles", async () => {
    const changed = structuredClone(mini);
    changed.frameworks[0]!.participants.pop();
    changed.frameworks[1]!.assessments[0]!.value = -1;
    await writeDataset(db, changed);
    expect(await readDataset(db)).toEqual(changed);
    await writeDataset(db, mini);
  });

  it("rolls back everything when a write fails half-way", async () => {
    const before = { counts: await counts(), data: await readDataset(db) };
    const broken = structuredClone(mini);
    broken.frameworks[1]!.summary = "Changed before the failure.";
    // An assessment for a criterion that does not exist fails inside the transaction,
    // after the first framework has been written.
    broken.frameworks[1]!.assessments[3]!.criterion = "not-a-criterion";
    await expect(writeDataset(db, broken)).rejects.toThrow();
    expect({ counts: await counts(), data: await readDataset(db) }).toEqual(before);
  });

  it("refuses an invalid file with the record and field named, writing nothing", async () => {
    const before = await counts();
    const bad = miniDataset();
    bad.frameworks[1]!.assessments[0]!.value = 7;
    const file = writeTempDataset(bad);
    expect(() => loadDatasetFile(file)).toThrow(DatasetFileError);
    expect(() => loadDatasetFile(file)).toThrow("frameworks[hope].assessments[acceptability-ir].value: 7 is outside the scale");
    expect(await counts()).toEqual(before);
  });

  it("refuses a citation whose quote is not in its lines", () => {
    const bad = miniDataset();
    bad.frameworks[0]!.assessments[2]!.citations[0] = { ...bad.frameworks[0]!.assessments[2]!.citations[0]!, lineStart: 870, lineEnd: 871 };
    expect(() => loadDatasetFile(writeTempDataset(bad))).toThrow(
      /frameworks\[russia-gulf-concept\]\.assessments\[acceptability-us\]\.citations\[0\]: quote .* is not in lines 870-871/,
    );
  });

  it("refuses a file that is not JSON", () => {
    expect(() => loadDatasetFile(writeTempDataset('{"schemaVersion": 1, "sources": ['))).toThrow(/cannot be read as JSON/);
  });
});
