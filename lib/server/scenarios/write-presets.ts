import type { Preset } from "../../domain/preset";
import { Prisma } from "../generated/prisma/client";
import { bumpDataVersion } from "../data-version";
import { translationsColumn } from "../translations-column";
import type { Db } from "../db";

/** Upserts the stakeholder presets as seeded scenarios, in one transaction. */
export async function writePresets(db: Db, presets: readonly Preset[]): Promise<number> {
  await db.$transaction(async (tx) => {
    await bumpDataVersion(tx);
    for (const [position, p] of presets.entries()) {
      const data = {
        title: p.title,
        rationale: p.rationale,
        categoryWeights: p.categoryWeights,
        criterionWeights: p.criterionWeights,
        valueFunctions: p.valueFunctions ?? Prisma.DbNull,
        translations: translationsColumn(p.translations ?? {}),
        preset: true,
        author: null,
        position,
      };
      await tx.scenario.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data });
    }
  });
  return presets.length;
}
