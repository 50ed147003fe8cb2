import { describe, expect, it } from "vitest";
import { returnPathSchema } from "@/lib/domain/return-path";

describe("returnPathSchema", () => {
  it("accepts a path on this site, with its query", () => {
    for (const path of ["/", "/frameworks/hope/edit", "/compare?w=a:1&scenario=x"]) expect(returnPathSchema.safeParse(path).success, path).toBe(true);
  });
  it("refuses another origin or anything that is not a plain path", () => {
    for (const path of ["//evil.example", "/\\evil.example", "https://evil.example/", "evil", "/a b", "", "javascript:alert(1)"])
      expect(returnPathSchema.safeParse(path).success, path).toBe(false);
  });
});
