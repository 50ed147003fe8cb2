import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import ru from "@/messages/ru.json";
import { frameworkCreateSchema, frameworkPatchSchema } from "@/lib/domain/framework-write";
import { assessmentWriteSchema } from "@/lib/domain/assessment-write";
import { participantWriteSchema } from "@/lib/domain/participant-write";
import { actorSchema } from "@/lib/domain/actor";
import { criterionSchema } from "@/lib/domain/criterion";
import { actorWriteSchema, criterionWriteSchema } from "@/lib/domain/vocabulary-write";
import { factsTextSchemas } from "@/lib/edit/framework-facts-text";
import { scenarioCreateSchema } from "@/lib/domain/scenario";
import { invitationsCreateSchema, panelCreateSchema, panelResponseWriteSchema } from "@/lib/domain/panel";
import { importSettingsSchema } from "@/lib/import/import-settings";
import { credentialsSchema } from "@/lib/domain/user";
import { preferenceSchema } from "@/lib/scoring/methods/promethee2";
import { sourceRevisionFieldsSchema, sourceUploadFieldsSchema } from "@/lib/domain/source-upload";
import { robustnessRequestSchema } from "@/lib/domain/robustness";
import { analyzeRequestSchema } from "@/lib/domain/analyze";
import { ahpRequestSchema } from "@/lib/domain/ahp";
import { formatIssues } from "@/lib/domain/format-issues";
import { customCodes, DERIVED_CODES, type IssueCode, issueCode, slugTakenMessage } from "@/lib/domain/issue-codes";
import "@/lib/domain/zod-messages";
import { refusalCode } from "@/lib/http/refusal-code";
import { STATUS_OF } from "@/lib/server/api/refusal-response";

const MESSAGES = { en, ar, fa, ru } as const;
const errorsOf = (locale: keyof typeof MESSAGES) => (MESSAGES[locale] as { errors: Record<string, string> }).errors;
const english = createTranslator({ locale: "en", messages: en, namespace: "errors" }) as unknown as (code: string, params?: object) => string;

