import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { issueCode } from "@/lib/domain/issue-codes";
import "@/lib/domain/zod-messages";
import type { CodedFieldError } from "./coded-error";

/**
 * zodResolver's job, keeping each issue's code and parameters beside its English message, so a
 * field's error is said in the page's language (FieldError). The first issue of a field is shown.
 */
export function codedResolver<T extends FieldValues>(schema: z.ZodType): Resolver<T> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data as T, errors: {} };
    const errors: Record<string, CodedFieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join(".");
      errors[path] ??= { message: issue.message, type: issue.code, issues: [{ message: issue.message, ...issueCode(issue) }] };
    }
    return { values: {}, errors: toNestErrors(errors as unknown as Record<string, FieldError>, options) };
  };
}
