import { describe, expect, it } from "vitest";
import { datasetSchema } from "@/lib/domain/dataset";
import { parseDataset } from "@/lib/domain/load-dataset";
import { miniDataset } from "../fixtures/mini-dataset";

function problems(mutate: (d: ReturnType<typeof miniDataset>) => void) {
  const d = miniDataset();
  mutate(d);
  const result = parseDataset(d);
  if (result.ok) throw new Error("expected the dataset to be refused");
  return result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("datasetSchema", () => {
  it("accepts a valid dataset and applies defaults", () => {
    const parsed = datasetSchema.parse(miniDataset());
    expect(parsed.frameworks).toHaveLength(2);
    expect(parsed.actors[0]!.worldPower).toBe(false);
  });

  it("names the framework, the criterion and the field of an off-scale value", () => {
    expect(problems((d) => (d.frameworks[1]!.assessments[0]!.value = 3))).toContain(
      'frameworks[hope].assessments[acceptability-ir].value: 3 is outside the scale -2..2 of "acceptability-ir"',
    );
  });

  it("refuses an unknown role with the participant's path", () => {
    const found = problems((d) => ((d.frameworks[1]!.participants[0] as { role: string }).role = "boss"));
    expect(found.some((p) => p.startsWith("frameworks[hope].participants[ir].role:"))).toBe(true);
  });

  it("refuses references to unknown actors, criteria, categories and documents", () => {
    const found = problems((d) => {
      d.frameworks[0]!.participants[0]!.actor = "xx";
      d.frameworks[0]!.proposer = "zz";
      d.criteria[0]!.category = "nowhere";
      d.frameworks[1]!.summaryCitations[0] = { ...d.frameworks[1]!.summaryCitations[0]!, document: "other-paper" };
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'frameworks[russia-gulf-concept].participants[xx].actor: unknown actor "xx"',
        'frameworks[russia-gulf-concept].proposer: unknown actor "zz"',
        'criteria[acceptability-ir].category: unknown category "nowhere"',
        'frameworks[hope].summaryCitations[0].document: unknown source document "other-paper"',
      ]),
    );
  });

  it("requires every framework to be assessed on every criterion, null where the source is silent", () => {
    expect(problems((d) => d.frameworks[0]!.assessments.pop())).toContain(
      'frameworks[russia-gulf-concept].assessments: no assessment for criterion "foreign-military-presence" (use value null where the source is silent)',
    );
  });

  it("refuses duplicate slugs and twice-assessed criteria", () => {
    const found = problems((d) => {
      d.actors.push({ ...d.actors[0]! });
      d.frameworks[1]!.assessments.push({ ...d.frameworks[1]!.assessments[0]! });
    });
    expect(found).toContain('actors[ir].slug: slug "ir" is used twice');
    expect(found.some((p) => p.includes('"acceptability-ir" assessed twice'))).toBe(true);
  });

  it("requires the DOMAIN.md criteria, each on -2..+2", () => {
    expect(problems((d) => d.criteria.splice(6, 1)).join("\n")).toContain('required criterion "stance-toward-iran" is missing');
    expect(
      problems(
        (d) =>
          (d.criteria[0]!.scale = {
            min: 0,
            max: 2,
            labels: [
              { value: 0, label: "a" },
              { value: 2, label: "b" },
            ],
          }),
      ),
    ).toContain('criteria[acceptability-ir].scale: required criterion "acceptability-ir" must be on the scale -2..+2');
  });

  it("refuses an assessment or role without rationale or citation", () => {
    const found = problems((d) => {
      d.frameworks[0]!.assessments[1]!.citations = [];
      d.frameworks[0]!.participants[0]!.rationale = "";
    });
    expect(found).toContain("frameworks[russia-gulf-concept].assessments[acceptability-sa].citations: needs at least one citation");
    expect(found.some((p) => p.startsWith("frameworks[russia-gulf-concept].participants[us].rationale:"))).toBe(true);
  });

  it("refuses inverted and over-long citation spans", () => {
    const found = problems((d) => {
      d.frameworks[0]!.summaryCitations[0] = { ...d.frameworks[0]!.summaryCitations[0]!, lineStart: 900, lineEnd: 890 };
      d.frameworks[1]!.summaryCitations[0] = { ...d.frameworks[1]!.summaryCitations[0]!, lineStart: 800, lineEnd: 860 };
    });
    expect(found).toContain("frameworks[russia-gulf-concept].summaryCitations[0].lineEnd: lineEnd must not be before lineStart");
    expect(found).toContain("frameworks[hope].summaryCitations[0].lineEnd: must span at most 40 lines (one passage)");
  });

  it("refuses a state slug that is not an ISO code, and a bad announced date", () => {
    const found = problems((d) => {
      d.actors[0]!.slug = "iran";
      d.frameworks[0]!.announced = "July 2019";
    });
    expect(found).toContain("actors[iran].slug: a state's slug must be its ISO 3166-1 alpha-2 code in lower case");
    expect(found).toContain('frameworks[russia-gulf-concept].announced: must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
  });
});
