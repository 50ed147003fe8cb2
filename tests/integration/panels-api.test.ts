import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issuesSaidOtherwise } from "../support/issues-in-english";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { createUser } from "@/lib/server/users/create-user";
import * as panelsRoute from "@/app/api/panels/route";
import * as invitationsRoute from "@/app/api/panels/[slug]/invitations/route";
import * as invitationRoute from "@/app/api/panels/[slug]/invitations/[token]/route";
import * as responseRoute from "@/app/api/panels/[slug]/responses/[token]/route";
import * as resultRoute from "@/app/api/panels/[slug]/result/route";

const db = getDb();
const seed = loadDatasetFile();
let editor: Record<string, string>;
beforeAll(async () => {
  await writeDataset(db, seed);
  await createUser({ email: "panel-editor@example.org", name: "P", role: "editor", password: TEST_PASSWORD }, db);
  editor = await sessionHeaders("panel-editor@example.org");
});
afterAll(() => db.$disconnect());

// biome-ignore lint/suspicious/noExplicitAny: responses are read field by field, each checked by the assertion that reads it
type Json = Record<string, any>;
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
async function call(handler: unknown, method: string, params: Record<string, string>, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { "content-type": "application/json", ...headers } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await (handler as Handler)(new Request("http://test/api/panels", init), { params: Promise.resolve(params) as Promise<never> });
  const text = await response.text();
  return { status: response.status, body: (response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text) as Json };
}

const criteria = ["viability", "inclusion-all-littoral", "acceptability-ir"];
const frameworks = ["russia-gulf-concept", "hope", "gcc-centric", "arab-nato", "imsi"];
const newPanel = (overrides: Json = {}) => ({
  title: "Gulf desks, autumn round",
  question: "How much should each consideration count when the ministry weighs the proposals?",
  criteria,
  aggregation: "arithmetic",
  anonymous: false,
  ...overrides,
});
async function panelWith(labels: string[], overrides: Json = {}) {
  const created = await call(panelsRoute.POST, "POST", {}, newPanel(overrides), editor);
  expect(created.status).toBe(201);
  const invited = await call(invitationsRoute.POST, "POST", { slug: created.body.slug }, { labels }, editor);
  expect(invited.status).toBe(201);
  return { slug: created.body.slug as string, invitations: invited.body.invitations as Array<{ label: string; token: string; url: string }> };
}
let client = 0;
const answer = (slug: string, token: string, body: unknown) =>
  call(responseRoute.PUT, "PUT", { slug, token }, body, { [CLIENT_ADDRESS_HEADER]: `198.51.100.${++client % 250}` });
const result = async (slug: string) => (await call(resultRoute.GET, "GET", { slug })).body;
const valuesOn = (criterion: string) => new Map(seed.frameworks.map((f) => [f.slug, f.assessments.find((a) => a.criterion === criterion)!.value]));

