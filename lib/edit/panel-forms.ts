import { z } from "zod";
import { coded } from "../domain/issue-codes";
import { invitationsCreateSchema, type PanelCreate, panelCreateSchema } from "../domain/panel";

/** The participants' labels as typed, one a line: blank lines and the spaces around a label left out. */
export const labelLines = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The labels' text area, checked line by line as POST /api/panels/{slug}/invitations checks
 * them: an issue of any line is the text area's (it has one error, not one per line).
 */
const labelsText = z.string().superRefine((text, ctx) => {
  const lines = labelLines(text);
  if (lines.length === 0) return;
  for (const issue of invitationsCreateSchema.shape.labels.safeParse(lines).error?.issues ?? []) ctx.addIssue({ ...issue, path: [] } as z.core.$ZodRawIssue);
});

const slugChoices = panelCreateSchema.shape.frameworks.unwrap();

/** The form that sets up a panel: the API's fields, every framework and criterion ticked or not, a day it closes, and the labels of its links. */
export const panelFormSchema = panelCreateSchema.pick({ title: true, question: true, elicitation: true, aggregation: true, anonymous: true }).extend({
  frameworks: slugChoices,
  criteria: slugChoices,
  /** A day of the date input, "" for none. */
  closesAt: z.string(),
  labels: labelsText,
});
export type PanelForm = z.input<typeof panelFormSchema>;

/** Every choice ticked is none named: the panel then covers all, present and future. */
const narrowed = (picked: string[], all: readonly string[]) => (picked.length === all.length ? undefined : picked);

/** The form's values as POST /api/panels takes them: it closes at the end of its day, in the editor's time zone. */
export function panelCreateBody(form: PanelForm, all: { frameworks: readonly string[]; criteria: readonly string[] }): PanelCreate {
  const { closesAt, labels: _labels, frameworks, criteria, ...fields } = form;
  return {
    ...fields,
    elicitation: fields.elicitation ?? "direct",
    frameworks: narrowed(frameworks, all.frameworks),
    criteria: narrowed(criteria, all.criteria),
    ...(closesAt ? { closesAt: new Date(`${closesAt}T23:59:59`).toISOString() } : {}),
  };
}

/** Inviting more participants to a panel: at least one label. */
export const inviteFormSchema = z.object({
  labels: labelsText.refine((text) => labelLines(text).length > 0, coded("writeOneLabel", "write at least one participant's label")),
});

/** Revoking a link that was sent: the link, or its token alone. */
export const revokeFormSchema = z.object({ link: z.string().trim().min(1, coded("pasteLink", "paste the link to revoke")) });

/** The token at the end of a personal link (".../respond/<token>"), or the text itself when it is a bare token. */
export function tokenOf(link: string): string {
  const trimmed = link.trim();
  return trimmed.split("/respond/").pop()?.split(/[?#]/)[0] ?? trimmed;
}
