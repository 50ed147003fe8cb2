import type { Dataset } from "../../domain/dataset";
import type { Tx } from "../db";
import { writeDatasetTx } from "./write-dataset";

/**
 * Makes the database hold exactly `dataset` (inside the caller's transaction): writes it, then
 * removes the frameworks, criteria, categories, actors and sources it no longer names.
 */
export async function replaceDatasetTx(tx: Tx, dataset: Dataset) {
  const keep = <T extends { slug: string }>(xs: readonly T[]) => ({ notIn: xs.map((x) => x.slug) });
  await tx.framework.deleteMany({ where: { slug: keep(dataset.frameworks) } });
  const counts = await writeDatasetTx(tx, dataset);
  await tx.criterion.deleteMany({ where: { slug: keep(dataset.criteria) } });
  await tx.category.deleteMany({ where: { slug: keep(dataset.categories) } });
  await tx.actor.deleteMany({ where: { slug: keep(dataset.actors) } });
  await tx.source.deleteMany({ where: { slug: keep(dataset.sources) } });
  return counts;
}
