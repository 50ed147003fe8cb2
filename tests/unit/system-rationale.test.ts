import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { NOT_ASSESSED, systemRationale } from "@/lib/domain/system-rationale";
import { sheetRationale } from "@/lib/export/sheet-vocabulary";
import { sheetWords } from "@/lib/export/sheet-words";

describe("a rationale the system wrote, said in the reader's language", () => {
  it("recognises the placeholder of an unassessed cell, and nothing an editor wrote", () => {
    expect(systemRationale(NOT_ASSESSED)).toBe("notAssessed");
    for (const written of ["The paper calls it vague.", `${NOT_ASSESSED} The paper is silent.`, NOT_ASSESSED.toLowerCase(), ""])
      expect(systemRationale(written), written).toBeNull();
  });

  it("has the stored English as its English message, so English pages and sheets say what they always did", () => {
    expect(en.evidence.notAssessed).toBe(NOT_ASSESSED);
  });

  it("prints the placeholder in a sheet's language and an editor's rationale as written", () => {
    expect(sheetRationale(NOT_ASSESSED, sheetWords("ar"))).toBe(ar.evidence.notAssessed);
    expect(sheetRationale(NOT_ASSESSED, sheetWords("en"))).toBe(NOT_ASSESSED);
    expect(sheetRationale("The paper calls it vague.", sheetWords("ar"))).toBe("The paper calls it vague.");
  });
});
