import { z } from "zod";

export const HISTORY_ENTITIES = ["framework", "assessment", "participant", "criterion", "actor", "source", "scenario", "dataset"] as const;
export const historyEntitySchema = z.enum(HISTORY_ENTITIES);

const HISTORY_PAGE_DEFAULT = 50;
const HISTORY_PAGE_MAX = 200;

/**
 * GET /api/history and /history: every change, or one kind of record's, or one record's (a key
 * ending in "/" is a prefix), a page at a time (`before`: the `nextBefore` of the page before).
 */
export const historyQuerySchema = z
  .object({
    entity: historyEntitySchema.optional(),
    key: z.string().min(1).max(200).optional(),
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(HISTORY_PAGE_MAX).default(HISTORY_PAGE_DEFAULT),
  })
  .refine((q) => q.key === undefined || q.entity !== undefined, { message: "a key needs an entity", path: ["key"] });
