import { z } from "zod";
import type { IssueFields } from "./issue-codes";

type Issue = z.core.$ZodRawIssue;

const plural = (n: number | bigint, word: string) => `${n} ${word}${Number(n) === 1 ? "" : "s"}`;

/**
 * Plain words for zod's default messages, where a schema gives none of its own: the forms show
 * them beside their fields and the API returns them, so "Too small: expected string to have
 * >=1 characters" reads "must not be empty". Undefined leaves zod's own message.
 */
export function plainMessage(issue: Issue): string | undefined {
  const i = issue as IssueFields;
  switch (i.code) {
    case "too_small":
      if (i.origin === "string") return Number(i.minimum) === 1 ? "must not be empty" : `must be at least ${plural(i.minimum!, "character")}`;
      if (i.origin === "array" || i.origin === "set") return `needs at least ${i.minimum}`;
      if (i.origin === "number" || i.origin === "int") return `must be ${i.inclusive === false ? "more than" : "at least"} ${i.minimum}`;
      return undefined;
    case "too_big":
      if (i.origin === "string") return `must be at most ${plural(i.maximum!, "character")}`;
      if (i.origin === "array" || i.origin === "set") return `may have at most ${i.maximum}`;
      if (i.origin === "number" || i.origin === "int") return `must be ${i.inclusive === false ? "less than" : "at most"} ${i.maximum}`;
      return undefined;
    case "invalid_type":
      if (i.input === undefined) return "is required";
      if (i.expected === "int") return "must be a whole number";
      if (i.expected === "number") return "must be a number";
      return `must be ${/^[aeiou]/.test(i.expected ?? "") ? "an" : "a"} ${i.expected}`;
    case "invalid_value":
      return i.values?.length ? `must be one of ${i.values.map((v) => JSON.stringify(v)).join(", ")}` : undefined;
    case "unrecognized_keys":
      return i.keys?.length ? `unknown ${i.keys.length === 1 ? "field" : "fields"} ${i.keys.map((k) => `"${k}"`).join(", ")}` : undefined;
    case "invalid_format":
      return "is not in the expected format";
    default:
      return undefined;
  }
}

z.config({ customError: plainMessage });
