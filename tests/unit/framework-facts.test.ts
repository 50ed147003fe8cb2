import { describe, expect, it } from "vitest";
import { miniDataset } from "../fixtures/mini-dataset";
import { datasetSchema, DATASET_SCHEMA_VERSION } from "@/lib/domain/dataset";
import { datePrecision, formatDate, historyDateSchema } from "@/lib/domain/dates";
import { factProblems, aliasesSchema } from "@/lib/domain/framework-facts";
import { foldForSearch, frameworkMatches } from "@/lib/domain/framework-search";
import { announcedSchema } from "@/lib/domain/vocabulary";
import { factsFromText, factsTextSchemas, factsToText } from "@/lib/edit/framework-facts-text";
import { inclusivenessIndex } from "@/lib/inclusiveness/inclusiveness-index";

describe("dates with their precision", () => {
  it("reads the precision from the form and shows a date as exact as it is", () => {
    expect(["2019-07-23", "2019-07", "2019", "1990s"].map(datePrecision)).toEqual(["day", "month", "year", "decade"]);
    expect(["2019-07-23", "2019-09", "2007", "1990s"].map(formatDate)).toEqual(["23 July 2019", "September 2019", "2007", "the 1990s"]);
  });
  it("takes a day only if the calendar has it, and a decade only in a history", () => {
    expect(announcedSchema.safeParse("2019-07-23").success).toBe(true);
    expect(announcedSchema.safeParse("2019-02-30").success).toBe(false);
    expect(announcedSchema.safeParse("2019-7-23").success).toBe(false);
    expect(announcedSchema.safeParse("1990s").success).toBe(false);
    expect(historyDateSchema.safeParse("1990s").success).toBe(true);
    expect(historyDateSchema.safeParse("1995s").success).toBe(false);
  });
});

describe("search by name or alias", () => {
  const imsi = {
    slug: "imsi",
    name: "International Maritime Security Initiative",
    shortName: "IMSI",
    aliases: ["International Maritime Security Construct", "IMSC"],
  };
  it("finds a framework by any of its names, case, accents and punctuation aside", () => {
    expect(frameworkMatches(imsi, "imsc")).toBe(true);
    expect(frameworkMatches(imsi, "maritime security construct")).toBe(true);
    expect(frameworkMatches(imsi, "")).toBe(true);
    expect(frameworkMatches(imsi, "Arab NATO")).toBe(false);
    expect(foldForSearch("“Arab NATO”")).toBe("arab nato");
    expect(foldForSearch("Sécurité-Golfe")).toBe("securite golfe");
  });
  it("finds it by its name in another interface language, with or without the Arabic vowel marks", () => {
    const hope = {
      slug: "hope",
      name: "Coalition for HOPE",
      shortName: "HOPE",
      aliases: [],
      translations: { ar: { name: "مبادرة هرمز للسلام" }, ru: { shortName: "Ормузская инициатива" } },
    };
    expect(frameworkMatches(hope, "هرمز")).toBe(true);
    expect(frameworkMatches(hope, "هُرْمُز")).toBe(true);
    expect(frameworkMatches(hope, "ормузская")).toBe(true);
    expect(frameworkMatches(hope, "خلیج فارس")).toBe(false);
  });
  it("refuses an alias listed twice", () => {
    expect(aliasesSchema.safeParse(["IMSC", "imsc"]).success).toBe(false);
  });
});

describe("a status needs its evidence", () => {
  it("names the missing half", () => {
    expect(factProblems({ status: "bid", statusEvidence: null })).toEqual([{ path: "statusEvidence", message: expect.any(String) }]);
    expect(factProblems({ status: null, statusEvidence: { rationale: "A rationale here.", confidence: "low", citations: [] } })[0]!.path).toBe("status");
    expect(factProblems({ announced: null, announcedCitations: [{}] })[0]!.path).toBe("announcedCitations");
    expect(factProblems({ status: null, statusEvidence: null, announced: "2019", announcedCitations: [] })).toEqual([]);
  });
});

describe("dataset schema versions", () => {
  it("reads a version-1 file as the current version, the new fields empty", () => {
    const parsed = datasetSchema.parse({ ...miniDataset(), schemaVersion: 1 });
    expect(parsed.schemaVersion).toBe(DATASET_SCHEMA_VERSION);
    expect(parsed.frameworks[0]).toMatchObject({ status: null, statusEvidence: null, announcedCitations: [], lineage: [], aliases: [] });
    expect(datasetSchema.safeParse({ ...miniDataset(), schemaVersion: DATASET_SCHEMA_VERSION + 1 }).success).toBe(false);
  });
});

describe("the mediator role", () => {
  const actors = [
    { slug: "iq", name: "Iraq", kind: "state" as const, group: "gulf-littoral" as const, worldPower: false },
    { slug: "ru", name: "Russia", kind: "state" as const, group: "extra-regional" as const, worldPower: true },
  ];
  it("engages a world power like an observer, and leaves a littoral state outside", () => {
    const index = inclusivenessIndex(
      [
        { actor: "iq", role: "mediator" },
        { actor: "ru", role: "mediator" },
      ],
      actors,
    );
    expect(index.littoral.inside).toBe(0);
    expect(index.worldPowersInside.inside).toBe(0);
    expect(index.worldPowersEngaged.inside).toBe(1);
  });
});

describe("the framework form's text fields", () => {
  const facts = {
    statusEvidence: {
      rationale: "A bid, as the paper says.",
      confidence: "high" as const,
      citations: [{ document: "d", lineStart: 1, lineEnd: 1, quote: "a bid" }],
    },
    announcedCitations: [],
    lineage: [{ date: "2007", text: "An earlier proposal of the same kind.", citations: [{ document: "d", lineStart: 2, lineEnd: 2, quote: "in 2007" }] }],
    aliases: ["Arab NATO", "MESA"],
  };
  it("round-trips the structures through text, and checks the text with the API's schemas", () => {
    const text = factsToText(facts);
    expect(text.aliases).toBe("Arab NATO\nMESA");
    expect(factsFromText(text)).toEqual(facts);
    expect(factsTextSchemas.lineage.safeParse("[{").success).toBe(false);
    expect(factsTextSchemas.lineage.safeParse('[{"date": "July", "text": "x", "citations": []}]').success).toBe(false);
    expect(factsTextSchemas.aliases.safeParse("IMSC\nimsc").success).toBe(false);
    expect(factsTextSchemas.statusEvidence.safeParse("").success).toBe(true);
  });
});
