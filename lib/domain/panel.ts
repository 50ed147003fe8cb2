import { z } from "zod";
import { coded } from "./issue-codes";
import { slugSchema } from "./vocabulary";

const AGGREGATIONS = ["arithmetic", "geometric"] as const;
/** How participants give their weights: a slider per criterion, or comparisons in pairs (AHP). */
const ELICITATIONS = ["direct", "ahp"] as const;
/** The participants one panel may invite, all its invitations counted. */
export const MAX_PANEL_INVITATIONS = 200;

const uniqueSlugs = z
  .array(slugSchema)
  .min(1)
  .max(300)
  .refine((s) => new Set(s).size === s.length, coded("slugTwice", "names a slug twice"));

/** POST /api/panels: a new panel (editors). */
export const panelCreateSchema = z
  .object({
    title: z.string().trim().min(3, coded("needsTitle", "needs a title")).max(120),
    question: z.string().trim().min(10, coded("questionTooShort", "ask the question in a sentence")).max(1000),
    frameworks: uniqueSlugs.optional(),
    criteria: uniqueSlugs.optional(),
    elicitation: z.enum(ELICITATIONS).default("direct"),
    aggregation: z.enum(AGGREGATIONS),
    anonymous: z.boolean(),
    closesAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type PanelCreate = z.infer<typeof panelCreateSchema>;

/** POST /api/panels/{slug}/invitations: one personal link per label (editors). */
export const invitationsCreateSchema = z
  .object({
    labels: z
      .array(z.string().trim().min(1, coded("needsLabel", "needs a label")).max(80))
      .min(1)
      .max(50)
      .refine((l) => new Set(l).size === l.length, coded("labelNamedTwice", "names a label twice")),
  })
  .strict();

/** PUT /api/panels/{slug}/responses/{token}: a participant's weights (the token is the credential); `submit: false` keeps a draft. */
export const panelResponseWriteSchema = z
  .object({
    weights: z.record(
      slugSchema,
      z
        .number()
        .finite()
        .min(0, coded("orMore", "must be 0 or more", { minimum: 0 }))
        .max(1e6),
    ),
    comment: z.string().trim().max(2000).optional(),
    submit: z.boolean().default(true),
  })
  .strict();
export type PanelResponseWrite = z.infer<typeof panelResponseWriteSchema>;

/** The answer to a participant's save, and to their GET of their own response. */
export const savedResponseSchema = z.object({ version: z.number().int().min(1), submitted: z.boolean() }).strict();
export const ownResponseSchema = z
  .object({
    label: z.string(),
    response: z
      .object({ weights: z.record(z.string(), z.number()), comment: z.string().nullable(), submitted: z.boolean(), version: z.number().int() })
      .strict()
      .nullable(),
    closed: z.boolean(),
  })
  .strict();

/** A participant's own answer as their link shows it (null before the first save). */
export type OwnResponse = z.infer<typeof ownResponseSchema>["response"];

const weightShares = z.record(z.string(), z.number());

/** GET /api/panels/{slug}/result. */
export const panelResultSchema = z
  .object({
    members: z.number().int().min(0),
    weights: weightShares,
    spread: z.record(z.string(), z.object({ min: z.number(), max: z.number(), sd: z.number() })),
    memberRankings: z.array(z.object({ member: z.string(), ranking: z.array(z.string()) })),
    /** Each member's normalised weights (an extension: the dot plot of the results page). */
    memberWeights: z.array(z.object({ member: z.string(), weights: weightShares })),
    groupRanking: z.array(z.string()),
    /** Kendall's W of the members' rankings; null below two members. */
    concordance: z.number().min(0).max(1).nullable(),
    concordanceInWords: z.string(),
    aggregation: z.enum(AGGREGATIONS),
    frameworks: z.array(z.string()),
    criteria: z.array(z.string()),
  })
  .strict();
export type PanelResult = z.infer<typeof panelResultSchema>;

/** A panel as the API and pages show it. */
export const panelRecordSchema = z
  .object({
    slug: slugSchema,
    title: z.string(),
    question: z.string(),
    frameworks: z.array(z.string()),
    criteria: z.array(z.string()),
    elicitation: z.enum(ELICITATIONS),
    aggregation: z.enum(AGGREGATIONS),
    anonymous: z.boolean(),
    closesAt: z.string().nullable(),
    closed: z.boolean(),
  })
  .strict();
export type PanelRecord = z.infer<typeof panelRecordSchema>;
