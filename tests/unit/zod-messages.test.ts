import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/lib/domain/zod-messages";

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message);

describe("plain zod messages", () => {
  it("word the defaults plainly", () => {
    expect(messages(z.string().min(1), "")).toEqual(["must not be empty"]);
    expect(messages(z.string().max(3), "four")).toEqual(["must be at most 3 characters"]);
    expect(messages(z.number().int(), 2.5)).toEqual(["must be a whole number"]);
    expect(messages(z.number(), Number.NaN)).toEqual(["must be a number"]);
    expect(messages(z.object({ a: z.string() }), {})).toEqual(["is required"]);
    expect(messages(z.enum(["wsm", "topsis"]), "ahp")).toEqual(['must be one of "wsm", "topsis"']);
    expect(messages(z.object({}).strict(), { x: 1 })).toEqual(['unknown field "x"']);
    expect(messages(z.number().min(0), -1)).toEqual(["must be at least 0"]);
  });

  it("leave a schema's own message alone", () => {
    expect(messages(z.string().min(3, "say why in a few words"), "")).toEqual(["say why in a few words"]);
  });
});
