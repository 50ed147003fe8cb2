import "./zod-messages";
import { z } from "zod";
import { coded } from "./issue-codes";

/** Slugs: lower-case words joined by hyphens (DOMAIN.md). */
export const slugSchema = z
  .string()
  .min(1, "must not be empty")
  .max(80, "must be at most 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, coded("notSlug", "must be lower-case letters and digits joined by single hyphens"));

/**
 * Roles of an actor in a framework, from most to least included (DOMAIN.md). A `mediator`
 * brokers between the parties without belonging to the arrangement; like an observer it is
 * engaged but not inside.
 */
export const ROLES = ["leader", "core", "member", "observer", "mediator", "excluded", "targeted"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that count as being inside a framework for the inclusiveness index. */
export const INSIDE_ROLES: readonly Role[] = ["leader", "core", "member"];
/** Roles that engage an actor without making it a member: counted with the inside roles as "engaged". */
export const ENGAGED_ROLES: readonly Role[] = [...INSIDE_ROLES, "observer", "mediator"];

/** high: the source states it; medium: the source implies it; low: the analyst's judgement. */
export const CONFIDENCES = ["high", "medium", "low"] as const;
export const confidenceSchema = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof confidenceSchema>;

export const ACTOR_KINDS = ["state", "organisation"] as const;
export const actorKindSchema = z.enum(ACTOR_KINDS);

export const ACTOR_GROUPS = ["gulf-littoral", "regional", "extra-regional"] as const;
export const actorGroupSchema = z.enum(ACTOR_GROUPS);
export type ActorGroup = z.infer<typeof actorGroupSchema>;

export const DIRECTIONS = ["benefit", "cost"] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

/** Where a framework stands, in the paper's words (docs/vocabulary.md). */
export const FRAMEWORK_STATUSES = ["proposal", "bid", "line-of-thought", "operating-coalition"] as const;
export const frameworkStatusSchema = z.enum(FRAMEWORK_STATUSES);
export type FrameworkStatus = z.infer<typeof frameworkStatusSchema>;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar day); the form gives the precision. */
export const announcedSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isCalendarDay(s), coded("notCalendarDay", "is not a day of the calendar"));

function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** Criteria that every dataset must define, each on the scale -2..+2 (DOMAIN.md). */
export const REQUIRED_CRITERIA = [
  "acceptability-ir",
  "acceptability-sa",
  "acceptability-us",
  "acceptability-ru",
  "acceptability-cn",
  "acceptability-eu",
  "stance-toward-iran",
  "foreign-military-presence",
] as const;

/** The five frameworks of the source paper (DOMAIN.md). */
export const SEED_FRAMEWORKS = ["russia-gulf-concept", "hope", "gcc-centric", "arab-nato", "imsi"] as const;
