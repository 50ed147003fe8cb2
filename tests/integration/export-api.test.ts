import ExcelJS from "exceljs";
import Papa from "papaparse";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveValueFunctions } from "@/lib/compare/value-functions";
import { buildComparison } from "@/lib/compare/build-comparison";
import { comparisonLayout, col } from "@/lib/export/write-xlsx";
import { jsonExportSchema } from "@/lib/export/view-export";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { rankScores } from "@/lib/scoring/rank";
import { bumpDataVersion } from "@/lib/server/data-version";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { loadComparisonModel } from "@/lib/server/export/load-comparison-model";
import { GET } from "@/app/api/export/route";
import { folded, pdfLinks, pdfPages } from "../support/pdf-text";
import { noticeInEnglish } from "@/lib/url-state/param-notice";

const db = getDb();
const dataset = loadDatasetFile();
const presets = loadPresetsFile(dataset);
beforeAll(() => seedDatabase(db, dataset, presets));
afterAll(() => db.$disconnect());

const get = (query: string) => GET(new Request(`http://test/api/export?${query}`));

/** The engine's ranking under a preset: its weights (with category overrides) and its value functions. */
function engineScores(presetSlug: string, method: "wsm" | "topsis", category: Record<string, number> = {}) {
  const preset = presets.find((p) => p.slug === presetSlug);
  const weights = resolveWeights(
    dataset.criteria,
    dataset.categories.map((c) => c.slug),
    preset,
    { criterion: {}, category },
  );
  const valueFunctions = resolveValueFunctions(dataset.criteria, preset, {});
  const c = buildComparison({ frameworks: dataset.frameworks, criteria: dataset.criteria, weights, method, missing: "mean", valueFunctions });
  return new Map(c.ranking.map((r) => [r.slug, r]));
}

