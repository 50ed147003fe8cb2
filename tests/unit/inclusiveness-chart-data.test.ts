import { describe, expect, it } from "vitest";
import { buildComparison } from "@/lib/compare/build-comparison";
import { acceptabilityPanels, categoryProfiles, inclusivenessPoints, quadrantOf, rolesMatrix } from "@/lib/inclusiveness/chart-data";
import { rolesMatrixSvg } from "@/lib/inclusiveness/roles-matrix-svg";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";

const dataset = loadDatasetFile();
const { frameworks, actors, criteria, categories } = dataset;
const bySlug = (slug: string) => frameworks.find((f) => f.slug === slug)!;

describe("inclusiveness points (from the roles of the seeded data)", () => {
  const { points, noData } = inclusivenessPoints(frameworks, actors);
  const point = (slug: string) => points.find((p) => p.slug === slug)!;

  it("places the Russian concept with every littoral state inside and all five world powers observing", () => {
    expect(point("russia-gulf-concept")).toMatchObject({ littoral: 1, worldPowers: 1, quadrant: "all-inclusive" });
    expect(point("russia-gulf-concept").index.worldPowersInside.inside).toBe(0);
  });

  it("puts HOPE and the GCC idea on the regional side, and the US-led blocs with Iran targeted", () => {
    expect(point("hope")).toMatchObject({ littoral: 7 / 8, worldPowers: 0, quadrant: "regional" }); // Iraq has no role in HOPE (docs/data-notes.md)
    expect(point("gcc-centric")).toMatchObject({ littoral: 6 / 8, quadrant: "regional", excluded: ["Iran"] });
    expect(point("arab-nato")).toMatchObject({ littoral: 6 / 8, worldPowers: 1 / 5, targeted: ["Iran"] });
    expect(point("imsi")).toMatchObject({ littoral: 0, worldPowers: 1 / 5, quadrant: "narrow", targeted: ["Iran"] });
    expect(noData).toEqual([]);
  });

  it("gives a framework without roles no point, and says so", () => {
    const empty = { ...bySlug("hope"), slug: "empty", participants: [] };
    expect(inclusivenessPoints([empty], actors)).toEqual({ points: [], noData: ["empty"] });
  });

  it("splits the quadrants at half of each axis", () => {
    expect([quadrantOf(0.5, 0.5), quadrantOf(0.5, 0.49), quadrantOf(0.49, 0.5), quadrantOf(0, 0)]).toEqual([
      "all-inclusive",
      "regional",
      "great-power",
      "narrow",
    ]);
  });
});

describe("roles matrix", () => {
  const matrix = rolesMatrix(frameworks, actors);
  it("groups actors with a role, littoral states first, one cell per framework", () => {
    expect(matrix.groups.map((g) => g.group)).toEqual(["gulf-littoral", "regional", "extra-regional"]);
    expect(matrix.groups[0]!.actors.map((a) => a.slug)).toEqual(["ir", "iq", "sa", "ae", "qa", "kw", "bh", "om"]);
    const cells = matrix.groups.flatMap((g) => g.actors.flatMap((a) => a.cells.filter(Boolean)));
    expect(cells).toHaveLength(frameworks.reduce((n, f) => n + f.participants.length, 0));
    const iran = matrix.groups[0]!.actors[0]!.cells.map((c) => c?.role);
    expect(iran).toEqual(["member", "member", "excluded", "targeted", "targeted"]);
  });

  it("drops actors without any role and marks frameworks without roles", () => {
    expect(matrix.groups.flatMap((g) => g.actors.map((a) => a.slug))).not.toContain("il");
    const none = rolesMatrix([{ ...bySlug("hope"), participants: [] }], actors);
    expect(none.frameworks[0]!.hasRoles).toBe(false);
    expect(none.groups).toEqual([]);
  });

  it("renders as a standalone SVG with every role in words", () => {
    const svg = rolesMatrixSvg(matrix, "Roles & <test>");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("Roles &amp; &lt;test&gt;");
    expect(svg.match(/>Targeted</g)).toHaveLength(2);
    expect(svg.match(/>Observer</g)).toHaveLength(5);
  });
});

describe("acceptability panels", () => {
  const panels = acceptabilityPanels(frameworks, criteria);
  it("has the six stakeholders of DOMAIN.md and India, each framework once, null where the source is silent", () => {
    expect(panels.map((p) => p.stakeholder)).toEqual(["Iran", "Saudi Arabia", "United States", "Russia", "China", "European Union", "India"]);
    expect(panels.every((p) => p.bars.length === frameworks.length)).toBe(true);
    const iran = panels[0]!.bars.map((b) => [b.framework, b.value]);
    expect(iran).toEqual(frameworks.map((f) => [f.slug, f.assessments.find((a) => a.criterion === "acceptability-ir")!.value]));
    expect(panels.flatMap((p) => p.bars).filter((b) => b.value === null)).toHaveLength(17);
    expect(panels[0]!.bars.every((b) => b.rationale!.length > 10)).toBe(true);
  });

  it("gives no rationale where no assessment is recorded (a page says so in its language)", () => {
    const without = frameworks.map((f) => ({ ...f, assessments: f.assessments.filter((a) => a.criterion !== "acceptability-ir") }));
    const iran = acceptabilityPanels(without, criteria)[0]!;
    expect(iran.bars.every((b) => b.rationale === null && b.value === null)).toBe(true);
  });
});

describe("category profiles", () => {
  it("is each framework's weighted mean of normalised values per category, 0 to 1", () => {
    const weights = resolveWeights(
      criteria,
      categories.map((c) => c.slug),
      undefined,
      { criterion: {}, category: {} },
    );
    const c = buildComparison({ frameworks, criteria, weights, method: "wsm", missing: "mean" });
    const profiles = categoryProfiles(frameworks, criteria, categories, c.weights.normalised!, c.contributions);
    expect(profiles.map((p) => p.category)).toEqual(categories.map((x) => x.slug));
    for (const p of profiles) for (const v of Object.values(p.scores)) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1 + 1e-12);
    // Equal weights: each category's share times its profile, summed, is the score.
    const share = new Map(categories.map((cat) => [cat.slug, criteria.filter((x) => x.category === cat.slug).length / criteria.length]));
    for (const r of c.ranking) {
      const total = profiles.reduce((sum, p) => sum + share.get(p.category)! * p.scores[r.slug]!, 0);
      expect(total).toBeCloseTo(r.score, 12);
    }
  });

  it("has no score for a category without weight", () => {
    const weights = resolveWeights(
      criteria,
      categories.map((c) => c.slug),
      undefined,
      { criterion: {}, category: { iran: 0 } },
    );
    const c = buildComparison({ frameworks, criteria, weights, method: "wsm", missing: "mean" });
    const iran = categoryProfiles(frameworks, criteria, categories, c.weights.normalised!, c.contributions).find((p) => p.category === "iran")!;
    expect(Object.values(iran.scores).every((v) => v === null)).toBe(true);
  });
});
