import fs from "node:fs";
import Papa from "papaparse";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import { sha256Hex } from "@/lib/citations/text-digest";
import { quoteFromLines } from "@/lib/citations/quote-from-lines";
import { splitLines } from "@/lib/citations/verify-citation";
import { frameworkResponseSchema, sourcesResponseSchema } from "@/lib/domain/api";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { MAX_SOURCE_UPLOAD_BYTES } from "@/lib/server/sources/read-source-upload";
import { createUser } from "@/lib/server/users/create-user";
import * as sourcesRoute from "@/app/api/sources/route";
import * as revisionsRoute from "@/app/api/sources/[slug]/revisions/route";
import * as assessmentRoute from "@/app/api/frameworks/[slug]/assessments/[criterion]/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import { GET as exportGET } from "@/app/api/export/route";
import { POST as importPOST } from "@/app/api/import/route";
import { sessionHeaders, TEST_PASSWORD, uploadSessionHeaders } from "../support/session-headers";

const db = getDb();
const seed = loadDatasetFile();
const PAPER_FILE = "prisma/sources/stepanova-2020.txt";

beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "source-editor@example.org", name: "E", role: "editor", password: TEST_PASSWORD }, db);
  await createUser({ email: "source-reader@example.org", name: "R", role: "reader", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

/** A short statement of four lines whose third the claims rest on. */
const NOTE = [
  "Statement of a Gulf foreign ministry, 12 March 2024",
  "",
  "The ministry welcomes any inclusive regional security dialogue that takes in Iran.",
  "It does not support a coalition formed against a neighbour.",
  "",
].join("\n");
const NOTE_QUOTE = "welcomes any inclusive regional security dialogue that takes in Iran";
const META = { title: "Statement on regional security dialogue", author: "Gulf Ministry of Foreign Affairs", year: "2024", language: "en" };

const stateOfSources = async () => ({
  sources: await db.source.count(),
  revisions: await db.sourceRevision.count(),
  audit: await db.auditEntry.count(),
  version: (await db.dataVersion.findUnique({ where: { id: 1 } }))?.version,
});

function form(file: Blob | null, name: string, fields: Record<string, string>) {
  const body = new FormData();
  if (file) body.set("file", new File([file], name));
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return body;
}
/** The page's English for a code (errors.*, refusals.why.*), to compare with the API's own English. */
const say = (namespace: "errors" | "refusals.why") =>
  createTranslator({ locale: "en", messages: en, namespace: namespace as never }) as unknown as (code: string, params?: object) => string;
const postSource = (body: FormData, headers: Record<string, string>) =>
  sourcesRoute.POST(new Request("http://test/api/sources", { method: "POST", body, headers }));
const postRevision = (slug: string, body: FormData, headers: Record<string, string>) =>
  revisionsRoute.POST(new Request(`http://test/api/sources/${slug}/revisions`, { method: "POST", body, headers }), { params: Promise.resolve({ slug }) });
const editor = () => uploadSessionHeaders("source-editor@example.org");

/** A PDF with a text layer of these lines, one page per group, drawn with a standard font. */
async function pdfOf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([500, 400]);
    lines.forEach((text, i) => page.drawText(text, { x: 40, y: 360 - i * 18, size: 11, font }));
  }
  return doc.save();
}

/** A PDF with only a drawing on its page: no text layer, as a scan. */
async function pdfWithoutText(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([300, 300]).drawRectangle({ x: 20, y: 20, width: 200, height: 120, color: rgb(0.4, 0.4, 0.4) });
  return doc.save();
}

const hopeOnIran = async () => {
  const framework = frameworkResponseSchema.parse(
    await (await frameworkRoute.GET(new Request("http://test/api/frameworks/hope"), { params: Promise.resolve({ slug: "hope" }) })).json(),
  );
  return framework.assessments.find((a) => a.criterion === "acceptability-ir")!;
};
const putHopeOnIran = async (body: Record<string, unknown>) =>
  assessmentRoute.PUT(
    new Request("http://test/api/frameworks/hope/assessments/acceptability-ir", {
      method: "PUT",
      body: JSON.stringify(body),
      headers: await sessionHeaders("source-editor@example.org"),
    }),
    { params: Promise.resolve({ slug: "hope", criterion: "acceptability-ir" }) },
  );

