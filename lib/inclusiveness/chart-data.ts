import type { Actor } from "../domain/actor";
import type { Criterion } from "../domain/criterion";
import type { Citation } from "../domain/citation";
import type { Framework } from "../domain/framework";
import { ACTOR_GROUPS, type ActorGroup, type Confidence, type Role } from "../domain/vocabulary";
import { inclusivenessIndex, type InclusivenessIndex } from "./inclusiveness-index";

export type RoleCell = { role: Role; rationale: string; confidence: Confidence; citations: Citation[] } | null;

export type RolesMatrix = {
  frameworks: Array<{ slug: string; shortName: string; hasRoles: boolean }>;
  groups: Array<{ group: ActorGroup; actors: Array<{ slug: string; name: string; cells: RoleCell[] }> }>;
};

/**
 * Actors down the side in their groups (littoral states, other regional actors, outside
 * powers and organisations), frameworks across, each cell the actor's role with its reasoning.
 * Actors that no shown framework gives a role are left out.
 */
export function rolesMatrix(frameworks: readonly Framework[], actors: readonly Actor[]): RolesMatrix {
  const cellsOf = (actor: string): RoleCell[] =>
    frameworks.map((f) => {
      const p = f.participants.find((x) => x.actor === actor);
      return p ? { role: p.role, rationale: p.rationale, confidence: p.confidence, citations: p.citations } : null;
    });
  return {
    frameworks: frameworks.map((f) => ({ slug: f.slug, shortName: f.shortName, hasRoles: f.participants.length > 0 })),
    groups: ACTOR_GROUPS.map((group) => ({
      group,
      actors: actors
        .filter((a) => a.group === group)
        .map((a) => ({ slug: a.slug, name: a.name, cells: cellsOf(a.slug) }))
        .filter((a) => a.cells.some((c) => c !== null)),
    })).filter((g) => g.actors.length > 0),
  };
}

export type IndexPoint = {
  slug: string;
  shortName: string;
  /** Share of the littoral states inside (leader, core or member), 0-1. */
  littoral: number;
  /** Share of the world powers inside or observing, 0-1. */
  worldPowers: number;
  index: InclusivenessIndex;
  targeted: string[];
  excluded: string[];
  quadrant: Quadrant;
};

export type Quadrant = "all-inclusive" | "regional" | "great-power" | "narrow";

/** Half of each axis divides the quadrants. */
export function quadrantOf(littoral: number, worldPowers: number): Quadrant {
  if (littoral >= 0.5) return worldPowers >= 0.5 ? "all-inclusive" : "regional";
  return worldPowers >= 0.5 ? "great-power" : "narrow";
}

/**
 * One point per framework for the inclusiveness chart, derived from the roles (issue 5): the
 * littoral share inside against the world powers' share inside or observing. A framework with
 * no roles at all has no point: it is listed in `noData` instead of sitting at (0, 0).
 */
export function inclusivenessPoints(frameworks: readonly Framework[], actors: readonly Actor[]): { points: IndexPoint[]; noData: string[] } {
  const names = new Map(actors.map((a) => [a.slug, a.name]));
  const points: IndexPoint[] = [];
  const noData: string[] = [];
  for (const f of frameworks) {
    if (f.participants.length === 0) {
      noData.push(f.slug);
      continue;
    }
    const index = inclusivenessIndex(f.participants, actors);
    const littoral = index.littoral.share ?? 0;
    const worldPowers = index.worldPowersEngaged.share ?? 0;
    const withRole = (role: Role) => f.participants.filter((p) => p.role === role).map((p) => names.get(p.actor) ?? p.actor);
    points.push({
      slug: f.slug,
      shortName: f.shortName,
      littoral,
      worldPowers,
      index,
      targeted: withRole("targeted"),
      excluded: withRole("excluded"),
      quadrant: quadrantOf(littoral, worldPowers),
    });
  }
  return { points, noData };
}

/** The stakeholders whose acceptability the source lets us assess, in DOMAIN.md's order. */
const ACCEPTABILITY_STAKEHOLDERS = [
  { criterion: "acceptability-ir", actor: "ir", name: "Iran" },
  { criterion: "acceptability-sa", actor: "sa", name: "Saudi Arabia" },
  { criterion: "acceptability-us", actor: "us", name: "United States" },
  { criterion: "acceptability-ru", actor: "ru", name: "Russia" },
  { criterion: "acceptability-cn", actor: "cn", name: "China" },
  { criterion: "acceptability-eu", actor: "eu", name: "European Union" },
  { criterion: "acceptability-in", actor: "in", name: "India" },
] as const;

export type AcceptabilityBar = {
  framework: string;
  shortName: string;
  value: number | null;
  label: string | null;
  /** Null where no assessment is recorded: the page says so in its language. */
  rationale: string | null;
  confidence: Confidence | null;
};

/** Per stakeholder, each framework's acceptability (-2..+2) with its rationale; null where the source is silent. */
export function acceptabilityPanels(
  frameworks: readonly Framework[],
  criteria: readonly Criterion[],
): Array<{ criterion: string; actor: string; stakeholder: string; bars: AcceptabilityBar[] }> {
  return ACCEPTABILITY_STAKEHOLDERS.filter((s) => criteria.some((c) => c.slug === s.criterion)).map((s) => {
    const criterion = criteria.find((c) => c.slug === s.criterion)!;
    return {
      criterion: s.criterion,
      actor: s.actor,
      stakeholder: s.name,
      bars: frameworks.map((f) => {
        const a = f.assessments.find((x) => x.criterion === s.criterion);
        const value = a?.value ?? null;
        return {
          framework: f.slug,
          shortName: f.shortName,
          value,
          label: value === null ? null : (criterion.scale.labels.find((l) => l.value === value)?.label ?? null),
          rationale: a?.rationale ?? null,
          confidence: a?.confidence ?? null,
        };
      }),
    };
  });
}

/**
 * Each framework's score per category under the current weights: the weighted mean of its
 * normalised values on that category's criteria (0-1), i.e. its contributions in the category
 * divided by the category's share of the weight. Null for a category with no weight.
 */
export function categoryProfiles(
  frameworks: readonly Framework[],
  criteria: readonly Criterion[],
  categories: ReadonlyArray<{ slug: string; name: string }>,
  normalisedWeights: readonly number[],
  contributions: Record<string, Record<string, number>>,
): Array<{ category: string; name: string; scores: Record<string, number | null> }> {
  return categories.map((cat) => {
    const members = criteria.map((c, j) => ({ c, w: normalisedWeights[j] ?? 0 })).filter((x) => x.c.category === cat.slug);
    const weight = members.reduce((sum, m) => sum + m.w, 0);
    return {
      category: cat.slug,
      name: cat.name,
      scores: Object.fromEntries(
        frameworks.map((f) => [f.slug, weight > 0 ? members.reduce((sum, m) => sum + (contributions[f.slug]?.[m.c.slug] ?? 0), 0) / weight : null]),
      ),
    };
  });
}
