import "./zod-messages";
import { z } from "zod";

/** Slugs: lower-case words joined by hyphens (DOMAIN.md). */
export const slugSchema = z
  .string()
  .min(1, "must not be empty")
  .max(80, "must be at most 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters and digits joined by single hyphens");

/** Roles of an actor in a framework, from most to least included (DOMAIN.md). */
export const ROLES = ["leader", "core", "member", "observer", "excluded", "targeted"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that count as being inside a framework for the inclusiveness index. */
export const INSIDE_ROLES: readonly Role[] = ["leader", "core", "member"];

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

/** "YYYY" or "YYYY-MM". */
export const announcedSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be "YYYY" or "YYYY-MM"');

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
