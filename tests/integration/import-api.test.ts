import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, uploadSessionHeaders } from "../support/session-headers";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { GET as exportGET } from "@/app/api/export/route";
import { POST } from "@/app/api/import/route";
import { createUser } from "@/lib/server/users/create-user";
import { MAX_IMPORT_BYTES } from "@/lib/import/parse-import-file";
import { buildZip, deflatedZeros, unzipEntries, type ZipEntrySpec } from "../support/build-zip";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(() => seedDatabase(db, seed, loadPresetsFile(seed)));
afterAll(() => db.$disconnect());

const exported = async (query: string) => Buffer.from(await (await exportGET(new Request(`http://test/api/export?${query}`))).arrayBuffer());
beforeAll(async () => {
  await createUser({ email: "importer@example.org", name: "I", role: "editor", password: TEST_PASSWORD }, db);
  await createUser({ email: "browser@example.org", name: "B", role: "reader", password: TEST_PASSWORD }, db);
});
/**
 * Uploads a file; an apply goes as the editor unless other headers are given, with the basis of
 * a preview of the same file just before, as the browser does (0 when the preview fails).
 */
const upload = async (
  name: string,
  content: string | Uint8Array,
  mode = "preview",
  reason = "an import test",
  headers?: Record<string, string>,
): Promise<Response> => {
  const form = new FormData();
  form.set("file", new File([content as BlobPart], name));
  form.set("mode", mode);
  form.set("reason", reason);
  if (mode !== "apply") return POST(new Request("http://test/api/import", { method: "POST", body: form, headers: headers ?? {} }));
  const editor = await uploadSessionHeaders("importer@example.org");
  form.set("basis", String((await (await upload(name, content, "preview", "", editor)).json()).basis ?? 0));
  return POST(new Request("http://test/api/import", { method: "POST", body: form, headers: headers ?? editor }));
};
const state = async () => ({ data: await readDataset(db), audit: await db.auditEntry.count() });

// biome-ignore lint/suspicious/noExplicitAny: test mutations reach into the exported dataset freely
type Json = Record<string, any>;
const exportJson = async (): Promise<Json> => JSON.parse((await exported("format=json")).toString("utf8"));

