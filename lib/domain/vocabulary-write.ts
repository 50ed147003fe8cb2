import { z } from "zod";
import { actorGroupSchema, actorKindSchema, directionSchema, slugSchema } from "./vocabulary";
import { scaleSchema } from "./criterion";
import { actorTranslationsSchema, criterionTranslationsSchema } from "./translations";
import { coded } from "./issue-codes";

const versioned = {
  version: z
    .number()
    .int()
    .min(0, coded("orMore", "must be 0 or more", { minimum: 0 })),
  reason: z.string().trim().min(3, coded("reasonTooShort", "say why in a few words")).max(500, "must be at most 500 characters"),
};

/** PUT /api/criteria/{slug}: version 0 adds a criterion (every framework gets an empty assessment on it). */
export const criterionWriteSchema = z
  .object({
    name: z.string().trim().min(1).max(160),
    category: slugSchema,
    description: z.string().trim().min(1).max(1000),
    scale: scaleSchema,
    direction: directionSchema,
    /** Left out: the stored translations stay as they are. */
    translations: criterionTranslationsSchema.optional(),
    ...versioned,
  })
  .strict();
export type CriterionWrite = z.infer<typeof criterionWriteSchema>;

/** PUT /api/actors/{slug}: version 0 adds an actor. */
export const actorWriteSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    kind: actorKindSchema,
    group: actorGroupSchema,
    worldPower: z.boolean(),
    /** Left out: the stored translations stay as they are. */
    translations: actorTranslationsSchema.optional(),
    ...versioned,
  })
  .strict();
export type ActorWrite = z.infer<typeof actorWriteSchema>;