const problem = { method: "wsm", alternatives: ["a", "b"], criteria: [{ id: "c", direction: "benefit" }], matrix: [[1], [2]] };
const robust = { ...problem, weightModel: "simplex", samples: 1000 };
const ANALYSIS_CASES: Array<[z.ZodType, unknown]> = [
  [robustnessRequestSchema, { ...robust, alternatives: ["__proto__"], criteria: [], samples: 100 }],
  [
    robustnessRequestSchema,
    {
      ...robust,
      alternatives: Array.from({ length: 201 }, (_, k) => `a${k}`),
      criteria: Array.from({ length: 101 }, (_, k) => ({ id: `c${k}`, direction: "benefit" })),
    },
  ],
  [
    robustnessRequestSchema,
    {
      ...robust,
      criteria: [
        {
          id: "c",
          direction: "benefit",
          rank: 0,
          valueFunction: {
            direction: "cost",
            points: [
              [0, 0],
              [2e12, 2],
            ],
          },
        },
      ],
    },
  ],
  [robustnessRequestSchema, { ...robust, criteria: [{ id: "c", direction: "benefit", valueFunction: { points: [[-2e12, -1]] } }] }],
  [
    robustnessRequestSchema,
    { ...robust, criteria: [{ id: "c", direction: "benefit", valueFunction: { points: Array.from({ length: 102 }, (_, k) => [k, 0]) } }] },
  ],
  [
    robustnessRequestSchema,
    {
      ...robust,
      criteria: [
        {
          id: "c",
          direction: "benefit",
          valueFunction: {
            points: [
              [1, 0],
              [0, 1],
            ],
          },
        },
      ],
    },
  ],
  [
    robustnessRequestSchema,
    {
      ...robust,
      alternatives: ["a", "a"],
      matrix: [[1]],
      method: "topsis",
      normalization: "none",
      criteria: [{ id: "c", direction: "benefit", preference: { type: "usual" }, rank: 1 }],
    },
  ],
  [
    robustnessRequestSchema,
    {
      ...robust,
      matrix: [[1], [2, 3]],
      weightModel: "intervals",
      criteria: [
        { id: "c", direction: "benefit", weightInterval: [0, 0] },
        { id: "d", direction: "benefit", weightInterval: [0, 0] },
      ],
    },
  ],
  [robustnessRequestSchema, { ...robust, weightModel: "ordinal" }],
  [
    robustnessRequestSchema,
    {
      ...robust,
      matrix: [
        [1, 1],
        [2, 2],
      ],
      weightModel: "intervals",
      criteria: [
        { id: "c", direction: "benefit", weightInterval: [2, 1] },
        { id: "d", direction: "benefit", weightInterval: [0, 1] },
      ],
    },
  ],
  [
    robustnessRequestSchema,
    {
      ...robust,
      samples: 200_000,
      alternatives: Array.from({ length: 100 }, (_, k) => `a${k}`),
      criteria: Array.from({ length: 10 }, (_, k) => ({ id: `c${k}`, direction: "benefit" })),
      matrix: Array.from({ length: 100 }, () => Array.from({ length: 10 }, () => 1)),
    },
  ],
  [analyzeRequestSchema, { ...problem, criteria: [{ id: "c", direction: "benefit", weight: 0 }] }],
  [ahpRequestSchema, { items: ["a"], comparisons: [[10]] }],
  [ahpRequestSchema, { items: Array.from({ length: 16 }, (_, k) => `i${k}`), comparisons: [[0.1]] }],
  [ahpRequestSchema, { items: ["a", "b"], comparisons: [[1, 2]] }],
  [ahpRequestSchema, { items: ["a", "b"], comparisons: [[1, 2], [1]] }],
  [
    ahpRequestSchema,
    {
      items: ["a", "b"],
      comparisons: [
        [2, 3],
        [0.5, 1],
      ],
    },
  ],
];

