import type { Dataset } from "./dataset";

/** Counts a reviewer wants to see at a glance. */
export function summariseDataset(d: Dataset) {
  const assessments = d.frameworks.flatMap((f) => f.assessments);
  return {
    frameworks: d.frameworks.length,
    actors: d.actors.length,
    categories: d.categories.length,
    criteria: d.criteria.length,
    participations: d.frameworks.reduce((n, f) => n + f.participants.length, 0),
    assessments: assessments.length,
    nullValues: assessments.filter((a) => a.value === null).length,
  };
}
