import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { diffDatasets } from "@/lib/import/diff-dataset";
import { seededRandom } from "@/lib/random";

const current = syntheticDataset(3, 12, seededRandom(3));
const none = { added: [], changed: [], removed: [] };

describe("diffDatasets", () => {
  it("finds nothing between a dataset and its copy", () => {
    expect(diffDatasets(current, structuredClone(current))).toEqual({
      sources: none,
      categories: none,
      actors: none,
      criteria: none,
      frameworks: none,
      assessments: none,
      participants: none,
    });
  });

  it("names a changed assessment by framework and criterion, without calling its framework changed", () => {
    const incoming = structuredClone(current);
    const cell = incoming.frameworks[1]!.assessments[2]!;
    cell.rationale = `${cell.rationale} Revised.`;
    const diff = diffDatasets(current, incoming);
    expect(diff.assessments).toEqual({ added: [], changed: [`framework-2/${cell.criterion}`], removed: [] });
    expect(diff.frameworks).toEqual(none);
  });

  it("names a framework's own change apart from its records, and a participant by framework and actor", () => {
    const incoming = structuredClone(current);
    incoming.frameworks[0]!.summary = "A different summary.";
    const role = incoming.frameworks[2]!.participants[0]!;
    role.role = role.role === "member" ? "observer" : "member";
    const diff = diffDatasets(current, incoming);
    expect(diff.frameworks.changed).toEqual(["framework-1"]);
    expect(diff.participants.changed).toEqual([`framework-3/${role.actor}`]);
    expect(diff.assessments).toEqual(none);
  });

  it("counts a framework added and one removed with all their records, and vocabulary added or removed", () => {
    const incoming = structuredClone(current);
    const removed = incoming.frameworks.pop()!;
    incoming.frameworks.push({ ...structuredClone(removed), slug: "framework-new" });
    incoming.actors = incoming.actors.filter((a) => a.slug !== "us");
    incoming.categories.push({ slug: "category-new", name: "New", description: "A new category." });
    const diff = diffDatasets(current, incoming);
    expect(diff.frameworks).toEqual({ added: ["framework-new"], changed: [], removed: ["framework-3"] });
    expect(diff.assessments.added).toHaveLength(removed.assessments.length);
    expect(diff.assessments.removed).toEqual(removed.assessments.map((a) => `framework-3/${a.criterion}`));
    expect(diff.participants.added).toEqual(removed.participants.map((p) => `framework-new/${p.actor}`));
    expect(diff.actors.removed).toEqual(["us"]);
    expect(diff.categories.added).toEqual(["category-new"]);
  });
});