describe("sources as data", () => {
  it("holds the shipped paper as revision 1 of stepanova-2020, byte for byte", async () => {
    const stored = await db.sourceRevision.findFirstOrThrow({ where: { source: { slug: "stepanova-2020" }, revision: 1 } });
    const file = fs.readFileSync(PAPER_FILE);
    expect(stored.sha256).toBe(sha256Hex(file));
    expect(Buffer.from(stored.text, "utf8").equals(file)).toBe(true);
    expect(stored).toMatchObject({ lineCount: 983, editor: "seed" });
    const listed = sourcesResponseSchema.parse(await (await sourcesRoute.GET(new Request("http://test/api/sources"))).json()).sources;
    expect(listed[0]).toMatchObject({ slug: "stepanova-2020", revision: 1, sha256: sha256Hex(file), lineCount: 983, file: PAPER_FILE, language: "en" });
  });

  it("refuses an upload without a session (401), from a reader (403), without or with a forged CSRF token or from another site (403); nothing is saved", async () => {
    const before = await stateOfSources();
    const fields = { ...META, reason: "guard", mode: "save" };
    const attempts: Array<Record<string, string>> = [
      {},
      await uploadSessionHeaders("source-reader@example.org"),
      { cookie: (await editor()).cookie, origin: "http://test" },
      { ...(await editor()), "x-csrf-token": "forged" },
      { ...(await editor()), origin: "https://evil.example" },
    ];
    const expected = [401, 403, 403, 403, 403];
    for (const [i, headers] of attempts.entries()) {
      expect((await postSource(form(new Blob([NOTE]), "note.txt", fields), headers)).status).toBe(expected[i]);
      expect((await postRevision("stepanova-2020", form(new Blob([NOTE]), "note.txt", { reason: "guard", mode: "save" }), headers)).status).toBe(expected[i]);
    }
    expect(await stateOfSources()).toEqual(before);
  });

  it("previews a text file as its numbered lines and saves nothing", async () => {
    const before = await stateOfSources();
    const response = await postSource(
      form(new Blob([`\uFEFF${NOTE.replaceAll("\n", "\r\n")}`]), "note.txt", { ...META, reason: "preview", mode: "preview" }),
      await editor(),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ mode: "preview", slug: "gulf-ministry-of-2024", revision: 1, sha256: sha256Hex(NOTE), lineCount: 4 });
    expect(body.lines[2]).toEqual({ number: 3, text: "The ministry welcomes any inclusive regional security dialogue that takes in Iran." });
    expect(await stateOfSources()).toEqual(before);
  });

  it("saves a text file as a source (201 { slug, revision, sha256, lineCount }), listed with its revision and audited", async () => {
    const response = await postSource(
      form(new Blob([NOTE]), "note.md", { ...META, slug: "gulf-note-2024", reason: "A primary text", mode: "save" }),
      await editor(),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ slug: "gulf-note-2024", revision: 1, sha256: sha256Hex(NOTE), lineCount: 4 });
    const listed = sourcesResponseSchema.parse(await (await sourcesRoute.GET(new Request("http://test/api/sources"))).json()).sources;
    expect(listed.find((s) => s.slug === "gulf-note-2024")).toEqual({
      slug: "gulf-note-2024",
      title: META.title,
      author: META.author,
      year: 2024,
      publisher: null,
      url: null,
      language: "en",
      file: null,
      lineCount: 4,
      revision: 1,
      sha256: sha256Hex(NOTE),
      claims: 0,
    });
    expect(await db.auditEntry.findFirst({ where: { entity: "source", entityKey: "gulf-note-2024" } })).toMatchObject({
      action: "create",
      actor: "source-editor@example.org",
      reason: "A primary text",
    });
    // The same slug again is a conflict, not an overwrite; it says why as a code too.
    const again = await postSource(form(new Blob([NOTE]), "note.md", { ...META, slug: "gulf-note-2024", reason: "again", mode: "save" }), await editor());
    expect(again.status).toBe(409);
    const refused = await again.json();
    expect(refused).toMatchObject({ code: "sourceExists", params: { slug: "gulf-note-2024" } });
    expect(say("refusals.why")(refused.code, refused.params)).toBe(refused.error);
  });

  it("adds a source from a PDF (made here with pdf-lib): its text layer, page after page, becomes the lines", async () => {
    const pdf = await pdfOf([
      ["Final communique of a regional conference", "The parties call for a security dialogue of all eight littoral states."],
      ["Annex", "Observers: China, the EU, India, Russia and the United States."],
    ]);
    const preview = await postSource(
      form(new Blob([pdf as BlobPart]), "communique.pdf", { ...META, title: "Final communique", reason: "preview", mode: "preview" }),
      await editor(),
    );
    expect(preview.status).toBe(200);
    const lines = (await preview.json()).lines.map((l: { text: string }) => l.text);
    expect(lines).toEqual([
      "Final communique of a regional conference",
      "The parties call for a security dialogue of all eight littoral states.",
      "Annex",
      "Observers: China, the EU, India, Russia and the United States.",
    ]);
    const saved = await postSource(
      form(new Blob([pdf as BlobPart]), "communique.pdf", { ...META, title: "Final communique", reason: "A PDF", mode: "save" }),
      await editor(),
    );
    expect(saved.status).toBe(201);
    expect(await saved.json()).toMatchObject({ slug: "gulf-ministry-of-2024", revision: 1, lineCount: 4 });
  });

  it.each([
    [
      "a binary file named .txt",
      "photo.txt",
      async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x00]),
      400,
      /not UTF-8 text/,
    ],
    ["a text with NUL bytes", "data.txt", async () => new TextEncoder().encode("a\u0000b\u0000c"), 400, /binary/],
    ["an image", "photo.png", async () => new Uint8Array([1, 2, 3]), 400, /not a \.txt, \.md or \.pdf file/],
    ["an empty file", "empty.txt", async () => new Uint8Array(0), 400, /the file is empty/],
    ["a file of blank lines", "blank.md", async () => new TextEncoder().encode("\n \n\t\n"), 400, /no text/],
    ["a PDF without a text layer", "scan.pdf", pdfWithoutText, 400, /no text layer/],
    ["a file that only claims to be a PDF", "fake.pdf", async () => new TextEncoder().encode("%PDF-1.7 not really"), 400, /not a readable PDF/],
    ["a file over 20 MB", "large.txt", async () => new Uint8Array(MAX_SOURCE_UPLOAD_BYTES + 1).fill(0x61), 413, /20 MB/],
  ])("refuses %s with a clear error, saving nothing", async (_what, name, content, status, error) => {
    const before = await stateOfSources();
    const response = await postSource(form(new Blob([(await content()) as BlobPart]), name, { ...META, reason: "bad file", mode: "save" }), await editor());
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.error).toMatch(error);
    // Beside the file, as a code the form says in the page's language: in English, the API's words.
    const [issue] = body.issues;
    expect(issue).toMatchObject({ path: "file", message: body.error, code: expect.any(String) });
    expect(say("errors")(issue.code, issue.params)).toBe(issue.message);
    expect(await stateOfSources()).toEqual(before);
  });

  it("refuses missing or invalid details with the field named, saving nothing", async () => {
    const before = await stateOfSources();
    const response = await postSource(
      form(new Blob([NOTE]), "note.txt", { title: "", author: "A", year: "20x4", language: "English", reason: "x", mode: "save" }),
      await editor(),
    );
    expect(response.status).toBe(400);
    const paths = (await response.json()).issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "year", "language", "reason"]));
    expect((await postSource(form(null, "", { ...META, reason: "no file", mode: "save" }), await editor())).status).toBe(400);
    expect(await stateOfSources()).toEqual(before);
  });
});

