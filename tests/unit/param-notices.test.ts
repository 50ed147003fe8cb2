import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import ru from "@/messages/ru.json";
import { checkAssumptions } from "@/lib/compare/assumptions";
import { sheetWords } from "@/lib/export/sheet-words";
import { formattingLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { answersFor, parsePairwiseAnswers } from "@/lib/pairwise/pairwise-answers";
import type { PairwiseMatrix } from "@/lib/pairwise/pairwise-structure";
import { describeInvalidParams } from "@/lib/url-state/describe-invalid-params";
import { noticeInEnglish, PARAM_NOTICE_CODES, type ParamNotice } from "@/lib/url-state/param-notice";

const MESSAGES = { en, ar, fa, ru } as const;

const known = {
  criteria: new Set(["a", "b"]),
  categories: new Set(["x"]),
  frameworks: new Set(["hope", "imsi"]),
  presets: new Set(["equal"]),
  scenarios: new Set(["my-view"]),
  sources: new Set(["stepanova-2020"]),
  scales: new Map([
    ["a", { min: 0, max: 2 }],
    ["b", { min: -2, max: 2 }],
  ]),
};
const many = (n: number, entry: string) => Array.from({ length: n }, () => entry).join(",");
const fromLink = (query: string) => {
  const params = new URLSearchParams(query);
  return describeInvalidParams((key) => params.get(key), known);
};

// Notices from real calls, with the sentences these calls printed before the notices were codes.
const CASES: Array<[string, ParamNotice[], string[]]> = [
  [
    "the link's slugs, weights and choices",
    fromLink("preset=nope&scenario=gone&source=a-leaflet&sv=0&w=zz:5,b:500,bad&cw=Q&method=ahp&fw=ghost&sort=imsi:sideways"),
    [
      'Ignored preset: "nope" is not a known preset.',
      'Ignored scenario: "gone" is not a saved scenario.',
      'Ignored source: "a-leaflet" is not a known source; every value is shown.',
      'Ignored sv: "0" is not a scenario version (a whole number from 1).',
      'Ignored w: "zz" is not a known criterion.',
      'Ignored w: the weight of "b" must be a number from 0 to 100, not "500".',
      'Ignored w: "bad" is not of the form criterion:weight.',
      'Ignored cw: "Q" is not of the form category:weight.',
      'Ignored method: "ahp" is not one of wsm, topsis, promethee2.',
      'Ignored fw: "ghost" is not a known framework.',
      'Ignored sort: "imsi:sideways" is not of the form name:asc or name:desc.',
    ],
  ],
  [
    "own values, preference and value functions, robustness, sort",
    fromLink("sort=ghost:asc&cat=q&assume=hope:3&pf=a:linear:2:1&vf=a:sideways,a:-1=0;5=1&seed=-1"),
    [
      'Ignored cat: "q" is not a known category.',
      'Ignored assume: "hope:3" is not of the form framework.criterion:value (a whole number).',
      'Ignored pf: "a:linear:2:1" is not of the form criterion:function (usual, ushape, vshape, level, linear, gaussian), then its thresholds: ushape:q, vshape:p, level:q:p, linear:q:p, gaussian:s (q no more than p, p and s above 0).',
      `Ignored vf: "a:sideways" is not of the form criterion:benefit, criterion:cost or criterion:x=v;x=v;... (x on the criterion's scale, ascending; v from 0 to 1).`,
      'Ignored vf: the value function of "a" has x = -1, 5 is off the scale 0 to 2.',
      'Ignored seed: "-1" is not a whole number from 0 to 4294967295.',
      'Ignored sort: "ghost" is not a known framework or criterion.',
    ],
  ],
  [
    "too many entries, and pairwise answers",
    fromLink(`assume=${many(201, "hope.a:1")}&pf=${many(201, "a:usual")}&vf=${many(201, "a:cost")}&ahp=_:0,x:3,x:5`),
    [
      "Ignored assume: a link holds at most 200 of your own values.",
      "Ignored pf: a link holds at most 200 preference functions.",
      "Ignored vf: a link holds at most 200 value functions.",
      'Ignored ahp: "_:0" is not of the form matrix:judgements (such as _:3-51).',
      'Ignored ahp: the answers for "x" are given twice; the first are kept.',
    ],
  ],
  ["answers too long", fromLink(`ahp=${"_:3".repeat(9000)}`), ["Ignored ahp: longer than 24000 characters."]],
  [
    "own values the data refuses",
    checkAssumptions(
      [
        { framework: "ghost", criterion: "a", value: 1 },
        { framework: "hope", criterion: "zz", value: 1 },
        { framework: "hope", criterion: "a", value: 1 },
        { framework: "imsi", criterion: "a", value: -1 },
      ],
      { row: (f) => ["hope", "imsi"].indexOf(f), column: (c) => ["a", "b"].indexOf(c), value: (row, column) => (row === 0 && column === 0 ? 1 : null) },
      [...known.scales].map(([slug, scale]) => ({ slug, scale: { ...scale, labels: [] } })),
    ).ignored,
    [
      'Ignored your value for ghost.a: "ghost" is not a known framework.',
      'Ignored your value for hope.zz: "zz" is not a known criterion.',
      "Ignored your value for hope.a: the source gives a value there; your own value is only for cells where it is silent.",
      "Ignored your value for imsi.a: -1 is off the criterion's scale (0 to 2).",
    ],
  ],
  [
    "answers that do not fit the questionnaire",
    answersFor(
      [
        { key: "_", title: "Categories", items: [{ slug: "x" }, { slug: "y" }, { slug: "z" }], askable: true },
        { key: "law", title: "Law", items: [{ slug: "l" }], askable: false },
        { key: "security", title: "Security", items: [{ slug: "s" }, { slug: "t" }], askable: true },
      ] as unknown as PairwiseMatrix[],
      parsePairwiseAnswers("_:3,law:3,security:35").answers,
    ).ignored,
    [
      "Ignored ahp: 1 answer for the categories, which has 3 items and so 3 pairs.",
      'Ignored ahp: "law" is not a category whose criteria are compared in pairs here.',
      'Ignored ahp: 2 answers for "security", which has 2 items and so 1 pairs.',
    ],
  ],
];
const NOTICES = CASES.flatMap(([, notices]) => notices);

type Markup = (key: string, values: Record<string, unknown>) => string;
/** A language's messages as the page says them (its digits), tags marked so that a test can see them. */
const said = (locale: Locale, digits: "native" | "latn" = "native") => {
  const t = createTranslator({ locale: formattingLocale(locale, digits), messages: MESSAGES[locale], namespace: "paramNotices" });
  return ({ code, params }: ParamNotice, tags = { code: (c: string) => c, typed: (c: string) => c }) =>
    (t.markup as unknown as Markup)(code, { ...params, ...tags });
};

describe("the notices of a link's ignored settings", () => {
  it.each(CASES)("say in English exactly what they said before they were codes: %s", (_, notices, sentences) => {
    expect(notices.map(noticeInEnglish)).toEqual(sentences);
  });

  it("come from calls that reach every code and every kind of thing a notice names", () => {
    expect(new Set(NOTICES.map((n) => n.code))).toEqual(new Set(PARAM_NOTICE_CODES));
    const kinds = (code: string) => new Set(NOTICES.flatMap((n) => (n.code === code && "what" in n.params ? [n.params.what] : [])));
    expect(kinds("unknownSlug")).toEqual(new Set(["criterion", "category", "framework", "preset", "frameworkOrCriterion"]));
    expect(kinds("tooMany")).toEqual(new Set(["ownValues", "preferenceFunctions", "valueFunctions"]));
  });

  it("are said by the English messages as noticeInEnglish says them, on the page and in the sheets", () => {
    for (const n of NOTICES) {
      expect(said("en")(n)).toBe(noticeInEnglish(n));
      expect(sheetWords("en").notice(n)).toBe(noticeInEnglish(n));
    }
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s: says every notice in its own words, with what the link holds as typed", (locale) => {
    const say = said(locale);
    for (const n of NOTICES) {
      const text = say(n);
      expect(text, n.code).not.toMatch(/Ignored|is not|your value/);
      // Each value the link holds, as typed and marked to be isolated; the parameter's name as code.
      const typed = say(n, { code: (c) => `[code:${c}]`, typed: (c) => `[typed:${c}]` });
      for (const field of ["value", "slug", "matrix", "cell", "points"] as const)
        if (field in n.params && !(field === "matrix" && "of" in n.params && n.params.of === "categories"))
          expect(typed, `${n.code} ${field}`).toContain(`[typed:${(n.params as Record<string, string>)[field]}]`);
      if ("key" in n.params) expect(typed, n.code).toContain(`[code:${n.params.key}]`);
      // A kind of thing has its own words: none falls through to the message's "other" branch.
      if ("what" in n.params) expect(say({ ...n, params: { ...n.params, what: "unheard-of" } } as unknown as ParamNotice), n.code).not.toBe(text);
      if ("of" in n.params && n.params.of === "categories") expect(typed, n.code).not.toContain(`[typed:${n.params.matrix}]`);
    }
  });

  it("puts the page's digits in the limits and keeps a typed number as typed; a sheet has Latin digits throughout", () => {
    const weight = NOTICES.find((n) => n.code === "weightOutOfRange")!;
    expect(said("ar")(weight)).toContain("من ٠ إلى ١٠٠");
    expect(said("ar")(weight)).toContain("«500»");
    expect(said("fa")(weight)).toContain("از ۰ تا ۱۰۰");
    expect(said("ar", "latn")(weight)).toContain("من 0 إلى 100");
    expect(sheetWords("ar").notice(weight)).toContain("من 0 إلى 100");
    // In a right-to-left sheet what the link holds is an isolate, so "b" and "500" keep their place.
    expect(sheetWords("ar").notice(weight)).toContain("«\u2068500\u2069»");
    expect(sheetWords("ru").notice(weight)).toBe("Параметр w проигнорирован: вес «b» должен быть числом от 0 до 100, а не «500».");
  });
});
