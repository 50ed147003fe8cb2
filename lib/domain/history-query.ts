import { z } from "zod";

export const HISTORY_ENTITIES = ["framework", "assessment", "participant", "criterion", "actor", "source", "scenario", "dataset"] as const;
export const historyEntitySchema = z.enum(HISTORY_ENTITIES);

/** The largest id an Int column holds in PostgreSQL (and so in both databases). */
const MAX_RECORD_ID = 2 ** 31 - 1;

/** A recorded change's number as an address writes it: digits only ("0x10", "1e3" and "1.0" are not numbers of a change). */
export const changeIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, "must be the number of a recorded change")
  .transform(Number)
  .refine((id) => id <= MAX_RECORD_ID, "must be the number of a recorded change");

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
    before: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_RECORD_ID + 1)
      .optional(),
    limit: z.coerce.number().int().min(1).max(HISTORY_PAGE_MAX).default(HISTORY_PAGE_DEFAULT),
  })
  .refine((q) => q.key === undefined || q.entity !== undefined, { message: "a key needs an entity", path: ["key"] });