describe("panels", () => {
  it("are created by an editor with a slug, and refuse unknown frameworks or criteria and a past close date (400), changing nothing", async () => {
    const before = await db.panel.count();
    const bad = await call(
      panelsRoute.POST,
      "POST",
      {},
      newPanel({ criteria: ["viability", "no-such"], frameworks: ["hope"], closesAt: "2001-01-01T00:00:00Z" }),
      editor,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: Json) => i.message)).toEqual([
      'unknown criterion "no-such"',
      "a panel ranks at least two frameworks",
      "must be in the future",
    ]);
    expect(issuesSaidOtherwise(bad.body.issues)).toEqual([]);
    const unknownFramework = await call(panelsRoute.POST, "POST", {}, newPanel({ frameworks: ["hope", "no-such-framework"] }), editor);
    expect(unknownFramework.body.issues).toEqual([
      { path: "frameworks", message: 'unknown framework "no-such-framework"', code: "frameworkNotFound", params: { slug: "no-such-framework" } },
    ]);
    expect(issuesSaidOtherwise(unknownFramework.body.issues)).toEqual([]);
    expect((await call(panelsRoute.POST, "POST", {}, newPanel({ aggregation: "median" }), editor)).status).toBe(400);
    expect((await call(panelsRoute.POST, "POST", {}, newPanel({ elicitation: "sliders" }), editor)).status).toBe(400);
    expect(await db.panel.count()).toBe(before);
    const pairwise = await call(panelsRoute.POST, "POST", {}, newPanel({ title: "Weighed in pairs", elicitation: "ahp", aggregation: "geometric" }), editor);
    expect(pairwise.status).toBe(201);
    expect((await db.panel.findUnique({ where: { slug: pairwise.body.slug } }))!.elicitation).toBe("ahp");
    const { slug, invitations } = await panelWith(["Iran desk", "GCC desk"]);
    expect(slug).toBe("gulf-desks-autumn-round");
    expect(invitations.map((i) => i.label)).toEqual(["Iran desk", "GCC desk"]);
    expect(invitations[0]!.url).toBe(`http://test/panels/${slug}/respond/${invitations[0]!.token}`);
    expect(invitations[0]!.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await call(invitationsRoute.POST, "POST", { slug }, { labels: ["Iran desk"] }, editor)).status).toBe(400);
    // Only the tokens' hashes are kept.
    expect(await db.panelInvitation.count({ where: { tokenHash: invitations[0]!.token } })).toBe(0);
  });

  it("take each participant's weights through their link, count only submitted answers, and aggregate them", async () => {
    const { slug, invitations } = await panelWith(["Iran desk", "GCC desk", "Russia desk", "Late desk"]);
    const [iran, gcc, russia, late] = invitations.map((i) => i.token) as [string, string, string, string];
    expect((await answer(slug, iran, { weights: { viability: 100 } })).status).toBe(200);
    expect((await answer(slug, gcc, { weights: { "inclusion-all-littoral": 1, "acceptability-ir": 1 } })).body).toEqual({ version: 1, submitted: true });
    expect((await answer(slug, russia, { weights: { viability: 30, "inclusion-all-littoral": 70 }, comment: "inclusion first" })).status).toBe(200);
    expect((await answer(slug, late, { weights: { viability: 10 }, submit: false })).body).toEqual({ version: 1, submitted: false });
    const r = await result(slug);
    expect(r.members).toBe(3);
    expect(r.weights.viability).toBeCloseTo((1 + 0 + 0.3) / 3, 12);
    expect(r.weights["acceptability-ir"]).toBeCloseTo(0.5 / 3, 12);
    expect(Object.values(r.weights as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(r.spread.viability).toEqual({ min: 0, max: 1, sd: expect.any(Number) });
    expect(r.memberRankings.map((m: Json) => m.member)).toEqual(["Iran desk", "GCC desk", "Russia desk"]);
    // All weight on viability: the ranking follows the frameworks' viability values (ties keep the dataset's order).
    const viability = valuesOn("viability");
    const byViability = [...frameworks].sort((a, b) => (viability.get(b) ?? -Infinity) - (viability.get(a) ?? -Infinity));
    const iranRanking: string[] = r.memberRankings[0].ranking;
    for (let i = 1; i < iranRanking.length; i++) expect(viability.get(iranRanking[i - 1]!) ?? -1).toBeGreaterThanOrEqual(viability.get(iranRanking[i]!) ?? -1);
    expect(new Set(iranRanking)).toEqual(new Set(byViability));
    expect(r.groupRanking).toHaveLength(5);
    expect(r.concordance).toBeGreaterThanOrEqual(0);
    expect(r.concordance).toBeLessThanOrEqual(1);
    expect(typeof r.concordanceInWords).toBe("string");
    // The CSV carries the same.
    const csv = await (resultRoute.GET as Handler)(new Request(`http://test/api/panels/${slug}/result?format=csv`), {
      params: Promise.resolve({ slug }) as Promise<never>,
    });
    const text = await csv.text();
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(text).toContain("Rank,Group,Iran desk,GCC desk,Russia desk");
    expect(text).toContain(`1,${r.groupRanking[0]},${r.memberRankings[0].ranking[0]}`);
    expect(text).toContain(`Kendall's W,${r.concordance}`);
    // The Excel workbook: the group's comparison, whose first place is the group's leader, and the result as its own sheet.
    const xlsx = await (resultRoute.GET as Handler)(new Request(`http://test/api/panels/${slug}/result?format=xlsx`), {
      params: Promise.resolve({ slug }) as Promise<never>,
    });
    expect(xlsx.headers.get("content-type")).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Comparison", "Ranking", "Panel"]));
    const panelSheet = workbook.getWorksheet("Panel")!;
    const panelRows = panelSheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(panelRows).toContainEqual(["Rank", "Group", "Iran desk", "GCC desk", "Russia desk"]);
    expect(panelRows).toContainEqual([1, r.groupRanking[0], ...r.memberRankings.map((m: Json) => m.ranking[0])]);
    const ranking = workbook.getWorksheet("Ranking")!;
    const names = new Map(seed.frameworks.map((f) => [f.name, f.slug]));
    const first = [2, 3, 4, 5, 6].find((row) => (ranking.getCell(row, 3).value as { result: number }).result === 1)!;
    expect(names.get(String(ranking.getCell(first, 1).value))).toBe(r.groupRanking[0]);
    const bad = await (resultRoute.GET as Handler)(new Request(`http://test/api/panels/${slug}/result?format=pdf`), {
      params: Promise.resolve({ slug }) as Promise<never>,
    });
    expect(bad.status).toBe(400);
  });

  it("let a link see only its own answer, and a changed answer is a new version, audited", async () => {
    const { slug, invitations } = await panelWith(["Desk A", "Desk B"], { title: "Own answers only" });
    const [a, b] = invitations.map((i) => i.token) as [string, string];
    await answer(slug, a, { weights: { viability: 5 } });
    expect((await answer(slug, a, { weights: { viability: 6 }, comment: "changed my mind" })).body).toEqual({ version: 2, submitted: true });
    const own = await call(responseRoute.GET, "GET", { slug, token: b });
    expect(own.body).toEqual({ label: "Desk B", response: null, closed: false });
    expect((await call(responseRoute.GET, "GET", { slug, token: a })).body.response).toMatchObject({ weights: { viability: 6 }, version: 2 });
    expect(await db.auditEntry.count({ where: { entity: "panel-response", entityKey: `${slug}/1` } })).toBe(2);
  });

  it("refuse bad answers (400), unknown and revoked links (404) and any change after the close date (409), changing nothing", async () => {
    const { slug, invitations } = await panelWith(["Desk C", "Desk D"], { title: "Refusals", anonymous: true });
    const [c, d] = invitations.map((i) => i.token) as [string, string];
    for (const body of [
      { weights: { viability: -1 } },
      { weights: { "no-such": 1 } },
      { weights: { viability: 0 } },
      { weights: {}, extra: 1 },
      { weights: "heavy" },
    ])
      expect((await answer(slug, c, body)).status, JSON.stringify(body)).toBe(400);
    expect((await answer(slug, "not-a-token", { weights: { viability: 1 } })).status).toBe(404);
    expect((await answer("other-panel", c, { weights: { viability: 1 } })).status).toBe(404);
    await answer(slug, d, { weights: { viability: 1 } });
    expect((await result(slug)).memberRankings.map((m: Json) => m.member)).toEqual(["Participant 1"]);
    // Nor does the audit trail, which anyone may read, put names to the positions its answers are listed by.
    const trail = JSON.stringify(await db.auditEntry.findMany({ where: { entityKey: { startsWith: slug } } }));
    expect(trail).not.toContain("Desk C");
    expect(trail).not.toContain("Desk D");
    expect((await call(invitationRoute.DELETE, "DELETE", { slug, token: d }, undefined, editor)).body).toEqual({ revoked: "Desk D" });
    expect((await answer(slug, d, { weights: { viability: 2 } })).status).toBe(404);
    expect((await result(slug)).members).toBe(0);
    await db.panel.update({ where: { slug }, data: { closesAt: new Date(Date.now() - 1000) } });
    const audit = await db.auditEntry.count();
    expect((await answer(slug, c, { weights: { viability: 1 } })).status).toBe(409);
    expect((await call(invitationsRoute.POST, "POST", { slug }, { labels: ["Late"] }, editor)).status).toBe(409);
    expect(await db.auditEntry.count()).toBe(audit);
    expect((await call(resultRoute.GET, "GET", { slug: "no-such-panel" })).status).toBe(404);
  });

  it("limit a client's saves (429 with Retry-After), leaving other clients free", async () => {
    const { slug, invitations } = await panelWith(["Busy desk"], { title: "Rate limited" });
    const token = invitations[0]!.token;
    const from = (ip: string) => call(responseRoute.PUT, "PUT", { slug, token }, { weights: { viability: 1 } }, { [CLIENT_ADDRESS_HEADER]: ip });
    for (let i = 0; i < 60; i++) expect((await from("203.0.113.9")).status).toBe(200);
    const limited = await from("203.0.113.9");
    expect(limited.status).toBe(429);
    expect((await from("203.0.113.10")).status).toBe(200);
  });
});