describe("several sources per claim, each citation checked against its revision", () => {
  const noteLines = splitLines(NOTE);
  const noteCitation = { document: "gulf-note-2024", lineStart: 3, lineEnd: 3, quote: NOTE_QUOTE };

  it("cites two sources on one assessment: the read API and the CSV and JSON exports carry both, and the contested mark", async () => {
    const current = await hopeOnIran();
    const { criterion: _c, version, ...fields } = current;
    const noMark = await putHopeOnIran({ ...fields, citations: [...current.citations, noteCitation], contested: true, version, reason: "a second source" });
    expect(noMark.status).toBe(400);
    expect((await noMark.json()).issues).toEqual([expect.objectContaining({ path: "contestedNote" })]);
    const note = "The paper reads Iran as championing it; the ministry only welcomes a dialogue that takes Iran in.";
    const saved = await putHopeOnIran({
      ...fields,
      citations: [...current.citations, noteCitation],
      contested: true,
      contestedNote: note,
      version,
      reason: "a second source",
    });
    expect(saved.status).toBe(200);

    const read = await hopeOnIran();
    expect(read.citations.map((c) => [c.document, c.revision])).toEqual([...current.citations.map((c) => [c.document, 1]), ["gulf-note-2024", 1]]);
    expect(read).toMatchObject({ contested: true, contestedNote: note });
    const history = await db.auditEntry.findMany({ where: { entity: "assessment", entityKey: "hope/acceptability-ir", reason: "a second source" } });
    expect(history.map((h) => h.field).sort()).toEqual(["citations", "contested", "contestedNote"]);
    expect(
      sourcesResponseSchema
        .parse(await (await sourcesRoute.GET(new Request("http://test/api/sources"))).json())
        .sources.find((s) => s.slug === "gulf-note-2024")!.claims,
    ).toBe(1);

    const csv = Papa.parse<string[]>((await (await exportGET(new Request("http://test/api/export?format=csv"))).text()).replace(/^\uFEFF/, "")).data;
    const header = csv.findIndex((r) => r[0] === "Framework" && r[6] === "Source");
    const rows = csv.slice(header + 1).filter((r) => r[0] === "HOPE" && r[1] === "Acceptability to Iran");
    expect(rows.map((r) => [r[6], r[7], r[9]])).toEqual([...current.citations.map((c) => [c.document, "1", c.quote]), ["gulf-note-2024", "1", NOTE_QUOTE]]);
    expect(rows.every((r) => r[4] === "contested" && r[5] === note)).toBe(true);

    const json = await (await exportGET(new Request("http://test/api/export?format=json"))).json();
    expect(json.schemaVersion).toBe(3);
    const exported = json.dataset.frameworks
      .find((f: { slug: string }) => f.slug === "hope")
      .assessments.find((a: { criterion: string }) => a.criterion === "acceptability-ir");
    expect(exported).toMatchObject({ contested: true, contestedNote: note, citations: [...current.citations, { ...noteCitation, revision: 1 }] });
    expect(json.dataset.sources.find((s: { slug: string }) => s.slug === "gulf-note-2024").revisions).toEqual([
      { revision: 1, sha256: sha256Hex(NOTE), reason: "A primary text", editor: "source-editor@example.org", text: NOTE },
    ]);
  });

  it("adds a corrected text as revision 2: old citations keep verifying against revision 1, new ones name revision 2, a line off still fails", async () => {
    const corrected = `Corrected transcript.\n\n${NOTE}`;
    const before = await stateOfSources();
    const preview = await postRevision(
      "gulf-note-2024",
      form(new Blob([corrected]), "note.txt", { reason: "the full transcript", mode: "preview" }),
      await editor(),
    );
    expect(await preview.json()).toMatchObject({ mode: "preview", revision: 2, lineCount: 6 });
    expect(await stateOfSources()).toEqual(before);
    const saved = await postRevision(
      "gulf-note-2024",
      form(new Blob([corrected]), "note.txt", { reason: "the full transcript", mode: "save" }),
      await editor(),
    );
    expect(saved.status).toBe(201);
    expect(await saved.json()).toEqual({ slug: "gulf-note-2024", revision: 2, sha256: sha256Hex(corrected), lineCount: 6 });
    const same = await postRevision("gulf-note-2024", form(new Blob([corrected]), "note.txt", { reason: "again", mode: "save" }), await editor());
    expect(same.status).toBe(400);

    // The citation written against revision 1 still names it, and a write that keeps it passes the check.
    const current = await hopeOnIran();
    expect(current.citations.at(-1)).toEqual({ ...noteCitation, revision: 1 });
    const { criterion: _c, version, ...fields } = current;
    expect((await putHopeOnIran({ ...fields, version, reason: "keep revision 1" })).status).toBe(200);

    const at = async (citation: Record<string, unknown>) => {
      const latest = await hopeOnIran();
      const { criterion: _x, version: v, ...rest } = latest;
      return putHopeOnIran({ ...rest, citations: [latest.citations[0], citation], version: v, reason: "move the citation" });
    };
    // Without a revision a citation names the current one, where the lines have moved by two.
    const unpinned = await at({ ...noteCitation });
    expect(unpinned.status).toBe(400);
    expect(JSON.stringify(await unpinned.json())).toMatch(/is not in lines 3-3 of \\"gulf-note-2024\\" revision 2/);
    expect((await at({ ...noteCitation, revision: 1, lineStart: 4, lineEnd: 4 })).status).toBe(400);
    expect((await at({ ...noteCitation, revision: 2, lineStart: 4, lineEnd: 4 })).status).toBe(400);
    expect((await at({ ...noteCitation, revision: 3 })).status).toBe(400);
    const moved = await at({ ...noteCitation, lineStart: 5, lineEnd: 5, quote: quoteFromLines(splitLines(corrected), 5, 5) });
    expect(moved.status).toBe(200);
    expect((await hopeOnIran()).citations.at(-1)).toEqual({ ...noteCitation, revision: 2, lineStart: 5, lineEnd: 5, quote: noteLines[2] });
    expect(await db.auditEntry.findFirst({ where: { entity: "source", action: "revise" }, orderBy: { id: "desc" } })).toMatchObject({
      entityKey: "gulf-note-2024",
      reason: "the full transcript",
    });
  });
});

