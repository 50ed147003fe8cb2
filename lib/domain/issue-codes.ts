import type { z } from "zod";
import { plainMessage } from "./zod-messages";

export type IssueParams = Record<string, string | number>;
/** What went wrong, as a stable code with its parameters: each language says it from its messages (`errors.<code>`). */
export type IssueCode = { code: string; params?: IssueParams };

/**
 * The codes a page can say in every language. The derived ones follow zod's own issue (as
 * `zod-messages.ts` words them in English); the others are the schemas' own messages, given with
 * `coded()`. An issue with none of these gets "invalid", and a page shows its English message.
 */
export const DERIVED_CODES = [
  "empty",
  "stringTooShort",
  "stringTooLong",
  "arrayTooShort",
  "arrayTooLong",
  "numberTooSmall",
  "numberNotMoreThan",
  "numberTooBig",
  "numberNotLessThan",
  "required",
  "notWholeNumber",
  "notNumber",
  "wrongType",
  "notOneOf",
  "unknownFields",
  "badFormat",
  "invalidKey",
] as const;

const custom = new Map<string, IssueCode>();

/**
 * A schema's own message with its code and parameters: returns the English, which the API keeps
 * as the issue's `message`, and remembers the code that message stands for.
 */
export function coded(code: string, english: string, params?: IssueParams): string {
  custom.set(english, params ? { code, params } : { code });
  return english;
}

/**
 * A check's own issue for zod's `ctx.addIssue`, its code and parameters carried with it (in
 * zod's `params`) rather than remembered by its English: for a sentence that names what the
 * input held (a slug, a line number), whose English is new with every input.
 */
export const codedIssue = (path: PropertyKey[], code: string, message: string, params?: IssueParams) => ({
  code: "custom" as const,
  path,
  message,
  params: { issue: params ? { code, params } : { code } },
});

/** Every code given with `coded()` so far (the schemas that give them must have been loaded). */
export const customCodes = (): string[] => [...new Set([...custom.values()].map((c) => c.code))];

/** A new record's slug that another record has. */
export const slugTakenMessage = (slug: string) => coded("slugTaken", `“${slug}” is taken: choose another slug, or edit the existing record`, { slug });

/** The fields of a zod issue (raw or reported) that say what went wrong. */
export type IssueFields = {
  code?: string;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  expected?: string;
  values?: unknown[];
  keys?: string[];
};
type Fields = IssueFields & { message: string };

function derived(issue: Fields): IssueCode | undefined {
  const size = (n: number | bigint | undefined) => Number(n);
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string")
        return size(issue.minimum) === 1 ? { code: "empty" } : { code: "stringTooShort", params: { minimum: size(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set") return { code: "arrayTooShort", params: { minimum: size(issue.minimum) } };
      if (issue.origin === "number" || issue.origin === "int")
        return { code: issue.inclusive === false ? "numberNotMoreThan" : "numberTooSmall", params: { minimum: size(issue.minimum) } };
      return undefined;
    case "too_big":
      if (issue.origin === "string") return { code: "stringTooLong", params: { maximum: size(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set") return { code: "arrayTooLong", params: { maximum: size(issue.maximum) } };
      if (issue.origin === "number" || issue.origin === "int")
        return { code: issue.inclusive === false ? "numberNotLessThan" : "numberTooBig", params: { maximum: size(issue.maximum) } };
      return undefined;
    case "invalid_type":
      // A reported issue no longer holds its input: the message says whether the field was missing.
      if (issue.message === "is required") return { code: "required" };
      if (issue.expected === "int") return { code: "notWholeNumber" };
      if (issue.expected === "number") return { code: "notNumber" };
      return issue.expected ? { code: "wrongType", params: { expected: issue.expected } } : undefined;
    case "invalid_value":
      return issue.values?.length ? { code: "notOneOf", params: { values: issue.values.map((v) => JSON.stringify(v)).join(", ") } } : undefined;
    case "unrecognized_keys":
      return issue.keys?.length ? { code: "unknownFields", params: { count: issue.keys.length, keys: issue.keys.map((k) => `"${k}"`).join(", ") } } : undefined;
    case "invalid_format":
      return { code: "badFormat" };
    case "invalid_key":
      return { code: "invalidKey" };
    default:
      return undefined;
  }
}

/**
 * Whether an issue still says zod's own words (as zod-messages.ts puts them): only then does a
 * code follow from zod's issue. A schema's own sentence without a code ("is required: send the
 * basis…") must not be said as "must be a string" in another language.
 */
function inZodsWords(issue: Fields): boolean {
  if (issue.message === "is required") return true;
  // A reported issue no longer holds its input; any input but undefined words it as present.
  const plain = plainMessage({ ...issue, input: null } as unknown as z.core.$ZodRawIssue);
  return plain === undefined || plain === issue.message;
}

/** The code of a zod issue: the one it carries (`codedIssue`), the schema's own (by its message), else one that follows zod's, else "invalid". */
export function issueCode(issue: Fields | z.core.$ZodIssue): IssueCode {
  const fields = issue as Fields;
  const carried = (issue as { params?: { issue?: IssueCode } }).params?.issue;
  if (issue.code === "custom" && carried) return carried;
  return custom.get(issue.message) ?? (inZodsWords(fields) ? derived(fields) : undefined) ?? { code: "invalid" };
}
