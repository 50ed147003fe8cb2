import { z } from "zod";
import { directionSchema, slugSchema } from "./vocabulary";

export const categorySchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().min(1).max(1000),
  })
  .strict();
export type Category = z.infer<typeof categorySchema>;

export const scaleLabelSchema = z.object({ value: z.number().int(), label: z.string().trim().min(1).max(200) }).strict();

export const scaleSchema = z
  .object({
    min: z.number().int(),
    max: z.number().int(),
    labels: z.array(scaleLabelSchema).min(2, "needs labels for at least its two ends"),
  })
  .strict()
  .refine((s) => s.max > s.min, { message: "max must be greater than min", path: ["max"] })
  .refine((s) => s.labels.every((l) => l.value >= s.min && l.value <= s.max), {
    message: "every label must sit between min and max",
    path: ["labels"],
  })
  .refine((s) => new Set(s.labels.map((l) => l.value)).size === s.labels.length, {
    message: "two labels for the same point",
    path: ["labels"],
  })
  .refine((s) => s.labels.some((l) => l.value === s.min) && s.labels.some((l) => l.value === s.max), {
    message: "needs a label for min and for max",
    path: ["labels"],
  });
export type Scale = z.infer<typeof scaleSchema>;

export const criterionSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(1).max(160),
    category: slugSchema,
    description: z.string().trim().min(1).max(1000),
    scale: scaleSchema,
    direction: directionSchema,
  })
  .strict();
export type Criterion = z.infer<typeof criterionSchema>;
