import { z } from "zod";
import { actorSchema } from "./actor";
import { categorySchema, criterionSchema } from "./criterion";
import { frameworkSchema } from "./framework";
import { sourceOutputSchema } from "./source";

/** Response shapes of the read API (DOMAIN.md "JSON API"). */
export const frameworksResponseSchema = z.object({ frameworks: z.array(frameworkSchema) });
export const frameworkResponseSchema = frameworkSchema;
export const criteriaResponseSchema = z.object({ criteria: z.array(criterionSchema) });
export const categoriesResponseSchema = z.object({ categories: z.array(categorySchema) });
export const actorsResponseSchema = z.object({ actors: z.array(actorSchema) });
export const sourcesResponseSchema = z.object({ sources: z.array(sourceOutputSchema) });
export const errorResponseSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
