/**
 * Why the API refused a write, as a code a page says in its language (`refusals.<code>`): the
 * outcome's problem as its status carries it (lib/server/api/refusal-response), and the statuses
 * of the checks before it (signed out, too many requests). A 400 that names fields is told apart,
 * since a form shows those beside them. Null for a status without a code: the page then shows
 * the API's English `error`.
 */
type RefusalCode = "invalid" | "invalidFields" | "signedOut" | "forbidden" | "notFound" | "conflict" | "tooLarge" | "tooMany";

const BY_STATUS: Record<number, RefusalCode> = {
  400: "invalid",
  401: "signedOut",
  403: "forbidden",
  404: "notFound",
  409: "conflict",
  413: "tooLarge",
  415: "invalid",
  429: "tooMany",
};

export function refusalCode(status: number, issueCount = 0): RefusalCode | null {
  const code = BY_STATUS[status] ?? null;
  return code === "invalid" && issueCount > 0 ? "invalidFields" : code;
}
