import { DATASET_SCHEMA_VERSION, type Dataset } from "./dataset";
import type { Source } from "./source";
import { REQUIRED_CRITERIA } from "./vocabulary";

/** The source paper's record, as the seed dataset holds it; test and benchmark datasets cite it too. */
export const STEPANOVA_2020: Source = {
  slug: "stepanova-2020",
  title: "Russia's Foreign and Security Policy in the Middle East: Entering the 2020s",
  author: "Ekaterina Stepanova",
  year: 2020,
  publisher: "FEPS and IAI",
  url: null,
  language: "en",
  file: "prisma/sources/stepanova-2020.txt",
};

/** A real passage of stepanova-2020, so that synthetic records still carry a verifiable citation. */
const CITATION = {
  document: "stepanova-2020",
  lineStart: 862,
  lineEnd: 863,
  quote: "The substantive input of the Russian concept rests on inclusive multilateralism as the founding principle for a regional security mechanism.",
};

/**
 * A large synthetic dataset (for benchmarks and load tests only): `frameworks` x `criteria`
 * with values drawn from `random`, about 5% missing, every record valid and cited.
 */
export function syntheticDataset(frameworks: number, criteria: number, random: () => number): Dataset {
  const categories = Array.from({ length: 8 }, (_, k) => ({ slug: `category-${k + 1}`, name: `Category ${k + 1}`, description: "A synthetic category." }));
  const labels = [-2, -1, 0, 1, 2].map((value) => ({ value, label: `point ${value}` }));
  const criterionSlugs = [
    ...REQUIRED_CRITERIA,
    ...Array.from({ length: Math.max(0, criteria - REQUIRED_CRITERIA.length) }, (_, j) => `criterion-${j + 1}`),
  ].slice(0, Math.max(criteria, REQUIRED_CRITERIA.length));
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    sources: [{ ...STEPANOVA_2020 }],
    categories,
    actors: [
      { slug: "ir", name: "Iran", kind: "state", group: "gulf-littoral", worldPower: false },
      { slug: "us", name: "United States", kind: "state", group: "extra-regional", worldPower: true },
    ],
    criteria: criterionSlugs.map((slug, j) => ({
      slug,
      name: `Criterion ${j + 1}`,
      category: categories[j % categories.length]!.slug,
      description: "A synthetic criterion.",
      scale: { min: -2, max: 2, labels },
      direction: j % 5 === 4 ? "cost" : "benefit",
    })),
    frameworks: Array.from({ length: frameworks }, (_, i) => ({
      slug: `framework-${i + 1}`,
      name: `Synthetic framework ${i + 1}`,
      shortName: `F${i + 1}`,
      proposer: null,
      announced: null,
      summary: "A synthetic framework for benchmarks and load tests.",
      summaryCitations: [CITATION],
      status: null,
      statusEvidence: null,
      announcedCitations: [],
      lineage: [],
      aliases: [],
      participants: [{ actor: "ir", role: random() < 0.5 ? "member" : "excluded", rationale: "Synthetic role.", confidence: "low", citations: [CITATION] }],
      assessments: criterionSlugs.map((criterion) => ({
        criterion,
        value: random() < 0.05 ? null : Math.round(random() * 4) - 2,
        rationale: "Synthetic value for load tests.",
        confidence: "low",
        citations: [CITATION],
        contested: false,
        contestedNote: null,
      })),
    })),
  };
}
