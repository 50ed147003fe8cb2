import { describe, expect, it } from "vitest";
import { formatAnnounced, formatValue } from "@/lib/domain/labels";

describe("labels", () => {
  it("signs values on scales that cross zero", () => {
    expect(formatValue(2, -2)).toBe("+2");
    expect(formatValue(-1, -2)).toBe("\u22121");
    expect(formatValue(0, -2)).toBe("0");
    expect(formatValue(2, 0)).toBe("2");
  });

  it("reads announcement dates", () => {
    expect(formatAnnounced("2019-07")).toBe("July 2019");
    expect(formatAnnounced("2004")).toBe("2004");
    expect(formatAnnounced(null)).toBe("date not stated");
  });
});
