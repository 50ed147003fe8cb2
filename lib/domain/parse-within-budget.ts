import type { z } from "zod";

/** At most this many problems are looked for in one value: enough to fix a file by, few enough to cost little. */
export const ISSUE_BUDGET = 100;

type BudgetedParse<T> = { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[]; stoppedEarly: boolean };

type Node = z.core.$ZodType;
type Def = {
  type: string;
  shape?: Record<string, Node>;
  element?: Node;
  innerType?: Node;
  keyType?: Node;
  valueType?: Node;
};
const defOf = (schema: Node) => schema._zod.def as unknown as Def;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses as `schema.safeParse` does, but a value with many problems costs no more than one with
 * `budget`: zod reports every problem, so 10 MB of wrong array elements made five million issues
 * (seconds of work, gigabytes). The value is first walked record by record, each leaf checked on
 * its own, until `budget` problems are found; only a value whose every leaf passes goes through
 * the whole schema, for its checks across records (unique slugs, references, unknown keys).
 */
export function safeParseWithinBudget<T extends Node>(schema: T, value: unknown, budget = ISSUE_BUDGET): BudgetedParse<z.output<T>> {
  const issues: z.core.$ZodIssue[] = [];
  walk(schema, value, [], issues, budget);
  if (issues.length > 0) return { success: false, issues: issues.slice(0, budget), stoppedEarly: issues.length >= budget };
  const whole = (schema as unknown as z.ZodType).safeParse(value);
  if (whole.success) return { success: true, data: whole.data as z.output<T> };
  return { success: false, issues: whole.error.issues.slice(0, budget), stoppedEarly: whole.error.issues.length > budget };
}

function walk(schema: Node, value: unknown, path: PropertyKey[], issues: z.core.$ZodIssue[], budget: number): void {
  if (issues.length >= budget) return;
  const def = defOf(schema);
  if (def.type === "object" && def.shape && isRecord(value)) {
    for (const [key, child] of Object.entries(def.shape)) walk(child, value[key], [...path, key], issues, budget);
    return;
  }
  if (def.type === "array" && def.element && Array.isArray(value)) {
    for (let i = 0; i < value.length && issues.length < budget; i++) walk(def.element, value[i], [...path, i], issues, budget);
    return;
  }
  if (def.type === "record" && def.keyType && def.valueType && isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (issues.length >= budget) return;
      leaf(def.keyType, key, [...path, key], issues);
      walk(def.valueType, item, [...path, key], issues, budget);
    }
    return;
  }
  if ((def.type === "optional" || def.type === "default") && value === undefined) return;
  if (def.type === "nullable" && value === null) return;
  if ((def.type === "optional" || def.type === "nullable" || def.type === "default" || def.type === "readonly") && def.innerType) {
    walk(def.innerType, value, path, issues, budget);
    return;
  }
  leaf(schema, value, path, issues);
}

/** A part the walk does not look inside (a string, a number, a union, a transform): checked whole. */
function leaf(schema: Node, value: unknown, path: PropertyKey[], issues: z.core.$ZodIssue[]) {
  const result = (schema as unknown as z.ZodType).safeParse(value);
  if (!result.success) for (const issue of result.error.issues) issues.push({ ...issue, path: [...path, ...issue.path] });
}
