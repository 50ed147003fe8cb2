import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { issueCode } from "@/lib/domain/issue-codes";
import { inviteFormSchema, labelLines, panelCreateBody, panelFormSchema, revokeFormSchema, tokenOf } from "@/lib/edit/panel-forms";
import "@/lib/domain/zod-messages";

const filled = {
  title: "Desk consultation",
  question: "Which considerations matter most this year?",
  elicitation: "direct" as const,
  aggregation: "arithmetic" as const,
  anonymous: false,
  frameworks: ["hope", "imsi"],
  criteria: ["viability"],
  closesAt: "",
  labels: "",
};
const all = { frameworks: ["hope", "imsi", "russia-gulf-concept"], criteria: ["viability"] };

/** Each field's issues as the form shows them: by field, as codes. */
const codesOf = (result: { error?: z.ZodError }) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), issueCode(i).code]));

describe("the panel forms' own checks", () => {
  it("check the labels line by line as the invitations' API does, the issue on the whole text area", () => {
    expect(panelFormSchema.safeParse(filled).success).toBe(true);
    expect(codesOf(panelFormSchema.safeParse({ ...filled, labels: "Gulf desk\n\nGulf desk" }))).toEqual({ labels: "labelNamedTwice" });
    expect(codesOf(panelFormSchema.safeParse({ ...filled, labels: "x".repeat(81) }))).toEqual({ labels: "stringTooLong" });
  });

  it("need a framework and a criterion ticked, and a title and a question", () => {
    expect(codesOf(panelFormSchema.safeParse({ ...filled, title: " ", question: "why?", frameworks: [], criteria: [] }))).toEqual({
      title: "needsTitle",
      question: "questionTooShort",
      frameworks: "arrayTooShort",
      criteria: "arrayTooShort",
    });
  });

  it("send every choice ticked as none named, a day as its end, and no labels", () => {
    expect(panelCreateBody({ ...filled, frameworks: all.frameworks, closesAt: "2099-05-01", labels: "a\nb" }, all)).toEqual({
      title: filled.title,
      question: filled.question,
      elicitation: "direct",
      aggregation: "arithmetic",
      anonymous: false,
      frameworks: undefined,
      criteria: undefined,
      closesAt: new Date("2099-05-01T23:59:59").toISOString(),
    });
    expect(panelCreateBody(filled, all).frameworks).toEqual(["hope", "imsi"]);
    expect(panelCreateBody(filled, all)).not.toHaveProperty("closesAt");
  });

  it("ask for a label to invite and a link to revoke, each said in the page's language", () => {
    expect(codesOf(inviteFormSchema.safeParse({ labels: " \n " }))).toEqual({ labels: "writeOneLabel" });
    expect(codesOf(revokeFormSchema.safeParse({ link: " " }))).toEqual({ link: "pasteLink" });
    expect(labelLines(" Gulf desk \n\n Iran desk")).toEqual(["Gulf desk", "Iran desk"]);
    expect(tokenOf(" https://example.org/panels/p/respond/abc?x=1 ")).toBe("abc");
  });
});
