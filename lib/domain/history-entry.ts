import { z } from "zod";

/** One recorded change, as GET /api/history and the history pages show it. */
export const historyEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    /** Who made the change, by display name: readers never see an editor's e-mail address. */
    actor: z.string(),
    /** The editor's e-mail address: only for a signed-in editor or admin (accountability among editors). */
    actorEmail: z.string().optional(),
    action: z.string(),
    entity: z.string(),
    entityKey: z.string(),
    field: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
    /** The rows one save wrote together share it. */
    batch: z.string().nullable(),
  })
  .strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** GET /api/history: a page of changes, newest first; `next` links the older page (null on the last). */
export const historyResponseSchema = z.object({ entries: z.array(historyEntrySchema), next: z.string().nullable() }).strict();