// Invalid inputs that reach every code the editors' forms can meet, derived or the schemas' own.
const citation = { document: "stepanova-2020", lineStart: 5, lineEnd: 2, quote: "ab" };
const CASES: Array<[z.ZodType, unknown]> = [
  [
    criterionWriteSchema,
    {
      name: "",
      category: "Not A Slug",
      description: "x".repeat(1001),
      scale: { min: 2, max: 0, labels: [{ value: 5, label: "x" }] },
      direction: "up",
      version: -1,
      reason: "a",
    },
  ],
  [
    criterionWriteSchema,
    {
      name: "n",
      category: "c",
      description: "d",
      scale: {
        min: 0,
        max: 500,
        labels: [
          { value: 0, label: "a" },
          { value: 0, label: "b" },
        ],
      },
      direction: "cost",
      version: 1.5,
      reason: "why not",
      extra: 1,
    },
  ],
  ...[{ "1": "x" }, { x: "y" }].map((scaleLabels): [z.ZodType, unknown] => [
    criterionSchema,
    {
      slug: "c",
      name: "n",
      category: "c",
      description: "d",
      scale: {
        min: 0,
        max: 2,
        labels: [
          { value: 0, label: "a" },
          { value: 2, label: "b" },
        ],
      },
      direction: "cost",
      translations: { ar: { scaleLabels } },
    },
  ]),
  [actorSchema, { slug: "turkey", name: "Turkey", kind: "state", group: "regional", worldPower: false }],
  [actorWriteSchema, { name: "A", kind: "state", group: "regional", worldPower: "yes", version: 0, reason: "because" }],
  [actorWriteSchema, { name: "A", kind: "state", group: "regional", version: 0, reason: "because" }],
  [
    assessmentWriteSchema,
    { value: 1, rationale: "short", confidence: "low", citations: [], contested: true, contestedNote: null, version: 0, reason: "why so" },
  ],
  [
    assessmentWriteSchema,
    {
      value: 1,
      rationale: "a rationale long enough",
      confidence: "low",
      citations: [{ ...citation, lineEnd: 99, revision: 0 }],
      contested: false,
      contestedNote: "too short",
      version: 0,
      reason: "why so",
    },
  ],
  [participantWriteSchema, { role: "member", rationale: "a rationale long enough", confidence: "low", citations: [citation], version: 0, reason: "why so" }],
  [
    frameworkCreateSchema,
    {
      slug: "new-one",
      name: "N",
      shortName: "N",
      proposer: null,
      announced: "2019-02-30",
      summary: "short",
      summaryCitations: [],
      status: null,
      statusEvidence: { rationale: "a rationale long enough", confidence: "low", citations: [citation] },
      announcedCitations: [citation],
      lineage: Array.from({ length: 51 }, () => ({ date: "2007", text: "short", citations: [] })),
      aliases: ["alias 1", "Alias 1"],
      reason: "why so",
    },
  ],
  [
    frameworkCreateSchema,
    {
      slug: "new-one",
      name: "N",
      shortName: "N",
      proposer: null,
      announced: null,
      summary: "a summary that is long enough",
      summaryCitations: [citation],
      status: "bid",
      statusEvidence: null,
      announcedCitations: [],
      lineage: [],
      aliases: [],
      reason: "why so",
    },
  ],
  [frameworkPatchSchema, { version: 1, reason: "why so", summary: 5 }],
  [z.object(factsTextSchemas), { statusEvidence: "{not json", announcedCitations: "", lineage: "", aliases: "" }],
  // The checks inside the JSON of a framework's status evidence and lineage, each with where it is inside.
  [
    z.object(factsTextSchemas),
    {
      statusEvidence: JSON.stringify({ rationale: "short", confidence: "sure", citations: [] }),
      announcedCitations: JSON.stringify([{ ...citation, lineEnd: 5 }]),
      lineage: JSON.stringify([{ date: "2007-02-30", text: "short", citations: [] }]),
      aliases: "",
    },
  ],
  // The forms beyond the editors': scenarios, panels, the importer's settings, sign-in and PROMETHEE II's thresholds.
  [
    scenarioCreateSchema,
    {
      title: "ab",
      rationale: "short",
      criterionWeights: {},
      categoryWeights: {},
      settings: {
        method: "wsm",
        missing: "mean",
        frameworks: [],
        preferences: Object.fromEntries(Array.from({ length: 201 }, (_, k) => [`c${k}`, { type: "usual" }])),
      },
    },
  ],
  [panelCreateSchema, { title: "", question: "why?", frameworks: ["a", "a"], aggregation: "arithmetic", anonymous: false }],
  [invitationsCreateSchema, { labels: ["", "x", "x"] }],
  [panelResponseWriteSchema, { weights: { viability: -1 } }],
  [importSettingsSchema, { mode: "apply", reason: "a" }],
  [importSettingsSchema, { mode: "apply", reason: "x".repeat(501), basis: "twelve" }],
  [credentialsSchema, { email: "someone@", password: "" }],
  // The source upload form (its file's own refusals: source-upload-codes.test.ts).
  [sourceUploadFieldsSchema, { mode: "draft", slug: "Not A Slug", title: "", author: "a", year: "99", url: "nope", language: "English", reason: "a" }],
  [sourceUploadFieldsSchema, { mode: "save", title: "t", author: "a", year: "1800" }],
  [sourceUploadFieldsSchema, { mode: "save", title: "t", author: "a", year: "2200", language: "en", reason: "x".repeat(501) }],
  [sourceRevisionFieldsSchema, { reason: 3 }],
  ...[
    { type: "linear", q: 3, p: 2 },
    { type: "vshape", p: 0 },
    { type: "ushape", q: -1 },
    { type: "gaussian", s: 3e12 },
    { type: "ushape", q: Number.POSITIVE_INFINITY },
  ].map((preference): [z.ZodType, unknown] => [preferenceSchema, preference]),
  // The analysis API's requests and the robustness panel's (its worker checks the same schema).
  ...ANALYSIS_CASES,
];
const issues = CASES.flatMap(([schema, input]) => schema.safeParse(input).error?.issues ?? []);

