import { z } from "zod";
import { actorTranslationsSchema } from "./translations";
import { actorGroupSchema, actorKindSchema, slugSchema } from "./vocabulary";
import { coded } from "./issue-codes";

/**
 * A state (ISO 3166-1 alpha-2 slug) or an organisation. `worldPower` marks the world powers the
 * source names as the future observers (China, the EU, India, Russia, the United States); the
 * inclusiveness index counts them.
 */
export const actorFieldsSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(1).max(120),
    kind: actorKindSchema,
    group: actorGroupSchema,
    worldPower: z.boolean().default(false),
    translations: actorTranslationsSchema.optional(),
  })
  .strict();

export const actorSchema = actorFieldsSchema.refine((a) => a.kind !== "state" || /^[a-z]{2}$/.test(a.slug), {
  message: coded("notIsoCode", "a state's slug must be its ISO 3166-1 alpha-2 code in lower case"),
  path: ["slug"],
});
export type Actor = z.infer<typeof actorSchema>;