describe("importing files of every schema version", () => {
  const importFile = async (content: string, mode: "preview" | "apply", basis?: number) => {
    const body = form(new Blob([content]), "data.json", { mode, reason: "import test" });
    if (basis !== undefined) body.set("basis", String(basis));
    return importPOST(new Request("http://test/api/import", { method: "POST", body, headers: mode === "apply" ? await editor() : {} }));
  };
  const roundTrip = async (content: string) => {
    const preview = await (await importFile(content, "preview")).json();
    expect(preview.kind).toBe("dataset");
    return { preview, applied: await importFile(content, "apply", preview.basis) };
  };

  it("imports a version 3 export (several sources, their revisions and texts) back as it was", async () => {
    const before = await readDataset(db);
    expect(before.sources.map((s) => [s.slug, s.revisions.length])).toEqual([
      ["stepanova-2020", 1],
      ["gulf-note-2024", 2],
      ["gulf-ministry-of-2024", 1],
    ]);
    const file = await (await exportGET(new Request("http://test/api/export?format=json"))).text();
    const { preview, applied } = await roundTrip(file);
    for (const d of Object.values(preview.diff) as Array<{ added: string[]; changed: string[]; removed: string[] }>)
      expect([...d.added, ...d.changed, ...d.removed]).toEqual([]);
    expect(applied.status).toBe(200);
    expect(await readDataset(db)).toEqual(before);
  });

  it("refuses a version 3 file whose revision differs from the stored one of that number, saving nothing", async () => {
    const json = await (await exportGET(new Request("http://test/api/export?format=json"))).json();
    const note = json.dataset.sources.find((s: { slug: string }) => s.slug === "gulf-ministry-of-2024");
    note.revisions[0].text = `${note.revisions[0].text}An added line.\n`;
    note.revisions[0].sha256 = sha256Hex(note.revisions[0].text);
    const before = await stateOfSources();
    const response = await importFile(JSON.stringify(json), "preview");
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/a revision never changes/);
    expect(await stateOfSources()).toEqual(before);
  });

  it("imports a version 2 file (its source a repository file, no revisions, no contested marks) as revision 1 of the paper", async () => {
    const v2 = {
      ...structuredClone(seed),
      schemaVersion: 2,
      sources: seed.sources.map(({ revisions: _r, language: _l, ...s }) => s),
      frameworks: seed.frameworks.map((f) => ({
        ...f,
        summaryCitations: f.summaryCitations.map(({ revision: _r, ...c }) => c),
        assessments: f.assessments.map(({ contested: _c, contestedNote: _n, ...a }) => ({ ...a, citations: a.citations.map(({ revision: _r, ...c }) => c) })),
      })),
    };
    const { applied } = await roundTrip(JSON.stringify(v2));
    expect(applied.status).toBe(200);
    const after = await readDataset(db);
    expect(after.frameworks).toEqual(seed.frameworks);
    // Revisions are never removed by an import: the added sources are gone (no citation names them), the paper keeps its one text.
    expect(after.sources.map((s) => [s.slug, s.revisions.map((r) => r.sha256)])).toEqual([["stepanova-2020", [sha256Hex(fs.readFileSync(PAPER_FILE))]]]);
  });
});