describe("zod issues as codes with parameters", () => {
  it("give every issue of the cases a code the messages know (the cases reach the codes below)", () => {
    const codes = new Set(issues.map((i) => issueCode(i).code));
    expect([...codes].filter((c) => !(c in errorsOf("en")))).toEqual([]);
    for (const code of [
      "empty",
      "stringTooLong",
      "required",
      "notOneOf",
      "unknownFields",
      "notWholeNumber",
      "orMore",
      "notSlug",
      "reasonTooShort",
      "maxNotAboveMin",
      "labelTwice",
      "needsCitation",
      "contestedNeedsNote",
      "notIsoCode",
      "notCalendarDay",
      "aliasTwice",
      "tooManyEntries",
      "statusNeedsEvidence",
      "notJson",
      "translatedPointUnlabelled",
      "invalidKey",
      "wrongType",
      "lineEndBeforeStart",
      "quoteTooShort",
      "needsTitle",
      "scenarioRationaleTooShort",
      "tooManyPreferences",
      "questionTooShort",
      "slugTwice",
      "needsLabel",
      "labelNamedTwice",
      "basisMissing",
      "basisNotNumber",
      "notEmail",
      "qAboveP",
      "mustBeAbove",
      "numberTooBig",
      "previewOrSave",
      "notYear",
      "yearFrom",
      "yearUntil",
      "notWebAddress",
      "languageMissing",
      "notLanguageTag",
      "sayWhyAdded",
      "notProto",
      "duplicateId",
      "tooFewAlternatives",
      "tooManyAlternatives",
      "tooFewCriteria",
      "tooManyCriteria",
      "matrixRows",
      "matrixRowValues",
      "normalizationNotTaken",
      "readByOtherMethods",
      "neededWithModel",
      "readWithOtherModel",
      "intervalReversed",
      "intervalsAllZero",
      "tooMuchWork",
      "weightsAllZero",
      "rankFromOne",
      "xTooSmall",
      "xTooBig",
      "vBelowZero",
      "vAboveOne",
      "tooFewPoints",
      "tooManyPoints",
      "pointsUnsorted",
      "directionOrPoints",
      "belowSaaty",
      "aboveSaaty",
      "tooFewItems",
      "tooManyItems",
      "comparisonRows",
      "comparisonsNotSquare",
      "diagonalNotOne",
      "notReciprocal",
      "notHistoryDate",
    ])
      expect(codes, code).toContain(code);
  });

  it("say each issue in English exactly as the API's message says it, from the code and its parameters", () => {
    // As useIssueText says it: where inside a field's JSON, then the issue.
    const page = ({ code, params }: IssueCode) => `${params?.inside === undefined ? "" : `${params.inside}: `}${english(code, params)}`;
    const mismatches = issues.map((i) => ({ api: i.message, page: page(issueCode(i)) })).filter(({ api, page }) => api !== page);
    expect(mismatches).toEqual([]);
    expect(english("slugTaken", { slug: "ir" })).toBe(slugTakenMessage("ir"));
  });

  it("have a message for every code in all four languages", () => {
    // The codes a check carries with its issue (codedIssue) are known once raised: those of the cases.
    const codes = [...new Set([...DERIVED_CODES, ...customCodes(), ...issues.map((i) => issueCode(i).code)])];
    expect(codes.length).toBeGreaterThan(40);
    for (const locale of ["en", "ar", "fa", "ru"] as const)
      expect(
        codes.filter((c) => !(c in errorsOf(locale))),
        locale,
      ).toEqual([]);
  });

  it("say a check inside a framework's JSON field by its own code, with where it is inside", () => {
    const inside = issues.filter((i) => issueCode(i).params?.inside !== undefined).map((i) => [i.message, issueCode(i)]);
    expect(inside).toEqual(
      expect.arrayContaining([
        ["rationale: needs a rationale of a sentence or two", { code: "rationaleTooShort", params: { inside: "rationale" } }],
        ["0.text: say what happened in a sentence", { code: "lineageTextTooShort", params: { inside: "0.text" } }],
      ]),
    );
    expect(inside.filter(([, c]) => (c as IssueCode).code === "invalid")).toEqual([]);
  });

  it("keep the parameters a sentence needs, so Arabic puts them in its own words", () => {
    const tooLong = criterionWriteSchema.safeParse({ name: "x".repeat(161) }).error!.issues.find((i) => i.path[0] === "name")!;
    expect(issueCode(tooLong)).toEqual({ code: "stringTooLong", params: { maximum: 160 } });
    const arabic = createTranslator({ locale: "ar-u-nu-arab", messages: ar, namespace: "errors" }) as unknown as (code: string, params?: object) => string;
    expect(arabic("stringTooLong", { maximum: 160 })).toBe("يجب ألّا يزيد على ١٦٠ حرفًا");
  });

  it("add the code and parameters to the API's issues, the English message and path unchanged", () => {
    const parsed = actorWriteSchema.safeParse({ name: "", kind: "state", group: "regional", worldPower: false, version: 0, reason: "a" });
    expect(formatIssues(parsed.error!.issues)).toEqual([
      { path: "name", message: "must not be empty", code: "empty" },
      { path: "reason", message: "say why in a few words", code: "reasonTooShort" },
    ]);
  });

  it("give an issue no code knows the code invalid (a page then shows its English)", () => {
    expect(issueCode({ message: "some check of its own", code: "custom" } as never)).toEqual({ code: "invalid" });
  });

  it("never give a schema's own sentence the code of zod's issue under it: that would say something else in another language", () => {
    const own = z.object({ basis: z.string({ error: "is required: send the basis the preview returned" }) });
    const [issue] = own.safeParse({}).error!.issues;
    expect(issue!.code).toBe("invalid_type");
    expect(issueCode(issue!)).toEqual({ code: "invalid" });
    // In zod's own words the same issue has its code.
    const [plain] = z.object({ basis: z.string() }).safeParse({ basis: 3 }).error!.issues;
    expect(issueCode(plain!)).toEqual({ code: "wrongType", params: { expected: "string" } });
  });
});

