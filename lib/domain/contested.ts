import { z } from "zod";
import { coded } from "./issue-codes";

/** Why a cell is contested: how its sources disagree. */
export const contestedNoteSchema = z
  .string()
  .trim()
  .min(10, coded("contestedNoteTooShort", "say in a sentence or two how the sources disagree"))
  .max(1000, "must be at most 1000 characters");

/** An assessment's contested mark and its note; older files and clients leave them out (not contested). */
export const contestedFields = {
  contested: z.boolean().default(false),
  contestedNote: contestedNoteSchema.nullable().default(null),
};

/** A contested cell says how its sources disagree; a note belongs to a contested cell only. */
export function contestedProblems(a: { contested: boolean; contestedNote: string | null }): Array<{ path: "contestedNote"; message: string }> {
  if (a.contested && a.contestedNote === null)
    return [{ path: "contestedNote", message: coded("contestedNeedsNote", "a contested cell needs a note saying how its sources disagree") }];
  if (!a.contested && a.contestedNote !== null)
    return [{ path: "contestedNote", message: coded("noteNeedsContested", "a note is for a contested cell: mark it contested or drop the note") }];
  return [];
}
