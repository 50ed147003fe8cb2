import { z } from "zod";

/** A page of this site to come back to after signing in: a path, never another origin ("//x", "/\\x"). */
export const returnPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s\\]*$/, "must be a path on this site");