describe("a refused write as a code", () => {
  const refusalsOf = (locale: keyof typeof MESSAGES) => (MESSAGES[locale] as unknown as { refusals: Record<string, string> }).refusals;

  it("has a code for every problem an operation refuses with, as the API's status carries it", () => {
    const codes = Object.entries(STATUS_OF).map(([problem, status]) => [problem, refusalCode(status)]);
    expect(codes).toEqual([
      ["invalid", "invalid"],
      ["forbidden", "forbidden"],
      ["not-found", "notFound"],
      ["conflict", "conflict"],
      ["too-large", "tooLarge"],
    ]);
  });

  it("tells a refusal that names fields from one that does not, and has none for a status it cannot word", () => {
    expect(refusalCode(400, 2)).toBe("invalidFields");
    expect(refusalCode(401)).toBe("signedOut");
    expect(refusalCode(429)).toBe("tooMany");
    expect(refusalCode(500)).toBeNull();
    expect(refusalCode(503)).toBeNull();
  });

  it("says every code in all four languages", () => {
    const codes = [...new Set([400, 401, 403, 404, 409, 413, 415, 429].flatMap((s) => [refusalCode(s), refusalCode(s, 1)]))];
    expect(codes).toHaveLength(8);
    for (const locale of ["en", "ar", "fa", "ru"] as const)
      expect(
        codes.filter((c) => !(c! in refusalsOf(locale))),
        locale,
      ).toEqual([]);
  });
});