describe("POST /api/import", () => {
  it("previews an exported JSON file as no change, and applying it gives back identical data (round trip)", async () => {
    const before = await readDataset(db);
    const file = await exported("format=json");
    const preview = await (await upload("export.json", file)).json();
    expect(preview.kind).toBe("dataset");
    for (const d of Object.values(preview.diff) as Array<{ added: string[]; changed: string[]; removed: string[] }>)
      expect([...d.added, ...d.changed, ...d.removed]).toEqual([]);
    const applied = await upload("export.json", file, "apply", "round trip");
    expect(applied.status).toBe(200);
    expect(await readDataset(db)).toEqual(before);
    const audit = await db.auditEntry.findFirst({ orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "import", entity: "dataset", entityKey: "export.json", reason: "round trip" });
  });

  it("previews what a changed dataset adds, changes and removes, then applies all of it in one go", async () => {
    const body = await exportJson();
    const d = body.dataset;
    d.frameworks = d.frameworks.filter((f: Json) => f.slug !== "imsi");
    d.frameworks[0].assessments[0].value = 1;
    d.frameworks[0].assessments[0].rationale = "Changed by an import to test the preview.";
    const extra = structuredClone(d.frameworks[1]);
    extra.slug = "osce-style-conference";
    extra.name = "An OSCE-style regional conference";
    d.frameworks.push(extra);
    const preview = await (await upload("changed.json", JSON.stringify(body))).json();
    expect(preview.diff.frameworks).toEqual({ added: ["osce-style-conference"], changed: [], removed: ["imsi"] });
    expect(preview.diff.assessments.changed).toEqual([`russia-gulf-concept/${d.frameworks[0].assessments[0].criterion}`]);
    expect((await readDataset(db)).frameworks.map((f) => f.slug)).toContain("imsi");
    await upload("changed.json", JSON.stringify(body), "apply");
    const after = await readDataset(db);
    expect(after.frameworks.map((f) => f.slug)).toEqual(d.frameworks.map((f: Json) => f.slug));
    expect(after).toEqual(d);
    // Put the seed back for the other tests.
    await upload("seed.json", JSON.stringify(seed), "apply");
    expect(await readDataset(db)).toEqual(seed);
  });

  it("loads a view from a view JSON, a CSV and an edited Excel sheet without changing any data", async () => {
    const before = await state();
    const view = await (await upload("view.json", await exported("format=view&preset=hedging-gulf-state&method=topsis"))).json();
    expect(view).toMatchObject({ kind: "view", query: "preset=hedging-gulf-state&method=topsis" });

    const csv = await (await upload("sheet.csv", await exported("format=csv&preset=iranian-perspective"))).json();
    expect(csv.kind).toBe("view");
    // The sheet holds effective (product) weights, so they come back as criterion weights under flat categories:
    // the Iranian perspective weighs "stance toward Iran" 100 x 100 and "acceptability to Iran" 100 x 40.
    expect(csv.view.criterionWeights["stance-toward-iran"]).toBe(100);
    expect(csv.view.criterionWeights["acceptability-ir"]).toBe(40);
    expect(csv.view.criterionWeights["acceptability-us"]).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported("format=xlsx&method=topsis")) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Comparison")!;
    sheet.getCell(5, 6).value = 100; // the first criterion's weight, edited in Excel
    const xlsx = await (await upload("edited.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()))).json();
    expect(xlsx).toMatchObject({ kind: "view", view: { method: "topsis" } });
    const first = seed.criteria[0]!.slug;
    expect(xlsx.view.criterionWeights[first]).toBe(100);
    expect(xlsx.view.criterionWeights[seed.criteria[1]!.slug]).toBe(50);
    expect(new URLSearchParams(xlsx.query).get("w")).toContain(`${first}:100`);
    expect(await state()).toEqual(before);
  });

  it("reads a CSV's weight table as the Excel import reads its weights, and refuses an edited normalised weight, naming the criterion", async () => {
    const before = await state();
    const rows = Papa.parse<string[]>((await exported("format=csv&preset=us-gulf-deterrence")).toString("utf8").replace(/^\uFEFF/, "")).data;
    const csvOf = () => Papa.unparse(rows, { newline: "\r\n" });
    // The stance toward Iran's row of the sheet, and its row of the weight table below: 50 under its category's 60.
    const [top, table] = rows.filter((r) => r[1] === "stance-toward-iran");
    expect(table!.slice(3, 5)).toEqual(["50", "60"]);
    expect((await (await upload("sheet.csv", csvOf())).json()).view.criterionWeights["stance-toward-iran"]).toBe(30);
    table![3] = "80";
    const csv = await (await upload("edited.csv", csvOf())).json();
    // 80 x 60 under the largest product, 100 x 100 (acceptability to the United States).
    expect(csv.view.criterionWeights["stance-toward-iran"]).toBe(48);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported("format=xlsx&preset=us-gulf-deterrence")) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Comparison")!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "Stance toward Iran") row.getCell(6).value = 80;
    });
    const xlsx = await (await upload("edited.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()))).json();
    expect(csv.view).toEqual(xlsx.view);

    // The normalised column edited too: which of the two edits was meant cannot be told.
    top![4] = "0.05";
    const refused = await upload("edited.csv", csvOf(), "apply");
    expect(refused.status).toBe(400);
    const body = await refused.json();
    expect(body.issues).toEqual([
      expect.objectContaining({
        path: `row ${rows.indexOf(top!) + 1}, Weight (normalised)`,
        code: "weightsDisagree",
        params: expect.objectContaining({ criterion: "Stance toward Iran", normalised: "0.05", effective: table![5] }),
      }),
    ]);
    expect(await state()).toEqual(before);
  });

  const malformed: Array<[string, string, () => Promise<string | Uint8Array>, RegExp]> = [
    ["not JSON", "a.json", async () => "{ this is not json", /not valid JSON/],
    ["truncated JSON", "a.json", async () => (await exported("format=json")).toString("utf8").slice(0, 5000), /not valid JSON/],
    ["an empty file", "a.json", async () => "", /empty/],
    ["a JSON array", "a.json", async () => "[1, 2, 3]", /invalid/],
    ["the wrong schema version", "a.json", async () => JSON.stringify({ ...seed, schemaVersion: 99 }), /schemaVersion/],
    [
      "a value of the wrong type",
      "a.json",
      async () => mutate((d) => (d.frameworks[0].assessments[0].value = "two")),
      /frameworks\[russia-gulf-concept\]\.assessments\[inclusion-all-littoral\]\.value/,
    ],
    [
      "a missing rationale",
      "a.json",
      async () => mutate((d) => delete d.frameworks[1].assessments[2].rationale),
      /frameworks\[hope\]\.assessments\[[a-z-]+\]\.rationale/,
    ],
    ["a missing field on a criterion", "a.json", async () => mutate((d) => delete d.criteria[3].direction), /criteria\[[a-z-]+\]\.direction/],
    ["an unknown actor slug", "a.json", async () => mutate((d) => (d.frameworks[0].participants[0].actor = "zz")), /unknown actor "zz"/],
    [
      "an unknown criterion slug",
      "a.json",
      async () => mutate((d) => (d.frameworks[2].assessments[0].criterion = "no-such-criterion")),
      /unknown criterion "no-such-criterion"/,
    ],
    ["an unknown role", "a.json", async () => mutate((d) => (d.frameworks[0].participants[0].role = "sponsor")), /participants\[[a-z]+\]\.role/],
    ["a value off its scale", "a.json", async () => mutate((d) => (d.frameworks[0].assessments[0].value = 9)), /9 is outside the scale/],
    [
      "a quote not in its lines",
      "a.json",
      async () => mutate((d) => (d.frameworks[0].assessments[0].citations[0].quote = "words the paper never wrote")),
      /is not in lines/,
    ],
    [
      "a citation on the wrong lines",
      "a.json",
      async () =>
        mutate((d) => {
          const c = d.frameworks[3].assessments[4].citations[0];
          c.lineStart += 3;
          c.lineEnd += 3;
        }),
      /frameworks\[arab-nato\]\.assessments\[[a-z-]+\]\.citations\[0\]/,
    ],
    [
      "a source whose text is neither carried nor shipped",
      "a.json",
      async () =>
        mutate((d) => {
          delete d.sources[0].revisions;
          d.sources[0].file = "prisma/sources/missing.txt";
        }),
      /not in the repository/,
    ],
    [
      "a source revision whose text was changed",
      "a.json",
      async () => mutate((d) => (d.sources[0].revisions[0].text = d.sources[0].revisions[0].text.replace("Russia", "Rusia"))),
      /sources\[stepanova-2020\]\.revisions\[1\]\.sha256: is not the SHA-256/,
    ],
    [
      "a duplicated framework",
      "a.json",
      async () => mutate((d) => d.frameworks.push(structuredClone(d.frameworks[0]))),
      /slug "russia-gulf-concept" is used twice/,
    ],
    [
      "a duplicated assessment row",
      "a.json",
      async () => mutate((d) => d.frameworks[0].assessments.push(structuredClone(d.frameworks[0].assessments[0]))),
      /assessed twice/,
    ],
    ["a missing assessment", "a.json", async () => mutate((d) => d.frameworks[4].assessments.pop()), /no assessment for criterion/],
    [
      "an unpaired surrogate in a name",
      "a.json",
      async () => mutate((d) => (d.frameworks[1].name = "Coalition for \ud800 HOPE")),
      /frameworks\[hope\]\.name: holds an unpaired surrogate/,
    ],
    ["an unknown extra field", "a.json", async () => mutate((d) => (d.frameworks[0].colour = "red")), /colour|Unrecognized/i],
    ["a CSV without the weight column", "a.csv", async () => "Criterion,Slug\nX,inclusion-all-littoral\n", /Weight \(normalised\)/],
    [
      "a CSV with a bad weight",
      "a.csv",
      async () => (await exported("format=csv")).toString("utf8").replace(/(inclusion-all-littoral,[^,]+,[^,]+,)[^,]+/, "$1heavy"),
      /row 2, Weight \(normalised\): "heavy"/,
    ],
    [
      "a CSV with an unknown criterion",
      "a.csv",
      async () => (await exported("format=csv")).toString("utf8").replace("inclusion-all-littoral", "made-up"),
      /"made-up" is not a known criterion/,
    ],
    [
      "a CSV with a duplicated row",
      "a.csv",
      async () => {
        const t = (await exported("format=csv")).toString("utf8").split("\r\n");
        t.splice(2, 0, t[1]!);
        return t.join("\r\n");
      },
      /appears twice/,
    ],
    ["a truncated Excel file", "a.xlsx", async () => (await exported("format=xlsx")).subarray(0, 4000), /not a readable Excel workbook/],
    ["a PDF passed off as a dataset", "a.pdf", async () => await exported("format=pdf"), /not a \.json, \.csv or \.xlsx file/],
  ];

  async function mutate(change: (d: Json) => void): Promise<string> {
    const d = structuredClone(seed) as Json;
    change(d);
    return JSON.stringify(d);
  }

  it.each(malformed)("refuses %s with a clear message and changes nothing", async (_name, filename, make, pattern) => {
    const before = await state();
    const response = await upload(filename, await make(), "apply");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.issues.length).toBeGreaterThan(0);
    expect(`${body.error}\n${body.issues.map((i: Json) => `${i.path}: ${i.message}`).join("\n")}`).toMatch(pattern);
    expect(await state()).toEqual(before);
  });

  it("refuses a 50 MB file before reading it, changing nothing", async () => {
    const before = await state();
    const response = await upload("huge.json", new Uint8Array(50 * 1024 * 1024).fill(32));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/limit/);
    expect(await state()).toEqual(before);
  });

  it("ignores an .xlsx's media entry that unpacks to 1 GiB, and refuses (413) a sheet that unpacks to 400 MiB, naming it, in moments", async () => {
    const MiB = 1024 * 1024;
    const entries = await unzipEntries(await exported("format=xlsx"));
    const withSheet = (sheet: ZipEntrySpec) => buildZip([...entries.filter((e) => e.name !== sheet.name), sheet]);
    const start = performance.now();
    const media = await upload("bomb.xlsx", buildZip([...entries, { name: "xl/media/image1.png", deflated: deflatedZeros(1024 * MiB) }]));
    expect(media.status).toBe(200);
    expect((await media.json()).kind).toBe("view");
    const sheet = await upload("bomb.xlsx", withSheet({ name: "xl/worksheets/sheet5.xml", deflated: deflatedZeros(400 * MiB) }));
    expect(sheet.status).toBe(413);
    expect(await sheet.json()).toMatchObject({
      error: expect.stringMatching(/too large/),
      issues: [{ path: "xl/worksheets/sheet5.xml", message: expect.stringMatching(/400\.0 MB/) }],
    });
    const lying = await upload("bomb.xlsx", withSheet({ name: "xl/worksheets/sheet5.xml", deflated: deflatedZeros(400 * MiB), declaredSize: 2048 }));
    expect(lying.status).toBe(400);
    expect(await lying.json()).toMatchObject({ error: expect.stringMatching(/not a readable Excel workbook/), issues: [{ path: "xl/worksheets/sheet5.xml" }] });
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it("stops reading a chunked upload (no Content-Length) at the limit: 413 without taking in the rest", async () => {
    const encoder = new TextEncoder();
    const filler = new Uint8Array(1024 * 1024).fill(0x20);
    const parts = [
      encoder.encode('--b\r\nContent-Disposition: form-data; name="file"; filename="big.json"\r\n\r\n'),
      ...Array<Uint8Array>(64).fill(filler),
      encoder.encode("\r\n--b--\r\n"),
    ];
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (!next) return controller.close();
        sent += next.byteLength;
        controller.enqueue(next);
      },
    });
    const request = new Request("http://test/api/import", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=b" },
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/limit/);
    expect(sent).toBeLessThan(MAX_IMPORT_BYTES + 4 * 1024 * 1024);
  });

  it("lets anyone preview, but only an editor with the CSRF token and a reason apply; refused uploads change nothing", async () => {
    const changed = await exportJson();
    changed.dataset.frameworks[0].assessments[0].rationale = "Changed by an import nobody may apply.";
    const file = JSON.stringify(changed);
    const before = await state();
    expect((await upload("changed.json", file, "preview", "", {})).status).toBe(200);
    expect((await upload("changed.json", file, "apply", "anonymous", {})).status).toBe(401);
    expect((await upload("changed.json", file, "apply", "a reader", await uploadSessionHeaders("browser@example.org"))).status).toBe(403);
    const { cookie } = await uploadSessionHeaders("importer@example.org");
    expect((await upload("changed.json", file, "apply", "no token", { cookie })).status).toBe(403);
    const noReason = await upload("changed.json", file, "apply", "");
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).issues[0].path).toBe("reason");
    expect(await state()).toEqual(before);
    const applied = await upload("changed.json", file, "apply", "a reasoned import");
    expect(applied.status).toBe(200);
    expect(await db.auditEntry.findFirst({ orderBy: { id: "desc" } })).toMatchObject({
      action: "import",
      actor: "importer@example.org",
      reason: "a reasoned import",
    });
  });

  it("refuses (409) to apply a preview once the data has changed since, changing nothing", async () => {
    const changed = await exportJson();
    changed.dataset.frameworks[1].assessments[0].rationale = "Changed by an import previewed before an edit.";
    const file = JSON.stringify(changed);
    const preview = await (await upload("changed.json", file, "preview")).json();
    await db.auditEntry.create({
      data: {
        actor: "someone@example.org",
        action: "update",
        entity: "actor",
        entityKey: "iq",
        field: "name",
        before: "Iraq",
        after: "Iraq",
        reason: "an edit meanwhile",
      },
    });
    const before = await state();
    const apply = (basis: number) => {
      const form = new FormData();
      form.set("file", new File([file], "changed.json"));
      form.set("mode", "apply");
      form.set("reason", "applying a stale preview");
      form.set("basis", String(basis));
      return uploadSessionHeaders("importer@example.org").then((headers) =>
        POST(new Request("http://test/api/import", { method: "POST", body: form, headers })),
      );
    };
    const refused = await apply(preview.basis);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatch(/check it again/);
    expect(await state()).toEqual(before);
    const fresh = await (await upload("changed.json", file, "preview")).json();
    const target = async () =>
      (await db.assessment.findFirst({ where: { framework: { slug: changed.dataset.frameworks[1].slug } }, orderBy: { position: "asc" } }))!.version;
    const versionBefore = await target();
    expect((await apply(fresh.basis)).status).toBe(200);
    // The import rewrote every record: each continues its version, so a form opened before it gets a 409.
    expect(await target()).toBe(versionBefore + 1);
    expect((await db.actor.findUnique({ where: { slug: "iq" } }))!.version).toBeGreaterThan(1);
  });

  it("refuses (400, naming basis) an apply without the basis of a preview, changing nothing", async () => {
    const changed = await exportJson();
    changed.dataset.frameworks[2].assessments[0].rationale = "Changed by an import applied without a preview.";
    const before = await state();
    for (const basis of [undefined, "", "latest", "-1"]) {
      const form = new FormData();
      form.set("file", new File([JSON.stringify(changed)], "changed.json"));
      form.set("mode", "apply");
      form.set("reason", "applying blind");
      if (basis !== undefined) form.set("basis", basis);
      const response = await POST(
        new Request("http://test/api/import", { method: "POST", body: form, headers: await uploadSessionHeaders("importer@example.org") }),
      );
      expect(response.status).toBe(400);
      // Coded, so the import form says it in the page's language.
      const code = basis === undefined ? "basisMissing" : "basisNotNumber";
      expect((await response.json()).issues).toEqual([{ path: "basis", message: expect.stringMatching(/basis/), code }]);
    }
    expect(await state()).toEqual(before);
  });

  it("limits anonymous uploads per client (429 with Retry-After), not an editor's", async () => {
    const from = (client: string, headers: Record<string, string> = {}) => {
      const form = new FormData();
      form.set("file", new File(["not json"], "x.json"));
      return POST(new Request("http://test/api/import", { method: "POST", body: form, headers: { "x-client-address": client, ...headers } }));
    };
    for (let i = 0; i < 60; i++) expect((await from("10.7.7.7")).status).toBe(400);
    const limited = await from("10.7.7.7");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await from("10.7.7.8")).status).toBe(400);
    expect((await from("10.7.7.7", await uploadSessionHeaders("importer@example.org"))).status).toBe(400);
  });

  it("refuses an upload without a file or with an unknown mode", async () => {
    const form = new FormData();
    form.set("mode", "apply");
    expect((await POST(new Request("http://test/api/import", { method: "POST", body: form }))).status).toBe(401);
    expect(
      (await POST(new Request("http://test/api/import", { method: "POST", body: form, headers: await uploadSessionHeaders("importer@example.org") }))).status,
    ).toBe(400);
    const bad = await upload("a.json", JSON.stringify(seed), "overwrite");
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].path).toBe("mode");
  });
});
