import { expect } from "vitest";
import { errorResponseSchema } from "@/lib/domain/api";

/** Checks a 400 `{ error, issues }` whose error and issues, read as one text, match the pattern. */
export async function expectBadRequest(response: Response, pattern: RegExp) {
  expect(response.status).toBe(400);
  const error = errorResponseSchema.parse(await response.json());
  expect(error.issues!.length).toBeGreaterThan(0);
  expect(`${error.error} ${error.issues!.map((i) => `${i.path}: ${i.message}`).join(" ")}`).toMatch(pattern);
}
