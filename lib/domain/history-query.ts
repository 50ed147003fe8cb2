import { z } from "zod";

export const HISTORY_ENTITIES = ["framework", "assessment", "participant", "criterion", "actor", "scenario", "dataset"] as const;
export const historyEntitySchema = z.enum(HISTORY_ENTITIES);
export type HistoryEntity = z.infer<typeof historyEntitySchema>;

/** GET /api/history and /history: every change, or one kind of record's, or one record's (a key ending in "/" is a prefix). */
export const historyQuerySchema = z
  .object({ entity: historyEntitySchema.optional(), key: z.string().min(1).max(200).optional() })
  .refine((q) => q.key === undefined || q.entity !== undefined, { message: "a key needs an entity", path: ["key"] });
