import { describe, expect, it } from "vitest";
import { readXlsxEntries, XLSX_LIMITS } from "@/lib/import/read-xlsx-entries";
import { buildZip, deflatedZeros, type ZipEntrySpec } from "../support/build-zip";

const MiB = 1024 * 1024;
const WORKBOOK: ZipEntrySpec[] = [
  { name: "[Content_Types].xml", data: "<Types/>" },
  { name: "xl/workbook.xml", data: "<workbook/>" },
  { name: "xl/_rels/workbook.xml.rels", data: "<Relationships/>" },
  { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" },
];

/** Reads an archive, failing the test if that takes long or leaves much more memory in use. */
async function readBounded(archive: Uint8Array) {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const result = await readXlsxEntries(archive);
  expect(performance.now() - start).toBeLessThan(1500);
  expect(process.memoryUsage().rss - rss).toBeLessThan(XLSX_LIMITS.maxTotalBytes + 64 * MiB);
  return result;
}

describe("readXlsxEntries", () => {
  it("returns the parts exceljs needs, and leaves the others packed", async () => {
    const result = await readXlsxEntries(
      buildZip([...WORKBOOK, { name: "xl/media/image1.png", data: "png" }, { name: "docProps/app.xml", data: "<Properties/>" }]),
    );
    expect(result.ok && [...result.parts.keys()]).toEqual(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"]);
    expect(result.ok && result.parts.get("xl/worksheets/sheet1.xml")!.toString()).toBe("<worksheet/>");
  });

  it("never inflates a media entry, however large it unpacks (1 GiB of zeros)", async () => {
    const result = await readBounded(buildZip([...WORKBOOK, { name: "xl/media/image1.png", deflated: deflatedZeros(1024 * MiB) }]));
    expect(result.ok && [...result.parts.keys()]).toEqual(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"]);
  });

  it("refuses (413) a sheet that declares 1 GiB, naming it, before inflating it", async () => {
    const result = await readBounded(buildZip([...WORKBOOK, { name: "xl/worksheets/sheet2.xml", deflated: deflatedZeros(1024 * MiB) }]));
    expect(result).toMatchObject({
      ok: false,
      problem: "too-large",
      issues: [{ path: "xl/worksheets/sheet2.xml", message: expect.stringMatching(/1024\.0 MB; the limit is 32\.0 MB per part/) }],
    });
  });

  it("refuses (400) a sheet that declares 1 KiB but unpacks to 1 GiB, having inflated no more than the limit", async () => {
    const result = await readBounded(buildZip([...WORKBOOK, { name: "xl/worksheets/sheet2.xml", deflated: deflatedZeros(1024 * MiB), declaredSize: 1024 }]));
    expect(result).toMatchObject({
      ok: false,
      problem: "invalid",
      error: expect.stringMatching(/not a readable Excel workbook/),
      issues: [{ path: "xl/worksheets/sheet2.xml" }],
    });
  });

  it("refuses (400) a part that unpacks to less than it declares", async () => {
    const result = await readXlsxEntries(buildZip([...WORKBOOK, { name: "xl/styles.xml", data: "<styleSheet/>", declaredSize: 5000 }]));
    expect(result).toMatchObject({ ok: false, problem: "invalid", issues: [{ path: "xl/styles.xml" }] });
  });

  it("refuses (413) parts each under the limit that together unpack to more than the total", async () => {
    const sheets = [2, 3].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, deflated: deflatedZeros(30 * MiB) }));
    const result = await readBounded(buildZip([...WORKBOOK, ...sheets]));
    expect(result).toMatchObject({
      ok: false,
      problem: "too-large",
      issues: [{ path: "xl/worksheets/sheet3.xml", message: expect.stringMatching(/more than 48\.0 MB/) }],
    });
  });

  it("refuses (413) an archive of more entries than the limit", async () => {
    const many = Array.from({ length: XLSX_LIMITS.maxEntries }, (_, i) => ({ name: `xl/media/image${i}.png` }));
    const result = await readBounded(buildZip([...WORKBOOK, ...many]));
    expect(result).toMatchObject({
      ok: false,
      problem: "too-large",
      issues: [{ path: "(file)", message: expect.stringMatching(/1004 entries; the limit is 1000/) }],
    });
  });

  it.each<[string, Uint8Array, string]>([
    ["a truncated archive", buildZip(WORKBOOK).subarray(0, 60), "(file)"],
    ["an archive without a workbook part", buildZip(WORKBOOK.filter((e) => e.name !== "xl/workbook.xml")), "xl/workbook.xml"],
    ["an archive holding a part twice", buildZip([...WORKBOOK, { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" }]), "xl/worksheets/sheet1.xml"],
  ])("refuses (400) %s, naming where", async (_name, archive, path) => {
    expect(await readXlsxEntries(archive)).toMatchObject({ ok: false, problem: "invalid", issues: [{ path }] });
  });
});