describe("GET /api/export", () => {
  it("refuses an unknown format with 400", async () => {
    const response = await get("format=docx");
    expect(response.status).toBe(400);
    expect((await response.json()).issues[0].path).toBe("format");
  });

  it("writes CSV with a byte-order mark, a row per criterion and the engine's scores and ranks", async () => {
    const response = await get("format=csv&preset=iranian-perspective");
    expect(response.headers.get("content-disposition")).toMatch(/filename="gulf-comparison-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(5)).toEqual(dataset.frameworks.map((f) => f.name));
    const criterionRows = rows.slice(1, 1 + dataset.criteria.length);
    expect(criterionRows.map((r) => r[1])).toEqual(dataset.criteria.map((c) => c.slug));
    expect(criterionRows).toHaveLength(dataset.criteria.length);
    const weights = criterionRows.reduce((s, r) => s + Number(r[4]), 0);
    expect(weights).toBeCloseTo(1, 6);
    const engine = engineScores("iranian-perspective", "wsm");
    const score = rows
      .find((r) => r[0] === "Score")!
      .slice(5)
      .map(Number);
    const rank = rows
      .find((r) => r[0] === "Rank")!
      .slice(5)
      .map(Number);
    dataset.frameworks.forEach((f, i) => {
      expect(score[i]).toBeCloseTo(engine.get(f.slug)!.score, 8);
      expect(rank[i]).toBe(engine.get(f.slug)!.rank);
    });
    // A missing value stays empty, never a guessed number.
    const eu = criterionRows.find((r) => r[1] === "acceptability-eu")!;
    const euMissing = dataset.frameworks.filter((f) => f.assessments.find((a) => a.criterion === "acceptability-eu")!.value === null).length;
    expect(euMissing).toBe(5); // the paper reports no EU view of any of the five (docs/data-notes.md)
    expect(eu.slice(5).filter((v) => v === "")).toHaveLength(euMissing);
  });

  it.each(["wsm", "topsis"] as const)("writes XLSX whose %s score cells are formulas caching the engine's scores", async (method) => {
    const response = await get(`format=xlsx&preset=us-gulf-deterrence&method=${method}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Comparison", "Ranking", "Evidence", "Inclusiveness", "About"]);
    const sheet = workbook.getWorksheet("Comparison")!;
    const model = await loadComparisonModel(new URLSearchParams(`preset=us-gulf-deterrence&method=${method}`), "x", "2026-01-01T00:00:00.000Z", db);
    const L = comparisonLayout(model);
    const engine = engineScores("us-gulf-deterrence", method);
    dataset.frameworks.forEach((f, i) => {
      const cell = sheet.getCell(L.scoreRow, L.contributionCol + i);
      const value = cell.value as { formula: string; result: number };
      expect(value.formula).toBeTruthy();
      expect(value.result).toBeCloseTo(engine.get(f.slug)!.score, 12);
      expect((sheet.getCell(L.rankRow, L.contributionCol + i).value as { formula: string; result: number }).result).toBe(engine.get(f.slug)!.rank);
    });
    const ranking = workbook.getWorksheet("Ranking")!;
    expect((ranking.getCell("B2").value as { formula: string }).formula).toBe(`Comparison!${col(L.contributionCol)}${L.scoreRow}`);
    // A normalised value divides by its row's spread, computed once in the row (its minimum and maximum, or its vector norm).
    const filled = Array.from(
      { length: dataset.frameworks.length },
      (_, i) => (sheet.getCell(L.firstRow, L.filledCol + i).value as { result?: number }).result ?? 0,
    );
    // The method's helper columns: the weighted sum's minimum and maximum, TOPSIS's ideal, anti-ideal and vector norm.
    const spreadCol = L.helperCol + (method === "wsm" ? 0 : 2);
    const spread = sheet.getCell(L.firstRow, spreadCol).value as { formula: string; result?: number };
    expect(spread.formula).toBe(
      `${method === "wsm" ? "MIN" : "SQRT(SUMSQ"}($${col(L.filledCol)}${L.firstRow}:$${col(L.filledCol + filled.length - 1)}${L.firstRow})${method === "wsm" ? "" : ")"}`,
    );
    expect(spread.result ?? 0).toBeCloseTo(method === "wsm" ? Math.min(...filled) : Math.hypot(...filled), 12);
    expect((sheet.getCell(L.firstRow, L.normalisedCol).value as { formula: string }).formula).toContain(`$${col(spreadCol)}${L.firstRow}`);
  });

  it("recomputes with the sheet's own arithmetic when a weight cell changes, and the rank follows", async () => {
    const response = await get("format=xlsx&preset=us-gulf-deterrence");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Comparison")!;
    const model = await loadComparisonModel(new URLSearchParams("preset=us-gulf-deterrence"), "x", "2026-01-01T00:00:00.000Z", db);
    const L = comparisonLayout(model);
    const n = dataset.frameworks.length;
    const num = (r: number, c: number) => {
      const v = sheet.getCell(r, c).value;
      // exceljs writes a cached 0 as <v>0</v> but reads it back as no result (its reader tests the text for truthiness).
      return typeof v === "number" ? v : ((v as { result?: number }).result ?? 0);
    };
    // The user sets the membership category's weight cells to 0 ...
    for (let r = L.firstRow; r <= L.lastRow; r++)
      if (sheet.getCell(r, 2).value === "Membership & inclusiveness") sheet.getCell(r, L.categoryWeightCol).value = 0;
    // ... and the formulas, evaluated as written: H = F*G/SUMPRODUCT(F,G); score = SUM(H * normalised).
    let total = 0;
    for (let r = L.firstRow; r <= L.lastRow; r++) total += num(r, L.criterionWeightCol) * num(r, L.categoryWeightCol);
    const scores = Array.from({ length: n }, (_, i) => {
      let s = 0;
      for (let r = L.firstRow; r <= L.lastRow; r++) s += ((num(r, L.criterionWeightCol) * num(r, L.categoryWeightCol)) / total) * num(r, L.normalisedCol + i);
      return s;
    });
    const { ranks } = rankScores(scores);
    const engine = engineScores("us-gulf-deterrence", "wsm", { membership: 0 });
    dataset.frameworks.forEach((f, i) => {
      expect(scores[i]).toBeCloseTo(engine.get(f.slug)!.score, 12);
      expect(ranks[i]).toBe(engine.get(f.slug)!.rank);
    });
    const slugs = dataset.frameworks.map((f) => f.slug);
    expect(ranks[slugs.indexOf("imsi")]!).toBeLessThan(ranks[slugs.indexOf("hope")]!);
  });

  it("writes text that looks like a formula as text: CSV cells get an apostrophe, Excel cells stay strings", async () => {
    const injected = '=HYPERLINK("http://x","y")';
    const hope = await db.framework.findUniqueOrThrow({ where: { slug: "hope" } });
    // Straight to the database, as every write does: in a transaction that moves the data version.
    await db.$transaction(async (tx) => {
      await tx.framework.update({ where: { id: hope.id }, data: { name: injected } });
      await tx.criterion.update({ where: { slug: "acceptability-ir" }, data: { name: "@SUM(A1:A9)" } });
      await bumpDataVersion(tx);
    });
    try {
      const csv = Papa.parse<string[]>((await (await get("format=csv")).text()).replace(/^\uFEFF/, "")).data;
      expect(csv[0]).toContain(`'${injected}`);
      expect(csv.flat().filter((cell) => /^[=+@\t\r]/.test(cell))).toEqual([]);
      expect(csv.flat()).toContain("'@SUM(A1:A9)");
      // Negative numbers are numbers, not formulas: they stay as they are.
      expect(csv.flat()).toContain("-2");

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await (await get("format=xlsx")).arrayBuffer()) as never);
      const cells: ExcelJS.Cell[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell))));
      const named = cells.filter((cell) => cell.value === injected || cell.value === "@SUM(A1:A9)");
      expect(named.length).toBeGreaterThan(0);
      for (const cell of named) expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula && /HYPERLINK|SUM\(A1/.test(String(cell.formula)))).toBe(false);
    } finally {
      await db.$transaction(async (tx) => {
        await tx.framework.update({ where: { id: hope.id }, data: { name: hope.name } });
        await tx.criterion.update({ where: { slug: "acceptability-ir" }, data: { name: dataset.criteria.find((c) => c.slug === "acceptability-ir")!.name } });
        await bumpDataVersion(tx);
      });
    }
  });

  it("writes the PDF sheet: every framework and criterion, the custom weights, the title and note, page numbers and a working link", async () => {
    const view = "preset=us-gulf-deterrence&w=viability:7&cw=membership:45";
    const response = await get(
      `format=pdf&${view}&paper=letter&title=${encodeURIComponent("Briefing: Gulf options")}&note=${encodeURIComponent("For Thursday.\nDraft.")}`,
    );
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    const pages = pdf.getPages();
    // Letter, page 1 portrait; the five-framework matrix turns to landscape.
    expect([pages[0]!.getWidth(), pages[0]!.getHeight()]).toEqual([612, 792]);
    expect(pages[1]!.getWidth()).toBe(792);

    const texts = pdfPages(bytes);
    expect(texts).toHaveLength(pages.length);
    texts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    const all = folded(texts.join("\n"));
    expect(folded(texts[0]!)).toContain("Briefing: Gulf options");
    expect(folded(texts[0]!)).toContain("For Thursday. Draft.");
    expect(folded(texts[0]!)).toContain("Weights: Custom (from US–Gulf deterrence)");
    expect(folded(texts[0]!)).toMatch(/leads with \d\.\d{3}, \d\.\d{3} ahead of/);
    for (const f of dataset.frameworks) expect(all).toContain(f.name);
    for (const c of dataset.criteria) expect(all).toContain(folded(c.name));
    // The weight table prints the custom weights: viability 7 (changed, starred), membership's category 45.
    const weights = texts.find((t) => t.includes("Weights: Custom (from US–Gulf deterrence)") && t.includes("Effective"))!;
    expect(folded(weights)).toMatch(/\* Viability as the paper judges it Feasibility & support 7 100 /);
    const membership = dataset.criteria.find((c) => c.category === "membership")!;
    expect(folded(weights)).toMatch(new RegExp(`\\* ${membership.name} Membership & inclusiveness \\d+ 45 `));
    for (const heading of ["Side by side", "Inclusiveness: who is in", "The two shares of the inclusiveness index", "Evidence appendix"])
      expect(all).toContain(heading);

    // The link goes back to this very view on the request's own host, without the sheet's own options.
    const target = `http://test/compare?${new URLSearchParams(view).toString()}`;
    const links = await pdfLinks(bytes);
    expect(links[0]!.map((l) => l.uri)).toContain(target);
    links.forEach((onPage) => expect(onPage.map((l) => l.uri)).toContain(target));
    expect(all).toContain(target);
  });

  it("refuses sheet options it cannot print, with 400 and the field", async () => {
    for (const [query, field] of [
      ["paper=a3", "paper"],
      [`title=${"x".repeat(121)}`, "title"],
      [`note=${"x".repeat(601)}`, "note"],
    ] as const) {
      const response = await get(`format=pdf&${query}`);
      expect(response.status).toBe(400);
      expect((await response.json()).issues[0].path).toBe(field);
    }
    // Control characters are dropped, not printed.
    expect((await get(`format=pdf&title=${encodeURIComponent("A\u0007B")}`)).status).toBe(200);
  });

  it("prints a view whose link is too long for a QR code, with the link in full and no code", async () => {
    // Every criterion with a value function of three points and a preference function: a valid view of some 3,000 characters.
    const vf = dataset.criteria.map((c) => `${c.slug}:${c.scale.min}=0;${(c.scale.min + c.scale.max) / 2}=0.7;${c.scale.max}=1`).join(",");
    const pf = dataset.criteria.map((c) => `${c.slug}:linear:0.5:1`).join(",");
    const query = `method=promethee2&vf=${encodeURIComponent(vf)}&pf=${encodeURIComponent(pf)}`;
    expect(query.length).toBeGreaterThan(2400);
    const response = await get(`format=pdf&${query}`);
    expect(response.status).toBe(200);
    const text = folded(pdfPages(new Uint8Array(await response.arrayBuffer()))[0]!);
    expect(text).not.toContain("Scan");
    expect(text).toContain("promethee2");
    const short = folded(pdfPages(new Uint8Array(await (await get("format=pdf")).arrayBuffer()))[0]!);
    expect(short).toContain("Scan");
  });

  it("labels a changed view Custom (from <preset>) and prints the full weight table in CSV, Excel and JSON", async () => {
    const custom = "preset=us-gulf-deterrence&w=viability:7&cw=membership:45";
    const csvRows = (query: string) =>
      get(`format=csv&${query}`).then(async (r) => Papa.parse<string[]>((await r.text()).slice(1), { skipEmptyLines: true }).data);
    const presetCsv = await csvRows("preset=us-gulf-deterrence");
    expect(presetCsv.find((r) => r[0] === "Weights")?.[1]).toBe("US–Gulf deterrence");
    const customCsv = await csvRows(custom);
    expect(customCsv.find((r) => r[0] === "Weights")?.[1]).toBe("Custom (from US–Gulf deterrence)");
    expect(customCsv.find((r) => r[0] === "Method")?.slice(1, 3)).toEqual(["wsm", "Weighted sum (min-max normalised)"]);
    expect(customCsv.find((r) => r[0] === "Normalisation")?.[1]).toMatch(/min-max/);
    expect(customCsv.find((r) => r[0] === "Missing values")?.slice(1, 3)).toEqual(["mean", "Mean of the known values (default)"]);
    const table = customCsv.findIndex((r) => r[0] === "Criterion" && r[3] === "Criterion weight (0-100)");
    expect(table).toBeGreaterThan(0);
    const weightRows = customCsv.slice(table + 1, table + 1 + dataset.criteria.length);
    expect(weightRows.map((r) => r[1])).toEqual(dataset.criteria.map((c) => c.slug));
    const viability = weightRows.find((r) => r[1] === "viability")!;
    expect(Number(viability[3])).toBe(7);
    const membership = dataset.criteria.find((c) => c.category === "membership")!;
    expect(Number(weightRows.find((r) => r[1] === membership.slug)![4])).toBe(45);
    // Each share is rounded to 9 decimals: 36 roundings may move the sum by a few hundred-millionths.
    expect(weightRows.reduce((s, r) => s + Number(r[5]), 0)).toBeCloseTo(1, 7);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await get(`format=xlsx&${custom}`)).arrayBuffer()) as never);
    const about = workbook.getWorksheet("About")!;
    const aboutRows = new Map<string, string>();
    about.eachRow((row) => void aboutRows.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(aboutRows.get("Weights")).toBe("Custom (from US–Gulf deterrence)");
    expect(aboutRows.get("Normalisation")).toMatch(/min-max/);
    expect(String(workbook.getWorksheet("Comparison")!.getCell("A3").value)).toContain("Custom (from US–Gulf deterrence)");

    const json = jsonExportSchema.parse(await (await get(`format=json&${custom}`)).json());
    expect(json.view).toMatchObject({ label: "Custom (from US–Gulf deterrence)", custom: true, preset: "us-gulf-deterrence" });
    expect(json.view.criterionWeights.viability).toBe(7);
    expect(Object.values(json.view.effectiveWeights!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 7);
    const plain = await (await get("format=view&preset=us-gulf-deterrence")).json();
    expect(plain.view).toMatchObject({ label: "US–Gulf deterrence", custom: false });
  });

  it("marks the analyst's own value as their assumption in CSV, Excel, PDF and the JSON view, scores with it, and leaves the dataset silent", async () => {
    const view = "missing=worst&assume=hope.foreign-military-presence:2,imsi.viability:1";
    const csv = await (await get(`format=csv&${view}`)).text();
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    const hope = 5 + dataset.frameworks.findIndex((f) => f.slug === "hope");
    expect(rows.find((r) => r[1] === "foreign-military-presence")![hope]).toBe("2 (your assumption)");
    expect(rows.find((r) => r[0] === "Your own values")![1]).toBe(
      "1 value assumed by the analyst where the source is silent, for this view only (not in the data): HOPE on Foreign military presence in the Gulf = 2",
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await get(`format=xlsx&${view}`)).arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Comparison")!;
    const model = await loadComparisonModel(new URLSearchParams(view), "x", "2026-01-01T00:00:00.000Z", db);
    const L = comparisonLayout(model);
    // The IMSI gives a value on viability: that one is ignored, with a notice saying why.
    expect(model.notices.map(noticeInEnglish).join(" ")).toContain("the source gives a value there");
    const r = L.firstRow + dataset.criteria.findIndex((c) => c.slug === "foreign-military-presence");
    const cell = sheet.getCell(r, L.rawCol + dataset.frameworks.findIndex((f) => f.slug === "hope"));
    expect(cell.value).toBe(2);
    expect(String(cell.note)).toMatch(/Your assumption \(your assumption\): the source is silent here/);

    // The engine scored the assumed value (worst-end policy: the assumption lifts HOPE).
    const without = await loadComparisonModel(new URLSearchParams("missing=worst"), "x", "2026-01-01T00:00:00.000Z", db);
    const score = (m: typeof model) => m.scores!.find((x) => x.slug === "hope")!.score;
    expect(score(model)).toBeGreaterThan(score(without));

    const pdf = folded(pdfPages(new Uint8Array(await (await get(`format=pdf&${view}`)).arrayBuffer())).join("\n"));
    expect(pdf).toContain("Your own values: 1 value assumed by the analyst where the source is silent");
    expect(pdf).toMatch(/\+2 assumed/);

    const json = await (await get(`format=json&${view}`)).json();
    expect(json.view.assumptions).toEqual([{ framework: "hope", criterion: "foreign-military-presence", value: 2 }]);
    const stored = json.dataset.frameworks
      .find((f: { slug: string }) => f.slug === "hope")
      .assessments.find((a: { criterion: string }) => a.criterion === "foreign-military-presence");
    expect(stored?.value ?? null).toBeNull();
  });

  it("exports JSON: the full dataset with its schema version, and the view", async () => {
    const body = jsonExportSchema.parse(await (await get("format=json&preset=european-mediator&method=topsis")).json());
    expect(body.dataset).toEqual(await readDataset(db));
    expect(body.view).toMatchObject({ preset: "european-mediator", method: "topsis", missing: "mean", query: "preset=european-mediator&method=topsis" });
    expect(body.view.criterionWeights["acceptability-eu"]).toBe(100);
    const view = await (await get("format=view&fw=hope,imsi")).json();
    expect(view.view.frameworks).toEqual(["hope", "imsi"]);
  });

  it("answers 304 to a sheet's ETag until the data changes, and makes each sheet once", async () => {
    const first = await get("format=csv&preset=us-gulf");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"export-[\w-]+@\d+"$/);
    const text = await first.text();
    expect((await GET(new Request("http://test/api/export?format=csv&preset=us-gulf", { headers: { "if-none-match": etag } }))).status).toBe(304);
    // Another view, or another format of it, is another sheet.
    expect((await get("format=csv&preset=equal")).headers.get("etag")).not.toBe(etag);
    expect((await get("format=json&preset=us-gulf")).headers.get("etag")).not.toBe(etag);
    expect(await (await get("format=csv&preset=us-gulf")).text()).toBe(text);

    await db.$transaction(async (tx) => {
      await tx.framework.update({ where: { slug: "imsi" }, data: { name: "IMSI renamed" } });
      await bumpDataVersion(tx);
    });
    const changed = await GET(new Request("http://test/api/export?format=csv&preset=us-gulf", { headers: { "if-none-match": etag } }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain("IMSI renamed");
    await db.$transaction(async (tx) => {
      await tx.framework.update({ where: { slug: "imsi" }, data: { name: dataset.frameworks.find((f) => f.slug === "imsi")!.name } });
      await bumpDataVersion(tx);
    });
  });

  it("limits the new sheets one client makes, while sheets already made stay free", async () => {
    const from = (client: string, query: string) => GET(new Request(`http://test/api/export?${query}`, { headers: { "x-client-address": client } }));
    expect((await from("198.51.100.7", "format=view&note=kept")).status).toBe(200);
    let refused: Response | undefined;
    for (let i = 0; i < 200 && !refused; i++) {
      const response = await from("198.51.100.7", `format=view&note=${i}`);
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(200);
    }
    expect(refused, "200 new sheets from one client were all made").toBeDefined();
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await from("198.51.100.7", "format=view&note=kept")).status).toBe(200);
    expect((await from("198.51.100.8", "format=view&note=other")).status).toBe(200);
  });
});
