import type { Dataset } from "../domain/dataset";

export type EntityDiff = { added: string[]; changed: string[]; removed: string[] };
export type DatasetDiff = {
  sources: EntityDiff;
  categories: EntityDiff;
  actors: EntityDiff;
  criteria: EntityDiff;
  frameworks: EntityDiff;
  /** "framework/criterion" keys whose value, rationale, confidence or citations differ. */
  assessments: EntityDiff;
  /** "framework/actor" keys whose role, rationale, confidence or citations differ. */
  participants: EntityDiff;
};

function diffBy<T>(
  current: readonly T[],
  incoming: readonly T[],
  key: (x: T) => string,
  same: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): EntityDiff {
  const before = new Map(current.map((x) => [key(x), x]));
  const after = new Map(incoming.map((x) => [key(x), x]));
  return {
    added: [...after.keys()].filter((k) => !before.has(k)),
    changed: [...after.entries()].filter(([k, x]) => before.has(k) && !same(before.get(k)!, x)).map(([k]) => k),
    removed: [...before.keys()].filter((k) => !after.has(k)),
  };
}

/** What importing `incoming` would add, change and remove, record by record. */
export function diffDatasets(current: Dataset, incoming: Dataset): DatasetDiff {
  const frameworkShell = (f: Dataset["frameworks"][number]) => ({ ...f, participants: undefined, assessments: undefined });
  const flat = <T>(d: Dataset, pick: (f: Dataset["frameworks"][number]) => Array<T & { key: string }>) => d.frameworks.flatMap(pick);
  const assessments = (d: Dataset) => flat(d, (f) => f.assessments.map((a) => ({ ...a, key: `${f.slug}/${a.criterion}` })));
  const participants = (d: Dataset) => flat(d, (f) => f.participants.map((p) => ({ ...p, key: `${f.slug}/${p.actor}` })));
  return {
    sources: diffBy(current.sources, incoming.sources, (s) => s.slug),
    categories: diffBy(current.categories, incoming.categories, (c) => c.slug),
    actors: diffBy(current.actors, incoming.actors, (a) => a.slug),
    criteria: diffBy(current.criteria, incoming.criteria, (c) => c.slug),
    frameworks: diffBy(
      current.frameworks,
      incoming.frameworks,
      (f) => f.slug,
      (a, b) => JSON.stringify(frameworkShell(a)) === JSON.stringify(frameworkShell(b)),
    ),
    assessments: diffBy(assessments(current), assessments(incoming), (a) => a.key),
    participants: diffBy(participants(current), participants(incoming), (p) => p.key),
  };
}
