import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MOCKING_UNIT_TESTS } from "../support/mocking-tests";

describe("the unit tests' shared module graph", () => {
  it("runs every file that mocks a module apart from the others", () => {
    const dir = path.resolve("tests/unit");
    const mocking = fs
      .readdirSync(dir)
      .filter((name) => /\.test\.tsx?$/.test(name) && /\bvi\.(mock|doMock)\(/.test(fs.readFileSync(path.join(dir, name), "utf8")))
      .map((name) => `tests/unit/${name}`);
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.sort()).toEqual([...MOCKING_UNIT_TESTS].sort());
  });
});
